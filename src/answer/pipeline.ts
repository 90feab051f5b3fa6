// The one answer(deps, request) every channel calls: route money questions to the rules, else retrieve and quote.
import type { Corpus } from '../corpus/load';
import type { Search } from '../search/index';
import type { Answer, ChatRequest } from './types';
import { detectLang } from './cite';
import { extractiveAnswer } from './extractive';
import { explainRules, llmAnswer, type LlmRequest } from '../llm/answer';
import type { ModelPort } from '../llm/model';
import type { RuleSet } from '../rules/load';
import { extractFacts, isMoneyQuestion, mergeFacts } from '../rules/extract';
import { moneyAnswer } from './money';
import type { SessionStore } from './session';
import { logEntry, type QuestionLog } from '../store/question-log';

/** Minimal structured logger (console on Node and Workers, a spy in tests). */
export interface Logger {
  info(event: string, data?: Record<string, unknown>): void;
  warn(event: string, data?: Record<string, unknown>): void;
  error(event: string, data?: Record<string, unknown>): void;
}

/** Everything answer() needs, passed in so Workers, Node, the CLI and tests share one pipeline. */
export interface AnswerDeps {
  corpus: Corpus;
  search: Search;
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
}

export interface AnswerOptions {
  /** Receives verified answer text, sentence by sentence, as a model streams it (POST /api/chat with stream). */
  onDelta?: (text: string) => void;
  /** The request's signal: a client that goes away aborts the model call. */
  signal?: AbortSignal;
}

/**
 * Answers one chat message.
 * @example await answer(deps, { message: '博士后工作站有什么资助？' }) // → { source: 'extractive', citations: [{ id: '11', … }] }
 */
export async function answer(deps: AnswerDeps, request: ChatRequest, options: AnswerOptions = {}): Promise<Answer> {
  const lang = request.lang ?? detectLang(request.message);
  const result = (await rulesAnswer(deps, request, lang)) ?? extractiveAnswer(deps.corpus, deps.search, request.message, lang);
  const final = await withModel(deps, { message: request.message, lang, onDelta: options.onDelta, ...(options.signal ? { signal: options.signal } : {}) }, result);
  if (deps.questions) await deps.questions.add(logEntry(request.message, final, request.channel ?? 'web', deps.clock()));
  return request.sessionId ? { ...final, sessionId: request.sessionId } : final;
}

/** A short what-if that continues the last money question: 那如果是硕士呢, 要是国家级呢, what if it's national? */
const FOLLOW_UP = /^(那|那么|如果|要是|假如|换成|改成|若是|what if|and if|if it|if i|and for|how about)|^.{1,8}$/i;
const SHORT_REPLY = 8;

/**
 * Money questions (and replies to the rules' last question) go to the rules; undefined sends the message to retrieval.
 * Facts from earlier turns of the same session carry over, so "我在读博士" completes the previous question.
 */
async function rulesAnswer(deps: AnswerDeps, request: ChatRequest, lang: Answer['lang']): Promise<Answer | undefined> {
  const state = request.sessionId ? await deps.sessions.get(request.sessionId) : undefined;
  const said = extractFacts(request.message, { ...(state?.pending ? { pending: state.pending } : {}), ...(state?.facts.subjects ? { subjects: state.facts.subjects } : {}) });
  const saysFacts = Object.keys(said.facts).length > 0;
  const carried = Boolean(state && (state.facts.subjects || state.hints.length));
  const money = isMoneyQuestion(request.message);
  // "那如果是硕士呢" after a money answer changes one fact of the same question; a new long question starts afresh.
  const followUp = carried && saysFacts && FOLLOW_UP.test(request.message.trim());
  // A reply to the pending question answers that fact (or is a short reply like "博士"); a long new question is not a reply.
  const pending = state?.pending;
  const answersPending = pending !== undefined && saysFacts && (pending in said.facts || request.message.trim().length <= SHORT_REPLY);
  if (!((money && (saysFacts || said.hints.length > 0 || carried)) || answersPending || followUp)) return undefined;
  const facts = mergeFacts(state?.facts ?? {}, said.facts);
  const hints = said.facts.subjects ? [] : said.hints.length ? said.hints : (state?.hints ?? []);
  const result = moneyAnswer({ corpus: deps.corpus, rules: deps.rules, facts, hints, lang, asOf: deps.clock() });
  if (!result) return undefined;
  if (request.sessionId) await deps.sessions.set(request.sessionId, { facts, hints, ...(result.pending ? { pending: result.pending } : {}) });
  deps.logger.info('rules_answer', { rules: result.answer.amounts.map((a) => a.ruleId), clarify: result.pending ?? null });
  return result.answer;
}

/** With a model: rules results may gain one verified sentence (amounts untouched); extractive ones are rewritten fluently or kept, degraded. */
async function withModel(deps: AnswerDeps, request: LlmRequest, result: Answer): Promise<Answer> {
  const model = deps.model;
  if (!model || result.outOfScope || result.clarify) return result;
  if (result.source === 'rules') return explainRules({ ...deps, model }, request, result);
  if (result.source === 'extractive') return llmAnswer({ ...deps, model }, request, result);
  return result;
}
