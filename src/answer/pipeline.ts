// The one answer(deps, request) every channel calls: route money questions to the rules, else retrieve and quote.
import type { Corpus } from '../corpus/load';
import type { Search } from '../search/index';
import type { Answer, ChatRequest } from './types';
import { detectLang } from './cite';
import { extractiveAnswer } from './extractive';
import { explainRules, llmAnswer, type LlmRequest } from '../llm/answer';
import type { ModelPort } from '../llm/model';

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
}

export interface AnswerOptions {
  /** Receives answer text as a model streams it (POST /api/chat with stream). */
  onDelta?: (text: string) => void;
}

/**
 * Answers one chat message.
 * @example await answer(deps, { message: '博士后工作站有什么资助？' }) // → { source: 'extractive', citations: [{ id: '11', … }] }
 */
export async function answer(deps: AnswerDeps, request: ChatRequest, options: AnswerOptions = {}): Promise<Answer> {
  const lang = request.lang ?? detectLang(request.message);
  const result = extractiveAnswer(deps.corpus, deps.search, request.message, lang);
  const final = await withModel(deps, { message: request.message, lang, onDelta: options.onDelta }, result);
  return request.sessionId ? { ...final, sessionId: request.sessionId } : final;
}

/** With a model: rules results may gain one verified sentence (amounts untouched); extractive ones are rewritten fluently or kept, degraded. */
async function withModel(deps: AnswerDeps, request: LlmRequest, result: Answer): Promise<Answer> {
  const model = deps.model;
  if (!model || result.outOfScope || result.clarify) return result;
  if (result.source === 'rules') return explainRules({ ...deps, model }, request, result);
  if (result.source === 'extractive') return llmAnswer({ ...deps, model }, request, result);
  return result;
}
