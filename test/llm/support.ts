// Shared by the LLM tests: an msw server standing in for an OpenAI-compatible endpoint, and apps wired to it.
import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Answer } from '../../src/answer/types';
import { createApp, type AppDeps } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createModel } from '../../src/llm/model';
import { testDeps } from '../support/deps';
// The model code is a chunk loaded on first use (src/llm/answer.ts, src/llm/model.ts); loading it here, with the test
// file, keeps vitest's first transform of LangChain out of the latencies these tests time (a server preloads it at start).
import '../../src/llm/compose';
import '../../src/llm/openai';
import '../../src/llm/workers-ai';

export const LLM_URL = 'https://llm.test/v1/chat/completions';
/** Small, so the "never answers" case finishes quickly; fallbacks must land within this plus one second. */
export const TEST_TIMEOUT_MS = 400;

export const server = setupServer();

/** Starts msw for the file: any request nobody mocked fails the test. */
export function useMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** A chat-completions body with this content. */
export function completion(content: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model: 'deepseek-chat',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

/** A streamed chat-completions response sending `content` in pieces of `size` characters. */
export function streamed(content: string, size = 6): HttpResponse<string> {
  const chunks: string[] = [];
  for (let i = 0; i < content.length; i += size) {
    const delta = {
      id: 'c',
      object: 'chat.completion.chunk',
      created: 0,
      model: 'deepseek-chat',
      choices: [{ index: 0, delta: { content: content.slice(i, i + size) }, finish_reason: null }],
    };
    chunks.push(`data: ${JSON.stringify(delta)}\n\n`);
  }
  chunks.push('data: [DONE]\n\n');
  return new HttpResponse(chunks.join(''), { headers: { 'content-type': 'text/event-stream' } });
}

/** The model's structured output as a JSON string. */
export function output(answer: string, citations: { id: string; quote: string }[]): string {
  return JSON.stringify({ answer, citations });
}

/** Requests the mocked endpoint received (parsed bodies), for assertions about prompts and retries. */
export interface Calls {
  bodies: { stream?: boolean; messages: { role: string; content: string }[] }[];
}

/** Serves the endpoint with one resolver per call (the last one repeats), recording every request. */
export function mockLlm(...resolvers: HttpResponseResolver[]): Calls {
  const calls: Calls = { bodies: [] };
  server.use(
    http.post(LLM_URL, async (info) => {
      calls.bodies.push((await info.request.clone().json()) as Calls['bodies'][number]);
      const resolver = resolvers[Math.min(calls.bodies.length - 1, resolvers.length - 1)];
      return resolver ? resolver(info) : HttpResponse.json(completion(''));
    }),
  );
  return calls;
}

/** Test deps with the openai provider aimed at the mocked endpoint (DeepSeek's shape). */
export function openaiDeps(timeoutMs = TEST_TIMEOUT_MS, overrides: Partial<AppDeps> = {}) {
  const config = loadConfig({
    LLM_PROVIDER: 'openai',
    LLM_BASE_URL: 'https://llm.test/v1',
    LLM_API_KEY: 'sk-test',
    LLM_MODEL: 'deepseek-chat',
    LLM_TIMEOUT_MS: String(timeoutMs),
  });
  return testDeps({ model: createModel(config), provider: 'openai:deepseek-chat', ...overrides });
}

/** POST /api/chat through the app (no server), timed. */
export async function ask(
  deps: AppDeps,
  message: string,
  extra: Record<string, unknown> = {},
): Promise<{ status: number; body: Answer; ms: number }> {
  const app = createApp(deps);
  const started = performance.now();
  const res = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message, ...extra }),
  });
  const ms = performance.now() - started;
  return { status: res.status, body: (await res.json()) as Answer, ms };
}

/** Every citation names a real clause and quotes it verbatim. */
export function expectVerbatim(deps: AppDeps, body: Answer): void {
  expect(body.citations.length).toBeGreaterThan(0);
  for (const c of body.citations) expect(deps.corpus.byId.get(c.id)?.text).toContain(c.quote);
}
