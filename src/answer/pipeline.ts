// The one answer(deps, request) every channel calls: route money questions to the rules, else retrieve and quote.
import type { Corpus } from '../corpus/load';
import type { Search } from '../search/index';
import type { Answer, ChatRequest } from './types';
import { detectLang } from './cite';
import { extractiveAnswer } from './extractive';

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
}

/**
 * Answers one chat message.
 * @example await answer(deps, { message: '博士后工作站有什么资助？' }) // → { source: 'extractive', citations: [{ id: '11', … }] }
 */
export async function answer(deps: AnswerDeps, request: ChatRequest): Promise<Answer> {
  const lang = request.lang ?? detectLang(request.message);
  const result = extractiveAnswer(deps.corpus, deps.search, request.message, lang);
  return request.sessionId ? { ...result, sessionId: request.sessionId } : result;
}
