// The one answer(deps, request) every channel calls: read the message once into a Question, route it, and answer with
// the part of the text that answers what was asked: money → rules, a department, the document's metadata, a whole
// clause, the closing rule, or retrieved quotes; what the document does not answer is said plainly.
import type { Corpus } from '../corpus/load';
import type { Search } from '../search/index';
import type { Answer, ChatRequest, Lang, Understood } from '../contract/answer';
import { extractiveAnswer, greetingAnswer } from './extractive';
import { explainRules, llmAnswer, modelFacts } from '../llm/answer';
import type { LlmRequest } from '../llm/request';
import type { ModelPort } from '../llm/model';
import type { RuleSet } from '../rules/load';
import type { Outcome } from '../rules/evaluate';
import { isFactName, optionFor, type FactName, type Facts, type Subject } from '../rules/facts';
import { askToConfirm, disagreements } from '../llm/read';
import { moneyAnswer } from './money';
import { readContext, type SessionState, type SessionStore } from './session';
import { logEntry, type QuestionLog } from '../store/question-log';
import type { Reader } from '../understand/read';
import type { Question } from '../understand/question';
import { route, type Route } from './route';
import { DETAIL_ASKS, MONEY_NOUN, type Ask } from '../understand/language';
import { clauseAnswer, departmentAnswer, documentAnswer, stackingAnswer } from './parts';
import { notGivenLine, outOfScope } from './out-of-scope';
import { withTotal } from './total';
import { money as yuan } from '../rules/yuan';
import type { Logger } from '../contract/logger';

/** Everything answer() needs, passed in so Workers, Node, the CLI and tests share one pipeline. */
export interface AnswerDeps {
  corpus: Corpus;
  search: Search;
  /** Reads each message once into a Question (compiled vocabulary, gazetteer and coverage of the document). */
  reader: Reader;
  logger: Logger;
  /** The configured language model; absent means offline (no network request at all). */
  model?: ModelPort;
  /** Every monetary provision as data: money questions are answered from these, never from text or a model. */
  rules: RuleSet;
  /** Facts carried across turns with the same sessionId. */
  sessions: SessionStore;
  /** Today, for which rules are in force (injected: the pipeline never reads the wall clock itself). */
  clock: () => Date;
  /** Where every answered question is recorded for /admin (nothing identifying); absent logs nothing (CLI, most tests). */
  questions?: QuestionLog;
  /**
   * Takes work that must finish but need not hold up the reply (the question-log write): the Worker hands it to the
   * request's waitUntil, Node lets it run. Absent, answer() awaits it before returning (the CLI and the tests).
   */
  defer?: (work: Promise<unknown>) => void;
}

export interface AnswerOptions {
  /** Receives verified answer text, sentence by sentence, as a model streams it (POST /api/chat with stream). */
  onDelta?: (text: string) => void;
  /** The request's signal: a client that goes away aborts the model call. */
  signal?: AbortSignal;
  /**
   * The conversation's state as the caller has already read it (the web API reads it to check the id it was given), so
   * the turn does not read it again; `stored: false` for a conversation the server has just begun and not stored, which
   * the turn stores whatever the answer keeps, so the next turn finds it.
   */
  session?: { state: SessionState; stored: boolean };
}

/**
 * Answers one chat message.
 * @example await answer(deps, { message: '博士后工作站有什么资助？' }) // → { source: 'extractive', citations: [{ id: '11', … }] }
 */
export async function answer(deps: AnswerDeps, request: ChatRequest, options: AnswerOptions = {}): Promise<Answer> {
  const state = options.session ? options.session.state : request.sessionId ? await deps.sessions.get(request.sessionId) : undefined;
  const q = deps.reader.understand(request.message, readContext(state));
  const lang = request.lang ?? q.lang;
  const carried = Boolean(state && (state.facts.subjects?.length || state.hints.length));
  // Facts about the award itself that decide it (ours was recognised back in 2014) continue the conversation, whatever
  // the words find; facts about a person (博士) may start another question (博士能不能直接进事业单位).
  const bears = Object.keys(q.said).some((f) => AWARD_FACTS.has(f) && conditionFacts(deps.rules, state?.facts.subjects ?? []).has(f));
  const newTopic = carried && Object.keys(q.said).length > 0 && !bears ? isNewTopic(deps, q, state?.facts.subjects ?? []) : false;
  const path = route(q, {
    carried,
    newTopic,
    ...(state?.facts.subjects ? { subjects: state.facts.subjects } : {}),
    ...(state?.pending ? { pending: state.pending } : {}),
    ...(state?.lastClause ? { lastClause: state.lastClause } : {}),
  });
  const { result: answered, next } = respond(deps, q, lang, path, state);
  // 服务几年 违约咋办: the part the text answers, then that it does not give the rest.
  const detail = q.asks.includes('obligations') && q.scope.inScope ? q.asks.find((a) => DETAIL_ASKS.has(a)) : undefined;
  const first = detail && !answered.outOfScope ? { ...answered, answer: `${answered.answer}\n${notGivenLine(detail, lang)}` } : answered;
  const { result, next: after } = await withModelReading(deps, q, lang, first, next);
  const final = await withModel(
    deps,
    { message: request.message, lang, onDelta: options.onDelta, ...(options.signal ? { signal: options.signal } : {}) },
    result,
    path,
  );
  // A new conversation is stored by its first turn, whatever the answer keeps, so the id it was given is recognised.
  const kept = after ?? (options.session?.stored === false ? state : undefined);
  if (request.sessionId && kept) await deps.sessions.set(request.sessionId, kept);
  deps.logger.info('answered', { route: path, rules: final.amounts.map((a) => a.ruleId), outOfScope: final.outOfScope ?? false });
  if (deps.questions) await record(deps, deps.questions, logEntry(request.message, final, request.channel ?? 'web', deps.clock()));
  const understood = understoodOf(q, final, deps.rules, lang);
  return { ...final, ...(understood.length ? { understood } : {}), ...(request.sessionId ? { sessionId: request.sessionId } : {}) };
}

/** The question-log write: off the reply's path when the entry point can defer it (a failed deferred write is logged). */
async function record(deps: AnswerDeps, log: QuestionLog, entry: Parameters<QuestionLog['add']>[0]): Promise<void> {
  if (!deps.defer) return log.add(entry);
  deps.defer(
    log
      .add(entry)
      .catch((err: unknown) => deps.logger.error('question_log_failed', { message: err instanceof Error ? err.message : String(err) })),
  );
}

/** Asks a follow-up naming another award repeats (谁牵头 ⏎ 那博士后工作站呢); money follow-ups go through the rules. */
const FOLLOWED_ASKS: ReadonlySet<Ask> = new Set<Ask>(['department', 'full_clause', 'stacking', 'obligations', 'conditions', 'total']);

/** The answer for one route, and the conversation state it leaves. */
function respond(
  deps: AnswerDeps,
  q: Question,
  lang: Lang,
  path: Route,
  state: SessionState | undefined,
): { result: Answer; next?: SessionState } {
  // A turn that names an award (who leads the expert base?) makes it the conversation's subject for the next money question.
  const lastAsk = q.asks.find((a) => FOLLOWED_ASKS.has(a));
  const topic = topicOf(q, state);
  const keep = (lastClause: string | undefined): SessionState => ({
    // Facts said on the way (finished my master's, hukou in Huinong) stay for the money question that follows.
    facts: q.facts,
    hints: state?.hints ?? [],
    ...(lastClause ? { lastClause } : state?.lastClause ? { lastClause: state.lastClause } : {}),
    ...(lastAsk ? { lastAsk } : {}),
    ...(q.people?.length ? { people: q.people } : {}),
    ...topic,
    // The other place a turn was about, kept while the conversation stays there ("and there?").
    ...(q.scope.reason === 'other_place' && q.scope.detail ? { otherPlace: q.scope.detail.slice(0, 40) } : {}),
  });
  const aboutClause = () => clauseFor(deps, q, state?.lastClause, state?.facts.subjects);
  /** The answer that says the document does not answer this, for the reason given, citing the clause near it. */
  const declined = (scope: Pick<Question['scope'], 'reason' | 'detail' | 'askInstead'>, near?: string) =>
    outOfScope(
      deps.corpus,
      deps.search,
      { ...q, scope: { ...q.scope, inScope: false, ...scope } },
      lang,
      near ? deps.corpus.byId.get(near) : undefined,
    );
  switch (path) {
    case 'greeting':
      return { result: greetingAnswer(lang) };
    case 'out_of_scope': {
      // A detail the text does not give is answered from the clause of the award asked about, when one is named; that
      // clause is then the one "这个哪个部门管" refers back to.
      const result = outOfScope(deps.corpus, deps.search, q, lang, q.subjects.length ? aboutClause() : undefined);
      return { result, next: keep(q.scope.reason === 'other_place' ? undefined : result.citations[0]?.id) };
    }
    case 'document_meta':
      return { result: documentAnswer(deps.corpus, lang), next: keep('notice') };
    case 'full_clause': {
      const clause = deps.corpus.byId.get(q.clauseRefs[0] ?? state?.lastClause ?? '');
      if (clause) return { result: clauseAnswer(clause, lang), next: keep(clause.id) };
      break;
    }
    case 'department': {
      const clause = aboutClause();
      if (!clause) break;
      const who = withPayer(deps, q, state, departmentAnswer(deps.corpus, clause, lang), lang);
      // "能奖多少 找谁", how much and which bureau: the rules' answer for the award, then who leads its clause.
      const money = q.asks.some((a) => a === 'amount' || a === 'eligibility') ? rulesAnswer(deps, q, lang, state) : undefined;
      if (money?.result.amounts.length && !money.result.outOfScope)
        return {
          result: {
            ...money.result,
            answer: `${money.result.answer}\n\n${who.answer}`,
            citations: [...money.result.citations, ...who.citations],
          },
          next: money.next,
        };
      return { result: who, next: keep(clause.id) };
    }
    case 'stacking': {
      const clause = q.subjects.length || q.clauseRefs.length || q.refersBack ? aboutClause() : undefined;
      // With no award named, the closing rule itself is what "quote it" refers to next.
      return { result: stackingAnswer(deps.corpus, lang, clause), next: keep(clause?.id ?? deps.rules.closing.clause) };
    }
    case 'total':
    case 'money': {
      const money = rulesAnswer(deps, q, lang, state);
      const asked = q.text.toLowerCase();
      const shown = (money?.result.amounts ?? []).map((a) => deps.rules.rules.find((r) => r.id === a.ruleId));
      const near = money?.result.amounts[0]?.clause;
      // 自治区对新认定高企奖多少钱: the region's own award is asked, and this document's award for it is not the region's.
      const national = /国家|中央|national|the state|central government/.test(asked);
      if (REGION_PAYS.test(asked) && shown.length && (national || shown.every((r) => r?.payer !== 'region'))) {
        const detail = national ? (lang === 'zh' ? '国家' : 'the national level') : lang === 'zh' ? '自治区' : 'the autonomous region';
        const askInstead = national ? '国家相关主管部门' : '自治区相关主管部门';
        return { result: declined({ reason: 'other_place', detail, askInstead }), next: keep(near) };
      }
      // "postdoc stipend per person per year": the award is paid per station, so a sum per person is not in the text.
      if (PER_PERSON.test(asked) && shown.length && shown.every((r) => r !== undefined && !PERSONAL.has(r.per)))
        return { result: declined({ reason: 'detail_not_in_text', detail: 'amount' }, near), next: keep(near) };
      if (money) {
        const times = {
          ...(q.count ? { count: q.count } : {}),
          ...(q.years !== undefined ? { years: q.years } : {}),
          ...(money.each ? { each: money.each } : {}),
        };
        return { result: path === 'total' ? withTotal(money.result, money.outcomes, lang, times) : money.result, next: money.next };
      }
      break;
    }
    case 'lookup':
      break;
  }
  const prefer = q.asks.includes('definition')
    ? clausesOf(deps.rules, q.subjects)[0]
    : q.refersBack && !q.clauseRefs.length && (!q.terms.strong || q.anaphora)
      ? state?.lastClause
      : undefined;
  const result = extractiveAnswer(deps.corpus, deps.search, q, lang, prefer);
  // An amount asked for where the nearest text gives none (名师带徒补多少): say so; never the nearest clause's sum.
  if (
    q.asks.includes('amount') &&
    MONEY_NOUN.test(q.text.toLowerCase()) &&
    result.citations.length &&
    !result.citations.some((c) => AMOUNT_IN_QUOTE.test(c.quote) && aboutAsked(c.quote, q))
  ) {
    const none = declined({ reason: 'detail_not_in_text', detail: 'amount' });
    // "which article covers housing, is there a cash amount", or "does it give cash?" right after that clause: the
    // clause is what is asked about, and that it gives no amount is the answer.
    const answered = q.asks.includes('clause_ref') || (q.refersBack && YES_NO.test(q.text.toLowerCase()));
    return {
      result: answered ? { ...none, outOfScope: false, scope: undefined } : none,
      next: keep(result.citations[0]?.id),
    };
  }
  return { result, next: keep(result.citations[0]?.id) };
}

/** The document terms a turn was about (at most 16), or the last turn's when it named none: what a follow-up searches. */
function topicOf(q: Question, state: SessionState | undefined): { lastTopic?: string[] } {
  const topic = q.terms.topic.length ? q.terms.topic.slice(0, 16) : state?.lastTopic;
  return topic?.length ? { lastTopic: topic } : {};
}

/** Whether a message in a money conversation is about another clause than the conversation's awards. */
function isNewTopic(deps: AnswerDeps, q: Question, subjects: readonly string[]): boolean {
  const top = deps.search.clauses(q, 1)[0]?.id;
  if (!top) return false;
  return !clausesOf(deps.rules, subjects).includes(top);
}

const AMOUNT_IN_QUOTE = /\d\s*万元|\d+元/;

/**
 * Whether a quoted sentence is about what the question names: it uses one of the question's own document terms
 * (职业技能人才培训补贴), or the question names none. A sentence with another award's sum (培养基地 10万元) does not
 * answer "how much is the skills-training subsidy".
 */
function aboutAsked(quote: string, q: Question): boolean {
  // The most specific term the question names (the longest), when it is a long one: 职业技能人才培训补贴, not 人才.
  const specific = q.terms.topic.reduce((a, t) => (t.length > a.length ? t : a), '');
  return specific.length < 6 || quote.includes(specific);
}

/** A yes/no question ("does it give a cash amount?"), which the clause just named answers by what it says. */
const YES_NO = /^\s*(does|do|is|are|has|have|can|will)\b|吗|有没有|是否|[能有]不[能有]/;

/**
 * 学费一共4万 能报多少: a refund the text gives as a share of the tuition (全额, 不低于80%) applied to the tuition the
 * person states, by the evaluator's ratio and their own figure (the model never supplies either).
 */
function withStatedTuition(result: Answer, q: Question, lang: Lang): Answer {
  const tuition = q.stated?.length === 1 && TUITION.test(q.text.toLowerCase()) ? q.stated[0] : undefined;
  if (tuition === undefined) return result;
  const lines: string[] = [];
  const amounts = result.amounts.map((a) => {
    if (a.ratio === undefined || a.eligible === false || a.per !== 'tuition') return a;
    const min = Math.round(a.ratio * tuition);
    const max = a.atLeast ? tuition : min;
    lines.push(
      lang === 'zh'
        ? `按您说的学费${yuan(tuition, tuition, lang)}计：${a.label}${a.atLeast ? '不低于' : ''}${yuan(min, min, lang)}${a.atLeast ? `，至多${yuan(max, max, lang)}` : ''}。`
        : `With the tuition you gave, ${yuan(tuition, tuition, lang)}: ${a.label}, ${a.atLeast ? 'at least ' : ''}${yuan(min, min, lang)}${a.atLeast ? `, at most ${yuan(max, max, lang)}` : ''}.`,
    );
    return { ...a, min, max };
  });
  return lines.length ? { ...result, amounts, answer: `${result.answer}\n${lines.join('\n')}` } : result;
}

const TUITION = /学费|tuition/;

/** Facts that describe an award (its level, when it was recognised, how it did), not the person asking. */
const AWARD_FACTS: ReadonlySet<string> = new Set([
  'level',
  'previousLevel',
  'newlyRecognised',
  'assessedQualified',
  'operatingWell',
  'outstanding',
  'selected',
]);

/** The region named as the one that pays (自治区对…奖多少, how much does the regional government pay). */
const REGION_PAYS =
  /(自治区|区里|区政府|宁夏|国家|中央)(政府|[^，,。\s]{0,3}(厅|部|委))?(本身|自己)?(另外|额外|还)?(对|给|奖|发|出|补|会给|能给)|\b(ningxia|regional|the region'?s?)\s+(?:(?:government|govt|gov)\s+)?(itself\s+|as a whole\s+)?(pay|pays|give|gives|offer|offers|fund|funds)\b|\bregional (government|govt)\b|\b(central|national) (government|govt)\b|\bthe state (pay|pays|give|gives)\b/;

const PER_PERSON = /每人|每个人|人均|个人生活补贴|个人补贴|per person|each person|per head|per researcher|per postdoc/;
/** What an award is counted by when it is paid per person. */
const PERSONAL: ReadonlySet<string> = new Set(['person', 'person-trip', 'organisation-or-person', 'tuition', 'unstated']);

const ASKS_PAYER = /谁出|哪出|哪里出|出钱|市里出|自治区出|区里出|谁给钱|谁掏钱|who pays|who funds|paid by|funded by|who puts up/;

/**
 * 这个钱是市里出还是自治区出: who pays each award of the conversation, as its sentence says (自治区按照每个30万元…), beside
 * the departments. Where the sentence names no payer, that is said too.
 */
function withPayer(deps: AnswerDeps, q: Question, state: SessionState | undefined, result: Answer, lang: Lang): Answer {
  if (!ASKS_PAYER.test(q.text.toLowerCase())) return result;
  const rules = rulesFor(deps.rules, q.subjects.length ? q.subjects : (state?.facts.subjects ?? []));
  if (!rules.length) return result;
  const who = { region: ['自治区', 'the autonomous region (自治区)'], employer: ['用人单位', 'the employer (用人单位)'] } as const;
  const lines = rules.map((r) =>
    r.payer
      ? lang === 'zh'
        ? `出资：${who[r.payer][0]}。原文：“${r.quote}”`
        : `Paid by: ${who[r.payer][1]}. The text: “${r.quote}”`
      : lang === 'zh'
        ? `出资：原文未写明由哪一级出资。原文：“${r.quote}”`
        : `Paid by: the text does not say which level pays. The text: “${r.quote}”`,
  );
  return { ...result, answer: `${result.answer}\n${[...new Set(lines)].join('\n')}` };
}

/** The facts the rules for these subjects are decided by (their conditions and the fact a table is keyed by). */
function conditionFacts(rules: RuleSet, subjects: readonly string[]): Set<string> {
  return new Set(
    rulesFor(rules, subjects).flatMap((r) => [...r.conditions.map((c) => c.fact), ...(r.amount.kind === 'table' ? [r.amount.fact] : [])]),
  );
}

/** The rules that award any of the given subjects, in rule order. */
function rulesFor(rules: RuleSet, subjects: readonly string[]): RuleSet['rules'] {
  return rules.rules.filter((r) => r.conditions.some((c) => c.fact === 'subjects' && c.in.some((s) => subjects.includes(String(s)))));
}

/** The clauses whose rules award the given subjects, in rule order. */
function clausesOf(rules: RuleSet, subjects: readonly string[]): string[] {
  return rulesFor(rules, subjects).map((r) => r.clause);
}

/** The facts that decide the awards an answer shows: their conditions and the fact a table amount is keyed by. */
function decidingFacts(rules: RuleSet, result: Answer): Set<FactName> {
  return new Set(
    rules.rules
      .filter((r) => result.amounts.some((a) => a.ruleId === r.id))
      .flatMap((r) => [
        ...r.conditions.map((c) => c.fact),
        ...(r.amount.kind === 'table' ? [r.amount.fact, ...r.amount.rows.flatMap((row) => (row.conditions ?? []).map((c) => c.fact))] : []),
      ]),
  );
}

/** The clause a question is about: one it names, the one "this clause" refers to, its award's clause, or the best match. */
function clauseFor(deps: AnswerDeps, q: Question, lastClause: string | undefined, carried: readonly string[] = []) {
  const id =
    q.clauseRefs[0] ??
    (q.refersBack ? lastClause : undefined) ??
    clausesOf(deps.rules, q.subjects)[0] ??
    // "need the name of the lead bureau" in a conversation about an award: that award's clause.
    (q.terms.strong ? undefined : clausesOf(deps.rules, carried)[0]) ??
    deps.search.clauses(q, 1)[0]?.id ??
    lastClause;
  return id ? deps.corpus.byId.get(id) : undefined;
}

/** The rules' answer to a money question, and how many times a total counts each outcome (people per degree). */
type Evaluated = NonNullable<ReturnType<typeof moneyAnswer>> & { each?: number[] };

/** Money questions and replies to the rules' last question: facts merged over the conversation, evaluated by the rules. */
function rulesAnswer(
  deps: AnswerDeps,
  q: Question,
  lang: Lang,
  state: SessionState | undefined,
): { result: Answer; next: SessionState; outcomes: Outcome[]; each?: number[] } | undefined {
  const facts: Facts = q.facts;
  const hints: Subject[] = q.said.subjects ? [] : q.hints.length ? q.hints : (state?.hints ?? []);
  const money: Evaluated | undefined =
    perAward(deps, q, facts, hints, lang) ??
    moneyAnswer({ corpus: deps.corpus, rules: deps.rules, facts, hints, lang, asOf: deps.clock() });
  if (!money) return undefined;
  let result = money.answer;
  // Every award named has no amount in the text (安家费, 工作补助): say so, never another rule's number.
  const asksAmount = q.asks.includes('amount') || q.asks.includes('total');
  if (
    asksAmount &&
    result.amounts.length &&
    result.amounts.every((a) => a.min === undefined && a.max === undefined && a.ratio === undefined)
  ) {
    result = {
      ...result,
      outOfScope: true,
      scope: { reason: 'detail_not_in_text', detail: 'amount', ...(result.lead?.length ? { askInstead: result.lead.join('、') } : {}) },
    };
  }
  // A fact read from general knowledge (宁夏理工学院 is not 双一流) is a reading, labelled as one where it decides.
  const deciding = decidingFacts(deps.rules, result);
  const labelled = q.readings.filter((r) => r.interpretation && r.fact === 'doubleFirstClass' && deciding.has(r.fact));
  if (labelled.length) {
    const head = lang === 'zh' ? '解读（不是原文）：' : 'Interpretation (not the text): ';
    const lines = labelled.map((r) =>
      lang === 'zh'
        ? `${head}“${r.from}”${r.value === true ? '是' : '不是'}“双一流”建设高校，${r.interpretation ?? ''}。`
        : `${head}“${r.from}” is ${r.value === true ? '' : 'not '}a Double First-Class university on the Ministry of Education's list; the document lists no universities, so the lead department decides.`,
    );
    result = { ...result, answer: `${result.answer}\n${lines.join('\n')}` };
  }
  result = withStatedTuition(result, q, lang);
  deps.logger.info('rules_answer', { rules: result.amounts.map((a) => a.ruleId), clarify: money.pending ?? null });
  const lastClause = result.amounts[0]?.clause ?? state?.lastClause;
  const levels = Object.keys(q.levels).length ? { levels: q.levels } : {};
  return {
    result,
    outcomes: money.outcomes,
    ...(money.each ? { each: money.each } : {}),
    next: {
      facts,
      hints,
      ...levels,
      ...(money.pending ? { pending: money.pending } : {}),
      ...(lastClause ? { lastClause } : {}),
      ...(q.people?.length ? { people: q.people } : {}),
      ...topicOf(q, state),
      ...(q.count ? { count: q.count } : {}),
      // A correction after "一共多少" asks the total again.
      ...(q.asks.includes('total') ? { lastAsk: 'total' } : {}),
    },
  };
}

/**
 * Several awards, each with its own level (国家级工程实验室和自治区级重点实验室; a 国家级 studio, then a 市级 base): each is
 * evaluated with its own level and the answers are put side by side. Undefined when one profile serves every award.
 */
function perAward(deps: AnswerDeps, q: Question, facts: Facts, hints: Subject[], lang: Lang): Evaluated | undefined {
  const subjects = facts.subjects ?? [];
  // Several people's degrees (一个博士一个硕士): one evaluation per person, counted as often as the message says.
  const degrees = q.degrees.filter((d): d is NonNullable<Facts['degree']> => ['doctor', 'master', 'bachelor', 'other'].includes(d));
  // One award at several levels (国家级工程实验室和自治区级重点实验室), or awards whose levels differ: one evaluation each.
  // Awards of one level are evaluated together, so their overlap notes stay.
  const awards = (q.awards ?? []).filter((a) => subjects.includes(a.subject));
  const oneAtTwoLevels = awards.length >= 2 && new Set(awards.map((a) => a.subject)).size < awards.length;
  const profiles: { facts: Facts; times: number }[] =
    degrees.length >= 2 && subjects.length <= 1
      ? degrees.map((degree) => ({ facts: { ...facts, degree }, times: q.degreeCounts?.[degree] ?? 1 }))
      : oneAtTwoLevels
        ? awards.map((a) => ({ facts: { ...facts, subjects: [a.subject], ...(a.level ? { level: a.level } : {}) }, times: 1 }))
        : subjects.length >= 2 && new Set(subjects.map((s) => q.levels[s] ?? facts.level)).size >= 2
          ? subjects.map((s) => ({ facts: { ...facts, subjects: [s], ...(q.levels[s] ? { level: q.levels[s] } : {}) }, times: 1 }))
          : [];
  if (!profiles.length) return undefined;
  const evaluated = profiles
    .map((p) => ({ p, money: moneyAnswer({ corpus: deps.corpus, rules: deps.rules, facts: p.facts, hints, lang, asOf: deps.clock() }) }))
    .filter((e): e is { p: (typeof profiles)[number]; money: NonNullable<ReturnType<typeof moneyAnswer>> } => e.money !== undefined);
  const parts = evaluated.map((e) => e.money);
  const each = evaluated.flatMap((e) => e.money.outcomes.map(() => e.p.times));
  const [first] = parts;
  if (!first) return undefined;
  const citations = parts
    .flatMap((p) => p.answer.citations)
    .filter((c, i, all) => all.findIndex((d) => d.id === c.id && d.quote === c.quote) === i);
  const pending = parts.find((p) => p.pending)?.pending;
  const clarify = parts.find((p) => p.answer.clarify)?.answer.clarify;
  return {
    answer: {
      ...first.answer,
      answer: parts.map((p) => p.answer.answer).join('\n\n'),
      amounts: parts.flatMap((p) => p.answer.amounts),
      citations,
      ...(clarify ? { clarify } : {}),
    },
    outcomes: parts.flatMap((p) => p.outcomes),
    ...(each.some((n) => n > 1) ? { each } : {}),
    ...(pending ? { pending } : {}),
  };
}

/**
 * What the reading took from this conversation, in words, for "我理解的情况": only the facts that decide the awards shown
 * (a lookup shows none), each in the answer's language, with the user's words it came from.
 */
function understoodOf(q: Question, result: Answer, rules: RuleSet, lang: Lang): Understood[] {
  const deciding: Set<string> = decidingFacts(rules, result);
  const from = new Map<string, string>(q.readings.map((r) => [r.fact, r.from]));
  const out: Understood[] = [];
  for (const [fact, value] of Object.entries(q.facts)) {
    if (!isFactName(fact) || fact === 'subjects' || !deciding.has(fact) || value === undefined || typeof value === 'object') continue;
    const option = optionFor(fact, value);
    if (!option) continue;
    const label = lang === 'zh' ? (option.youZh ?? option.zh) : (option.youEn ?? option.en);
    out.push({ fact, value, label, from: from.get(fact) ?? '' });
  }
  return out;
}

/**
 * With a model, a rules answer is checked against the model's own reading of the message: where the two disagree on a
 * fact that decides a shown amount, the user is asked to confirm it (the amounts stay the evaluator's).
 */
async function withModelReading(deps: AnswerDeps, q: Question, lang: Lang, result: Answer, next: SessionState | undefined) {
  if (!deps.model || result.source !== 'rules' || !next) return { result, next };
  const theirs = await modelFacts({ model: deps.model, logger: deps.logger }, q.text, lang);
  if (!theirs) return { result, next };
  const [fact] = disagreements(q.said, theirs, decidingFacts(deps.rules, result));
  if (!fact) return { result, next };
  deps.logger.info('readings_disagree', { fact });
  const { [fact]: _doubted, ...kept } = next.facts;
  return { result: askToConfirm(result, fact, lang), next: { ...next, facts: kept as Facts, pending: fact } };
}

/** With a model: rules results may gain one verified sentence (amounts untouched); extractive ones are rewritten fluently or kept, degraded. */
async function withModel(deps: AnswerDeps, request: LlmRequest, result: Answer, path: Route): Promise<Answer> {
  const model = deps.model;
  if (!model || result.outOfScope || result.clarify) return result;
  if (result.source === 'rules') return explainRules({ ...deps, model }, request, result);
  // Metadata, whole clauses, departments and the closing rule are already the exact words asked for.
  if (path === 'lookup' && result.citations.length) return llmAnswer({ ...deps, model }, request, result);
  return result;
}
