// Which answer a read question gets: a pure function of the Question and the conversation, table-tested.
import type { FactName } from '../rules/facts';
import type { Question } from '../understand/question';

export type Route =
  | 'greeting' | 'out_of_scope' | 'document_meta' | 'full_clause' | 'department' | 'stacking' | 'total' | 'money' | 'lookup';

/** What the conversation had established: a money question in progress, the fact it asked for, the last part named. */
export interface Turn {
  carried: boolean;
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
  const answersPending = turn.pending !== undefined && turn.pending in q.said;
  if (!q.scope.inScope && !answersPending) return 'out_of_scope';
  const named = q.clauseRefs.length > 0 || q.refersBack || (turn.lastClause !== undefined && q.subjects.length === 0 && q.text.length <= 24);
  for (const ask of q.asks) {
    if (ask === 'document_meta') return 'document_meta';
    if (ask === 'full_clause' && (q.clauseRefs.length > 0 || q.refersBack)) return 'full_clause';
    if (ask === 'department') return 'department';
    if (ask === 'stacking') return 'stacking';
    if (ask === 'total' && (q.subjects.length > 0 || turn.carried)) return 'total';
  }
  if (answersPending) return 'money';
  if (q.money && (q.subjects.length > 0 || q.hints.length > 0)) return 'money';
  // An award named with a yes/no or its conditions (免笔试吗, 工作站条件): the rules say yes, no or what is missing.
  if (q.subjects.length > 0 && q.asks.some((a) => a === 'eligibility' || a === 'conditions' || a === 'obligations')) return 'money';
  // "给多少 按啥给的" in a money conversation: the same award.
  if (turn.carried && q.money && !q.subjects.length && q.text.trim().length <= 24) return 'money';
  // Facts that continue the money question: a what-if, a correction, a statement (no question of its own), or a short reply.
  const statement = q.asks.length === 0 || q.text.trim().length <= 10;
  if (turn.carried && saysFacts && (q.followUp || q.correction || (q.money && !q.subjects.length) || (statement && !q.subjects.length))) return 'money';
  if (q.clauseRefs.length === 0 && named && q.asks.includes('full_clause')) return 'full_clause';
  return 'lookup';
}
