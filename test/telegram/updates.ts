// Runtime-neutral Telegram fixtures (Node and workerd): the test bot's configuration and Update builders.
import type { Update, UserFromGetMe } from 'grammy/types';
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

export const TELEGRAM: TelegramConfig = {
  token: TOKEN,
  webhookSecret: SECRET,
  botInfo: BOT_INFO,
  apiRoot: API_ROOT,
  messagesPerMinute: 10,
  webhookTimeoutMs: 8000,
};

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
      ...(options.replyToBot ? { reply_to_message: { message_id: 5, date: 1_699_999_000, chat, from: BOT_INFO, text: '…' } as never } : {}),
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
