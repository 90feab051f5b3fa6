// The response shapes of POST /v1/chat/completions: a chat.completion, or chat.completion.chunk events. Standard
// fields for any OpenAI client, plus the whole Answer (`policy`) and its citations, amounts and clarify on the message.
import type { Answer } from '../contract/answer';
import { answerText } from './content';
import { MODEL_ID } from './schemas';

export interface CompletionMeta {
  id: string;
  created: number;
}

export function completionMeta(now: Date): CompletionMeta {
  return { id: `chatcmpl-${crypto.randomUUID().replace(/-/g, '')}`, created: Math.floor(now.getTime() / 1000) };
}

/** The message's extension fields: what a client that understands them renders as chips and money cards. */
function references(a: Answer) {
  return { citations: a.citations, amounts: a.amounts, ...(a.clarify ? { clarify: a.clarify } : {}) };
}

/** A complete (non-streamed) chat.completion. */
export function completion(meta: CompletionMeta, a: Answer) {
  return {
    ...meta,
    object: 'chat.completion' as const,
    model: MODEL_ID,
    choices: [
      {
        index: 0,
        message: { role: 'assistant' as const, content: answerText(a), refusal: null, ...references(a) },
        logprobs: null,
        finish_reason: 'stop' as const,
      },
    ],
    policy: a,
  };
}

/** One chat.completion.chunk: a delta, or (with finish) the last chunk, which also carries the whole Answer. */
export function chunk(meta: CompletionMeta, delta: { role?: 'assistant'; content?: string }, final?: Answer) {
  return {
    ...meta,
    object: 'chat.completion.chunk' as const,
    model: MODEL_ID,
    choices: [
      {
        index: 0,
        delta: final ? { ...delta, ...references(final) } : delta,
        logprobs: null,
        finish_reason: final ? ('stop' as const) : null,
      },
    ],
    ...(final ? { policy: final } : {}),
  };
}

/**
 * Splits verified text into stream pieces at sentence ends and line breaks (at most `size` characters each), so a
 * client shows it progressively; joined, the pieces are exactly the text.
 */
export function pieces(text: string, size = 48): string[] {
  const out: string[] = [];
  let current = '';
  for (const sentence of text.split(/(?<=[。！？；\n.!?;])/u)) {
    for (const ch of Array.from(sentence)) {
      if (current.length >= size) {
        out.push(current);
        current = '';
      }
      current += ch;
    }
    if (current.length >= size / 2) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}
