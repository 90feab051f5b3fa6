// At most two tries at a verified completion inside one time budget: a rejected or failed first try is retried once
// (with the rejection reason, or after retry-after when it fits the budget); anything else ends in undefined.
// Streaming shows only verified sentences (sentence-stream.ts); once something was shown there is no retry, since a
// second answer would have to retract it.
import { parseJsonMarkdown, parsePartialJson } from '@langchain/core/output_parsers';
import type { BaseMessage } from '@langchain/core/messages';
import type { Logger } from '../contract/logger';
import type { Lang } from '../contract/answer';
import { checkSentence, guard, type GuardContext, type GuardResult } from './guard';
import { verifiedSentenceStream } from './sentence-stream';
import { ModelError, type ModelPort } from './model';
import { retryMessages } from './prompt';

/** A try that cannot get at least this long is not started. */
const MIN_ATTEMPT_MS = 100;
const MAX_ATTEMPTS = 2;

export interface AttemptInput {
  model: ModelPort;
  logger: Logger;
  lang: Lang;
  messages: BaseMessage[];
  guard: GuardContext;
  /** Receives verified sentences as they stream (first try only, or the second when the first showed nothing). */
  onDelta?: (text: string) => void;
  /** The request's own signal: a client that goes away cancels the model call. */
  signal?: AbortSignal;
}

export interface AttemptOutcome {
  verified: Extract<GuardResult, { ok: true }> | undefined;
  /** Verified text already shown to the user; the final answer must begin with it. */
  shown: string;
  elapsedMs: number;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** The "answer" field of a JSON object still being written. */
function partialAnswer(raw: string): string | undefined {
  try {
    const value: unknown = parseJsonMarkdown(raw, parsePartialJson);
    const answer = typeof value === 'object' && value !== null ? (value as { answer?: unknown }).answer : undefined;
    return typeof answer === 'string' ? answer : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the model until the guard accepts its output, at most twice, never past model.timeoutMs.
 * @example const { verified } = await attempt({ model, logger, lang: 'zh', messages, guard: ctx })
 */
export async function attempt(input: AttemptInput): Promise<AttemptOutcome> {
  const { model, logger } = input;
  const started = model.now();
  const budget = input.signal
    ? AbortSignal.any([AbortSignal.timeout(model.timeoutMs), input.signal])
    : AbortSignal.timeout(model.timeoutMs);
  const remaining = () => model.timeoutMs - (model.now() - started);
  let messages = input.messages;
  let shown = '';

  for (let i = 0; i < MAX_ATTEMPTS && shown === '' && remaining() >= MIN_ATTEMPT_MS && !budget.aborted; i++) {
    const emit = input.onDelta;
    const sentences = emit
      ? verifiedSentenceStream(
          (sentence) => checkSentence(sentence, input.guard) === undefined,
          (text) => {
            shown += text;
            emit(text);
          },
        )
      : undefined;
    let raw = '';
    const onToken = sentences
      ? (token: string) => {
          raw += token;
          const text = partialAnswer(raw);
          // trimStart: the verified answer is trimmed, and what was shown must stay its prefix.
          if (text !== undefined) sentences.update(text.trimStart());
        }
      : undefined;
    try {
      raw = await model.complete(messages, { signal: budget, onToken });
    } catch (err) {
      const e = err instanceof ModelError ? err : new ModelError('bad_response', String(err), { cause: err });
      logger.warn('llm_failed', { provider: model.provider, model: model.model, attempt: i + 1, code: e.code, message: e.message });
      if (e.code === 'timeout') break;
      if (e.code === 'rate_limited') {
        const wait = e.retryAfterMs;
        if (wait === undefined || wait + MIN_ATTEMPT_MS > remaining()) break;
        await sleep(wait, budget);
      }
      continue;
    }
    const result = guard(raw, input.guard);
    if (result.ok) {
      sentences?.finish(result.answer);
      return { verified: result, shown, elapsedMs: model.now() - started };
    }
    logger.warn('llm_rejected', { provider: model.provider, model: model.model, attempt: i + 1, code: result.code, reason: result.reason });
    messages = await retryMessages(input.lang, messages, raw, result.reason);
  }
  return { verified: undefined, shown, elapsedMs: model.now() - started };
}
