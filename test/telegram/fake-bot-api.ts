// A fake Bot API as a plain Request → Response function, so msw (Node) and a stubbed fetch (workerd) serve the same
// replies: every call is recorded, `script` queues non-default replies per method, and the views say what a user saw.
import { expect } from 'vitest';
import { CALLBACK_DATA_MAX_BYTES, byteLength } from '../../src/telegram/callback-data';
import { TOKEN } from './updates';

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
}

/** A scripted reply for one call: the Bot API's JSON and HTTP status. */
export type Scripted = { status: number; json: Record<string, unknown> };

/** Every Bot API call made, in order; `script` queues non-default replies per method. */
export const calls: ApiCall[] = [];
const scripts = new Map<string, Scripted[]>();

export function script(method: string, ...replies: Scripted[]): void {
  scripts.set(method, [...(scripts.get(method) ?? []), ...replies]);
}

export function resetApi(): void {
  calls.length = 0;
  scripts.clear();
}

let nextMessageId = 1000;

function defaultResult(method: string, body: Record<string, unknown>): unknown {
  if (method === 'sendMessage') {
    return { message_id: nextMessageId++, date: 1_700_000_000, chat: { id: body['chat_id'], type: 'private' }, text: body['text'] };
  }
  if (method === 'getMe') return undefined; // botInfo is configured: a getMe call is a bug, answered with 404 below
  return true;
}

/**
 * Answers one Bot API call (`POST <root>/bot<token>/<method>`) and records it. Status and JSON rather than a Response,
 * so each runtime builds its own (msw's HttpResponse on Node, where grammY reads it through node-fetch).
 */
export async function botApi(request: Request): Promise<Scripted> {
  const url = new URL(request.url);
  expect(url.pathname.startsWith(`/bot${TOKEN}/`)).toBe(true);
  const method = url.pathname.split('/').pop() ?? '';
  const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
  calls.push({ method, body });
  const scripted = scripts.get(method)?.shift();
  if (scripted) return scripted;
  const result = defaultResult(method, body);
  if (result === undefined) return { status: 404, json: { ok: false, error_code: 404, description: 'Not Found' } };
  return { status: 200, json: { ok: true, result } };
}

/** What the user saw: the text of each sendMessage, with the HTML entities turned back into characters. */
export function sentTexts(): string[] {
  return calls.filter((c) => c.method === 'sendMessage').map((c) => unescapeHtml(stripTags(String(c.body['text']))));
}

export function sent(method: string): ApiCall[] {
  return calls.filter((c) => c.method === method);
}

export function stripTags(html: string): string {
  return html.replace(/<\/?b>/g, '');
}

export function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

interface Button {
  text: string;
  callback_data?: string;
}

/** The inline buttons of a sent message (and a check that every callback_data fits Telegram's 64 bytes). */
export function buttonsOf(call: ApiCall | undefined): Button[] {
  const markup = call?.body['reply_markup'] as { inline_keyboard?: Button[][] } | undefined;
  const buttons = markup?.inline_keyboard?.flat() ?? [];
  for (const b of buttons) expect(byteLength(b.callback_data ?? '')).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
  return buttons;
}
