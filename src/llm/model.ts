// The one port the pipeline calls to reach a language model, and the factory that picks a provider from the config.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import type { Config } from '../config';
import type { AiBinding } from './workers-ai';

type ModelProvider = 'openai' | 'workers-ai';

interface CompleteOptions {
  /** Aborts the call (the answer's time budget); the call must settle promptly once it fires. */
  signal: AbortSignal;
  /** Receives text chunks as they arrive (streaming); without it the completion is fetched whole. */
  onToken?: (text: string) => void;
}

/** What the pipeline needs from a model: one completion as text, within a time budget it can measure. */
export interface ModelPort {
  readonly provider: ModelProvider;
  readonly model: string;
  /** The whole budget for one answer, retries included (LLM_TIMEOUT_MS); after it the extractive answer is served. */
  readonly timeoutMs: number;
  /** Milliseconds on a monotonic clock (passed in, so tests can measure and pure code never reads the time itself). */
  now(): number;
  /** One completion. Throws ModelError. */
  complete(messages: BaseMessage[], options: CompleteOptions): Promise<string>;
  /**
   * Settles once the provider's SDK is loaded (it is a separate chunk, see createModel), so a caller can wait for it
   * before its time budget starts. Absent: nothing to load.
   */
  ready?(): Promise<void>;
}

export type ModelErrorCode = 'timeout' | 'rate_limited' | 'unavailable' | 'network' | 'bad_response' | 'empty';

/** The model could not produce a completion; `code` says why and `retryAfterMs` what the provider asked for. */
export class ModelError extends Error {
  override name = 'ModelError';
  constructor(
    readonly code: ModelErrorCode,
    message: string,
    options: { cause?: unknown; retryAfterMs?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.retryAfterMs = options.retryAfterMs;
  }
  readonly retryAfterMs: number | undefined;
}

/** retry-after-ms, or retry-after in seconds or as an HTTP date. */
function retryAfterMs(headers: unknown, now: number): number | undefined {
  if (!(headers instanceof Headers)) return undefined;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms)) return ms;
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** Sorts whatever a provider threw into a ModelError (the message never includes the key or the prompt). */
function toModelError(err: unknown, signal: AbortSignal): ModelError {
  if (err instanceof ModelError) return err;
  if (signal.aborted) return new ModelError('timeout', 'the model did not answer within the time budget', { cause: err });
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    status?: unknown;
    name?: unknown;
    headers?: unknown;
    constructor?: { name?: string };
  };
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === 429)
    return new ModelError('rate_limited', 'the model provider is rate limiting (429)', {
      cause: err,
      retryAfterMs: retryAfterMs(e.headers, Date.now()),
    });
  if (status !== undefined && status >= 500) return new ModelError('unavailable', `the model provider failed (${status})`, { cause: err });
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return new ModelError('timeout', 'the model call timed out', { cause: err });
  if (e.constructor?.name === 'APIConnectionError')
    return new ModelError('network', 'the model endpoint could not be reached', { cause: err });
  return new ModelError('bad_response', `the model returned an unusable response${status ? ` (${status})` : ''}`, { cause: err });
}

/** Settles when `signal` fires even if the provider ignores it (a binding that never answers must not hold the request). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ModelError('timeout', 'the model did not answer within the time budget'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Wraps any LangChain chat model as the port (tests pass FakeListChatModel or a ChatOpenAI aimed at msw).
 * @example chatModelPort(new ChatOpenAI({ … }), { provider: 'openai', model: 'deepseek-chat', timeoutMs: 8000 })
 */
function chatModelPort(
  chat: BaseChatModel,
  info: { provider: ModelProvider; model: string; timeoutMs: number; now?: () => number },
): ModelPort {
  return {
    provider: info.provider,
    model: info.model,
    timeoutMs: info.timeoutMs,
    now: info.now ?? (() => performance.now()),
    async complete(messages, { signal, onToken }) {
      let text = '';
      const run = async () => {
        if (onToken) {
          for await (const chunk of await chat.stream(messages, { signal })) {
            if (signal.aborted) break;
            if (chunk.text) {
              text += chunk.text;
              onToken(chunk.text);
            }
          }
        } else {
          text = (await chat.invoke(messages, { signal })).text;
        }
      };
      try {
        await untilAborted(run(), signal);
      } catch (err) {
        throw toModelError(err, signal);
      }
      if (text.trim() === '') throw new ModelError('empty', 'the model returned an empty completion');
      return text;
    },
  };
}

const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
const DEFAULT_WORKERS_AI_MODEL = '@cf/meta/llama-3.3-70b-instruct-fp8-fast';

export interface ModelEnv {
  /** The Workers AI binding (env.AI); required for LLM_PROVIDER=workers-ai. */
  ai?: AiBinding;
  now?: () => number;
}

/** Thrown at start-up when the configured provider cannot be built (e.g. workers-ai without an AI binding). */
class ModelConfigError extends Error {
  override name = 'ModelConfigError';
}

/**
 * A port whose chat model comes from a chunk loaded on first need: the import starts here, when a provider is
 * configured, and `complete` waits for it. A chunk that fails to load makes every completion fail as 'unavailable',
 * so the extractive answer is served.
 */
function lazyPort(
  load: () => Promise<BaseChatModel>,
  info: { provider: ModelProvider; model: string; timeoutMs: number; now?: () => number },
): ModelPort {
  const port = load().then(
    (chat) => chatModelPort(chat, info),
    (err: unknown) => {
      throw new ModelError('unavailable', `the ${info.provider} model client could not be loaded`, { cause: err });
    },
  );
  // The failure is reported by complete(); an unawaited rejection must not take the process down.
  port.catch(() => undefined);
  return {
    provider: info.provider,
    model: info.model,
    timeoutMs: info.timeoutMs,
    now: info.now ?? (() => performance.now()),
    ready: () =>
      port.then(
        () => undefined,
        () => undefined,
      ),
    complete: async (messages, options) => (await port).complete(messages, options),
  };
}

/**
 * The configured model, or undefined for `offline` (then no network request is ever made, and no model SDK is loaded:
 * `./openai` and `./workers-ai`, with what they import, are separate chunks, fetched only here).
 * @example createModel(loadConfig({ LLM_PROVIDER: 'openai', LLM_BASE_URL: 'https://api.deepseek.com/v1', LLM_API_KEY: '…', LLM_MODEL: 'deepseek-chat' }))
 */
export function createModel(config: Config, env: ModelEnv = {}): ModelPort | undefined {
  const timeoutMs = config.LLM_TIMEOUT_MS;
  switch (config.LLM_PROVIDER) {
    case 'offline':
      return undefined;
    case 'openai': {
      const model = config.LLM_MODEL ?? DEFAULT_OPENAI_MODEL;
      const options = { model, apiKey: config.LLM_API_KEY, baseURL: config.LLM_BASE_URL, timeoutMs };
      return lazyPort(async () => (await import('./openai')).openAiChat(options), { provider: 'openai', model, timeoutMs, now: env.now });
    }
    case 'workers-ai': {
      const ai = env.ai;
      if (!ai) throw new ModelConfigError('LLM_PROVIDER=workers-ai needs the Workers AI binding: add [ai] binding = "AI" to wrangler.toml');
      const model = config.LLM_MODEL ?? DEFAULT_WORKERS_AI_MODEL;
      return lazyPort(async () => new (await import('./workers-ai')).ChatWorkersAI(ai, model, { maxRetries: 0 }), {
        provider: 'workers-ai',
        model,
        timeoutMs,
        now: env.now,
      });
    }
  }
}
