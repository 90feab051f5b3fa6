// Which answer a read question gets: a pure function of the Question and the conversation, table-tested.
import type { FactName } from '../rules/facts';
import type { Question } from '../understand/question';

export type Route =
  'greeting' | 'out_of_scope' | 'document_meta' | 'full_clause' | 'department' | 'stacking' | 'total' | 'money' | 'lookup';

/** What the conversation had established: a money question in progress, the fact it asked for, the last part named. */
export interface Turn {
  carried: boolean;
  /** The awards the conversation is about. */
  subjects?: readonly string[];
  /** The message's best-matching clause is not one of the conversation's awards (博士能不能直接进事业单位 after 预引进). */
  newTopic?: boolean;
  pending?: FactName;
  lastClause?: string;
}

const GREETING = /^\s*(你好|您好|嗨|哈喽|在吗|在不在|hi|hello|hey|早上好|下午好|晚上好|谢谢|thanks|thank you)[\s!！。.?？~～]*$/i;

/**
 * Routes one question.
 * @example route(understand('这个文件的文号是多少'), { carried: false }) // 'document_meta'
 */
export function route(q: Question, turn: Turn): Route {
  if (GREETING.test(q.text)) return 'greeting';
  const saysFacts = Object.keys(q.said).length > 0;
  // Facts beyond the award's name (我们工作站是新建的), for a statement to be read as a money question.
  const saysMore = Object.keys(q.said).some((k) => k !== 'subjects');
  const answersPending = turn.pending !== undefined && turn.pending in q.said;
  if (!q.scope.inScope && !answersPending) return 'out_of_scope';
  const named =
    q.clauseRefs.length > 0 || q.refersBack || (turn.lastClause !== undefined && q.subjects.length === 0 && q.text.length <= 24);
  // "一共/加起来/total for both" about awards: the sum, even when "both" also sounds like stacking.
  if (
    q.asks.includes('total') &&
    (q.subjects.length > 0 || turn.carried) &&
    !q.asks.includes('document_meta') &&
    !q.asks.includes('department')
  )
    return 'total';
  // "两个都能拿吗，多少钱" about two named awards: the rules list both in full with the closing rule's overlap note.
  if (q.asks.includes('stacking') && q.subjects.length >= 2 && q.money) return 'money';
  // "what's the rule, quote it in chinese" about two awards overlapping: the closing rule is the text to quote.
  if (q.asks.includes('stacking') && q.asks.includes('full_clause') && q.clauseRefs.length === 0) return 'stacking';
  for (const ask of q.asks) {
    if (ask === 'document_meta') return 'document_meta';
    if (ask === 'full_clause' && (q.clauseRefs.length > 0 || q.refersBack)) return 'full_clause';
    if (ask === 'department') return 'department';
    if (ask === 'stacking') return 'stacking';
    if (ask === 'total' && (q.subjects.length > 0 || turn.carried)) return 'total';
    // "A至F类人才啥意思": the sentences that use the term, unless an amount is asked too.
    if (ask === 'definition' && !q.asks.some((a) => a === 'amount' || a === 'eligibility')) return 'lookup';
  }
  if (answersPending) return 'money';
  // A money question with a stated fact (国家级的平台都有什么奖励): every award that fact bears on.
  if (q.money && (q.subjects.length > 0 || q.hints.length > 0 || saysFacts)) return 'money';
  // An award named with a yes/no or its conditions (免笔试吗, 工作站条件): the rules say yes, no or what is missing.
  if (q.subjects.length > 0 && q.asks.some((a) => a === 'eligibility' || a === 'conditions' || a === 'obligations' || a === 'amount'))
    return 'money';
  // "给多少 按啥给的" in a money conversation: the same award.
  const short = q.text.trim().length <= 24 || (q.lang === 'en' && q.text.trim().split(/\s+/).length <= 12);
  if (turn.carried && q.money && !q.subjects.length && short) return 'money';
  // "能免吗", "so can we get it": a short yes/no about the award the conversation is on.
  if (
    turn.carried &&
    !q.subjects.length &&
    short &&
    !turn.newTopic &&
    q.asks.length > 0 &&
    q.asks.every((a) => a === 'eligibility' || a === 'conditions')
  )
    return 'money';
  // Facts that continue the money question: a what-if, a correction, a statement (no question of its own), or a short reply.
  const statement = q.asks.length === 0 || q.text.trim().length <= 10;
  // Facts about the award already in the conversation (ours was set up in 2014, 我是在职读的) continue it.
  const sameSubjects = q.subjects.every((s) => turn.subjects?.includes(s));
  if (turn.carried && saysFacts && (q.followUp || q.correction || (sameSubjects && (statement || !turn.newTopic)))) return 'money';
  // "我们工作站是新建的": an award and facts about it, stated, is a question about that award.
  if (q.subjects.length && saysMore && statement) return 'money';
  if (q.clauseRefs.length === 0 && named && q.asks.includes('full_clause')) return 'full_clause';
  return 'lookup';
}
