// Client chat transport: asks with "stream": true, reads SSE delta/answer events, or takes plain JSON.
import type { Answer, Lang } from '../../../contract/answer';
import { HttpProblem, postJson, trusted } from './core';

function deltaText(data: string): string {
  try {
    const v: unknown = JSON.parse(data);
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text;
    return '';
  } catch {
    return data;
  }
}

export interface ChatPayload {
  message: string;
  sessionId?: string;
  lang?: Lang;
}

/**
 * Resolves with the final, validated answer; onDelta sees streamed text first. A failure before the server replied is
 * 'network' (not sent); a break after it replied is 'dropped' (sent, the answer cut off); a stop is 'aborted'.
 */
export async function askServer(payload: ChatPayload, onDelta: (d: string) => void, signal?: AbortSignal): Promise<Answer> {
  const res = await postJson('/api/chat', { stream: true, ...payload }, 'text/event-stream, application/json', signal);
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('text/event-stream') || !res.body) {
    try {
      return trusted<Answer>(await res.json());
    } catch {
      throw new HttpProblem(signal?.aborted ? 'aborted' : 'dropped', res.status);
    }
  }
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  let buf = '';
  let final: Answer | null = null;
  let failed: HttpProblem | null = null;
  const handle = (block: string) => {
    let ev = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) ev = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    const d = data.join('\n');
    if (ev === 'delta') onDelta(deltaText(d));
    else if (ev === 'answer') {
      try {
        final = trusted<Answer>(JSON.parse(d));
      } catch {
        failed = new HttpProblem('dropped', 200);
      }
    } else if (ev === 'error') failed = new HttpProblem('server', 500, deltaText(d));
  };
  try {
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      buf += dec.decode(r.value, { stream: true });
      const parts = buf.split(/\r?\n\r?\n/);
      buf = parts.pop() ?? '';
      parts.forEach(handle);
    }
  } catch {
    throw new HttpProblem(signal?.aborted ? 'aborted' : 'dropped', 200);
  }
  if (buf.trim()) handle(buf);
  if (final) return final;
  throw failed ?? new HttpProblem('dropped', 200);
}
