// Server-sent events for POST /api/chat: `delta` events with verified text, sentence by sentence, then one `answer`
// event with the complete validated Answer (the same shape as the JSON response). The final answer always begins with
// the text the deltas showed: nothing a user saw is retracted (src/llm/sentence-stream.ts).
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Logger } from '../contract/logger';
import type { Answer } from '../contract/answer';
import { errorBody } from './errors';

/** True when the client asked for a stream: {"stream": true} or Accept: text/event-stream. */
export function wantsStream(c: Context, bodyStream: boolean | undefined): boolean {
  return bodyStream === true || /\btext\/event-stream\b/i.test(c.req.header('accept') ?? '');
}

/**
 * Streams one answer. `run` receives the delta callback; answers that never stream (offline, rules) send one delta.
 * @example return streamAnswer(c, deps.logger, (onDelta) => answer(deps, request, { onDelta }))
 */
export function streamAnswer(c: Context, logger: Logger, run: (onDelta: (text: string) => void) => Promise<Answer>): Response {
  return streamSSE(
    c,
    async (stream) => {
      let shown = '';
      let writes = Promise.resolve();
      const result = await run((text) => {
        shown += text;
        writes = writes.then(() => stream.writeSSE({ event: 'delta', data: JSON.stringify({ text }) }));
      });
      await writes;
      // The rest of the answer (all of it when nothing streamed): the deltas add up to the final answer's text.
      const rest = result.answer.startsWith(shown) ? result.answer.slice(shown.length) : '';
      if (rest !== '') await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: rest }) });
      await stream.writeSSE({ event: 'answer', data: JSON.stringify(result) });
    },
    async (err, stream) => {
      // Headers are already sent, so a failure becomes an `error` event with the API's error shape.
      logger.error('stream_failed', { name: err.name, message: err.message });
      await stream.writeSSE({
        event: 'error',
        data: JSON.stringify(errorBody('internal', `Something went wrong on our side (${err.name}); please try again.`)),
      });
    },
  );
}
