// The Telegram part of the configuration: present only when TELEGRAM_BOT_TOKEN is set (no token, no bot routes).
import * as z from '../contract/zod';
import type { UserFromGetMe } from 'grammy/types';
import { ConfigError, type Config } from '../config';

export interface TelegramConfig {
  token: string;
  /** Telegram sends it in X-Telegram-Bot-Api-Secret-Token; without it the webhook refuses every request. */
  webhookSecret?: string;
  /** getMe's answer, so a webhook request never has to call getMe first. */
  botInfo?: UserFromGetMe;
  /** https://api.telegram.org, a self-hosted Bot API server, or a test double; no trailing slash. */
  apiRoot: string;
  /** CHAT_MESSAGES_PER_MINUTE: messages and taps per chat (per member in a group), commands included. */
  messagesPerMinute: number;
  /** TELEGRAM_WEBHOOK_TIMEOUT_MS: the webhook answers 200 after this long while the answer finishes. */
  webhookTimeoutMs: number;
}

/** getMe's fields; the flags newer Bot API versions added default to false so an older paste still validates. */
const BotInfo = z.object({
  id: z.int().check(z.positive()),
  is_bot: z.literal(true),
  first_name: z.string().check(z.minLength(1)),
  username: z.string().check(z.minLength(1)),
  last_name: z.optional(z.string()),
  language_code: z.optional(z.string()),
  can_join_groups: z._default(z.boolean(), true),
  can_read_all_group_messages: z._default(z.boolean(), false),
  supports_inline_queries: z._default(z.boolean(), false),
  can_connect_to_business: z._default(z.boolean(), false),
  has_main_web_app: z._default(z.boolean(), false),
  has_topics_enabled: z._default(z.boolean(), false),
  allows_users_to_create_topics: z._default(z.boolean(), false),
  can_manage_bots: z._default(z.boolean(), false),
  supports_join_request_queries: z._default(z.boolean(), false),
});

/**
 * Parses TELEGRAM_BOT_INFO (the JSON printed by `npm run telegram:setup`). Throws ConfigError naming what is wrong.
 * @example parseBotInfo('{"id":1,"is_bot":true,"first_name":"政策助手","username":"szs_policy_bot"}')
 */
function parseBotInfo(json: string): UserFromGetMe {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ConfigError('TELEGRAM_BOT_INFO: not JSON. Paste the getMe result printed by `npm run telegram:setup`, or leave it unset.');
  }
  const parsed = BotInfo.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`TELEGRAM_BOT_INFO: ${lines.join('; ')}. It must be the getMe result of your bot.`);
  }
  return parsed.data;
}

/** Telegram accepts only these characters in a webhook secret token. */
const WebhookSecret = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,256}$/));

/** The Telegram settings, or undefined when no token is configured. */
export function telegramConfig(config: Config): TelegramConfig | undefined {
  if (!config.TELEGRAM_BOT_TOKEN) return undefined;
  if (config.TELEGRAM_WEBHOOK_SECRET && !WebhookSecret.safeParse(config.TELEGRAM_WEBHOOK_SECRET).success) {
    throw new ConfigError('TELEGRAM_WEBHOOK_SECRET: use 1–256 characters A–Z, a–z, 0–9, _ or - (Telegram refuses others).');
  }
  return {
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
    messagesPerMinute: config.CHAT_MESSAGES_PER_MINUTE,
    webhookTimeoutMs: config.TELEGRAM_WEBHOOK_TIMEOUT_MS,
    ...(config.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
    ...(config.TELEGRAM_BOT_INFO ? { botInfo: parseBotInfo(config.TELEGRAM_BOT_INFO) } : {}),
  };
}
