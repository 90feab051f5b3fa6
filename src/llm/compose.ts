// The model's two jobs in the pipeline: a fluent cited answer from retrieved clauses (else the extractive one, degraded),
// and at most one verified sentence explaining a rules result (else the rules answer as it was). Loaded through
// ./answer only when a model is configured, with the prompts and LangChain's message and parser modules it needs.
import type { Answer, Citation, Lang } from '../contract/answer';
import type { Corpus } from '../corpus/load';
import type { Clause } from '../corpus/schema';
import { attempt } from './attempt';
import type { LlmDeps, LlmRequest } from './request';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Logger } from '../contract/logger';
import type { Facts } from '../rules/facts';
import type { ModelPort } from './model';
import { PROMPTS } from './prompts.generated';
import { parseModelFacts } from './read';
import { numberValues } from './numbers';
import { answerMessages, explainMessages } from './prompt';

/** How many retrieved clauses the model sees. */
const CLAUSES_FOR_MODEL = 3;
/** An explanation longer than this is not "a short sentence". */
const MAX_EXPLANATION_CHARS = { zh: 120, en: 320 } as const;

function clausesById(corpus: Corpus, ids: Iterable<string>): Clause[] {
  return [...new Set(ids)].map((id) => corpus.byId.get(id)).filter((c): c is Clause => c !== undefined);
}

/**
 * The final text never retracts what was shown: verified sentences already on screen stay, and the fallback (or the
 * rest of the verified answer) follows them.
 */
function keeping(shown: string, text: string): string {
  if (shown.trim() === '' || text.startsWith(shown)) return text;
  return `${shown.trimEnd()}\n\n${text}`;
}

/**
 * A cited answer written by the model and verified by the guard; on any fault, `fallback` with degraded: true.
 * @example await llmAnswer(deps, { message: '博士后工作站有什么资助？', lang: 'zh' }, extractiveAnswer(…))
 */
export async function llmAnswer(deps: LlmDeps, request: LlmRequest, fallback: Answer): Promise<Answer> {
  const clauses = clausesById(
    deps.corpus,
    deps.search.clauses(request.message, CLAUSES_FOR_MODEL).map((h) => h.id),
  );
  if (clauses.length === 0) return fallback;
  const outcome = await attempt({
    model: deps.model,
    logger: deps.logger,
    lang: request.lang,
    messages: await answerMessages(request.lang, clauses, request.message),
    guard: { corpus: deps.corpus, retrieved: new Set(clauses.map((c) => c.id)), question: request.message, citationsRequired: true },
    onDelta: request.onDelta,
    ...(request.signal ? { signal: request.signal } : {}),
  });
  if (!outcome.verified) {
    deps.logger.warn('llm_fallback', { provider: deps.model.provider, elapsedMs: Math.round(outcome.elapsedMs) });
    return { ...fallback, answer: keeping(outcome.shown, fallback.answer), degraded: true };
  }
  const { answer, citations } = outcome.verified;
  const lead = deps.corpus.byId.get(citations[0]?.id ?? '')?.lead ?? [];
  return {
    answer: keeping(outcome.shown, answer),
    citations,
    amounts: [],
    source: 'llm',
    lang: request.lang,
    ...(lead.length ? { lead } : {}),
  };
}

/** The evaluator's amounts in yuan: the only amounts of money an explanatory sentence may state. */
function rulesAmounts(result: Answer): Set<number> {
  const values = new Set<number>();
  for (const a of result.amounts) for (const n of [a.min, a.max]) if (n !== undefined) values.add(n);
  return values;
}

/** Every number the rules answer already shows: its text and its amounts (in 元 and in 万元). */
function rulesNumbers(result: Answer): Set<number> {
  const values = numberValues(result.answer);
  for (const a of result.amounts) {
    for (const n of [a.min, a.max, a.years]) if (n !== undefined) values.add(n);
    if (a.ratio !== undefined) values.add(Math.round(a.ratio * 100));
  }
  return values;
}

function mergeCitations(a: Citation[], b: Citation[]): Citation[] {
  return [...a, ...b.filter((c) => !a.some((x) => x.id === c.id && x.quote === c.quote))];
}

/**
 * The rules answer, unchanged except perhaps one verified explanatory sentence after it. Amounts are never touched.
 * @example await explainRules(deps, { message: '石嘴山籍博士有多少补贴？', lang: 'zh' }, rulesResult)
 */
export async function explainRules(deps: LlmDeps, request: LlmRequest, result: Answer): Promise<Answer> {
  if (result.source !== 'rules' || result.clarify || result.amounts.length === 0) return result;
  const ids = [...result.citations.map((c) => c.id), ...result.amounts.map((a) => a.clause)];
  const clauses = clausesById(deps.corpus, ids);
  const outcome = await attempt({
    model: deps.model,
    logger: deps.logger,
    lang: request.lang,
    messages: await explainMessages(request.lang, result.answer, clauses, request.message),
    guard: {
      corpus: deps.corpus,
      retrieved: new Set(clauses.map((c) => c.id)),
      question: request.message,
      licensed: rulesNumbers(result),
      amounts: rulesAmounts(result),
      citationsRequired: false,
    },
    ...(request.signal ? { signal: request.signal } : {}),
  });
  const sentence = outcome.verified?.answer.trim();
  if (!outcome.verified || !sentence || sentence.length > MAX_EXPLANATION_CHARS[request.lang]) return result;
  return { ...result, answer: `${result.answer}\n\n${sentence}`, citations: mergeCitations(result.citations, outcome.verified.citations) };
}

/** The model's reading of one message, within its time budget; undefined on any fault (the deterministic reading stands). */
export async function modelFacts(model: ModelPort, logger: Logger, message: string, lang: Lang): Promise<Partial<Facts> | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), model.timeoutMs);
  try {
    const text = await model.complete(
      [new SystemMessage(PROMPTS[`read.${lang}`]), new HumanMessage(message.replace(/</g, '＜').replace(/>/g, '＞'))],
      { signal: controller.signal },
    );
    const facts = parseModelFacts(text);
    if (!facts) logger.warn('llm_read_rejected', { provider: model.provider });
    return facts;
  } catch (err) {
    logger.warn('llm_read_failed', { provider: model.provider, name: err instanceof Error ? err.name : 'unknown' });
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
