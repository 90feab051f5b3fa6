// A fake Bot API (msw at the configured TELEGRAM_API_ROOT) that records every call, plus update builders.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Update, UserFromGetMe } from 'grammy/types';
import { expect } from 'vitest';
import { CALLBACK_DATA_MAX_BYTES, byteLength } from '../../src/telegram/callback-data';
import type { TelegramConfig } from '../../src/telegram/config';

export const API_ROOT = 'https://bot-api.test';
export const TOKEN = '123456:TEST-token';
export const SECRET = 'webhook_secret-42';

export const BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: '石嘴山人才政策',
  username: 'szs_policy_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export const TELEGRAM: TelegramConfig = { token: TOKEN, webhookSecret: SECRET, botInfo: BOT_INFO, apiRoot: API_ROOT };

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

export const server = setupServer(
  // A RegExp, because the token's ':' would read as a path parameter in msw's string patterns.
  http.post(/^https:\/\/bot-api\.test\/bot[^/]+\/\w+$/, async ({ request }) => {
    const url = new URL(request.url);
    expect(url.pathname.startsWith(`/bot${TOKEN}/`)).toBe(true);
    const method = url.pathname.split('/').pop() ?? '';
    const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
    calls.push({ method, body });
    const scripted = scripts.get(method)?.shift();
    if (scripted) return HttpResponse.json(scripted.json, { status: scripted.status });
    const result = defaultResult(method, body);
    if (result === undefined) return HttpResponse.json({ ok: false, error_code: 404, description: 'Not Found' }, { status: 404 });
    return HttpResponse.json({ ok: true, result });
  }),
);

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
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
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

let updateId = 1;

export function nextUpdateId(): number {
  return updateId++;
}

export const USER = { id: 777, is_bot: false, first_name: 'Li', language_code: 'zh-hans' };
export const PRIVATE_CHAT = { id: 777, type: 'private' as const, first_name: 'Li' };
export const GROUP_CHAT = { id: -100200, type: 'supergroup' as const, title: '人才工作群' };

export function textUpdate(
  text: string,
  options: { chat?: typeof PRIVATE_CHAT | typeof GROUP_CHAT; updateId?: number; replyToBot?: boolean } = {},
): Update {
  const chat = options.chat ?? PRIVATE_CHAT;
  const entities = [
    ...(text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]!.length }] : []),
    ...[...text.matchAll(/@\w+/g)].map((m) => ({ type: 'mention' as const, offset: m.index, length: m[0].length })),
  ];
  return {
    update_id: options.updateId ?? nextUpdateId(),
    message: {
      message_id: 10 + updateId,
      date: 1_700_000_000,
      chat,
      from: USER,
      text,
      ...(entities.length ? { entities } : {}),
      ...(options.replyToBot
        ? { reply_to_message: { message_id: 5, date: 1_699_999_000, chat, from: BOT_INFO, text: '…' } as never }
        : {}),
    },
  } as Update;
}

export function tapUpdate(data: string, chat: typeof PRIVATE_CHAT | typeof GROUP_CHAT = PRIVATE_CHAT): Update {
  return {
    update_id: nextUpdateId(),
    callback_query: {
      id: `cb${updateId}`,
      from: USER,
      chat_instance: 'ci',
      data,
      message: { message_id: 99, date: 1_700_000_000, chat, from: BOT_INFO, text: '…' },
    },
  } as Update;
}
