// What the WeChat and WeCom channels remember per user and per message, in the same key-value store as Telegram's chat
// state (the SESSIONS KV namespace on Workers, the SQLite kv table on Node): keys hold only the keyed hash of the
// OpenID / UserID. A store that fails degrades to answering without memory, and says so in the log.
import * as z from '../contract/zod';
import { parseJsonAs } from '../contract/json';
import { describeError, type Logger } from '../contract/logger';
import { Lang } from '../contract/answer';
import type { KvNamespace } from '../store/bindings';

const DAY_SECONDS = 24 * 60 * 60;
/** Like Telegram's chat state: kept 30 days after the last change. */
const USER_TTL_SECONDS = 30 * DAY_SECONDS;
/** WeChat retries a callback three times within about 15 seconds; an hour covers any late re-delivery. */
const MESSAGE_TTL_SECONDS = 60 * 60;

const ClarifySchema = z.object({
  fact: z.string(),
  question: z.string(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
});

/** One user's conversation state. */
export const UserState = z.object({
  /** Chosen with 「English」/「中文」; unset follows each question's language. */
  lang: z.optional(Lang),
  /** Renewed by 「重新开始」 so the pipeline's session (facts across turns) starts empty. */
  epoch: z.optional(z.string().check(z.maxLength(64))),
  /** The pending question, so a reply of 1/2/3 answers it. */
  clarify: z.optional(ClarifySchema),
  clarifyLang: z.optional(Lang),
  /** The rest of the last long answer, sent on 「全文」. */
  more: z.optional(z.string().check(z.maxLength(20000))),
});
export type UserState = z.infer<typeof UserState>;

/** A message seen before: being answered (elsewhere), or answered with this reply text ('' = no reply). */
export type Seen = { status: 'pending' } | { status: 'done'; reply: string };
const SeenSchema = z.union([z.object({ status: z.literal('pending') }), z.object({ status: z.literal('done'), reply: z.string() })]);

export interface ChannelState {
  user(key: string): Promise<UserState>;
  saveUser(key: string, state: UserState): Promise<void>;
  seen(messageKey: string): Promise<Seen | undefined>;
  markSeen(messageKey: string, seen: Seen): Promise<void>;
}

/**
 * The channel's state under `<prefix>:user:<user key>` and `<prefix>:msg:<message key>` (prefix wx or wc).
 * @example channelState(env.SESSIONS, 'wx', logger)
 */
export function channelState(kv: KvNamespace, prefix: string, logger: Logger): ChannelState {
  const warn = (op: string, err: unknown) =>
    logger.warn(`${prefix === 'wx' ? 'wechat' : 'wecom'}_state_failed`, { op, ...describeError(err) });
  return {
    async user(key) {
      try {
        return parseJsonAs(UserState, await kv.get(`${prefix}:user:${key}`)) ?? {};
      } catch (err) {
        warn('read', err);
        return {};
      }
    },
    async saveUser(key, state) {
      try {
        await kv.put(`${prefix}:user:${key}`, JSON.stringify(state), { expirationTtl: USER_TTL_SECONDS });
      } catch (err) {
        warn('write', err);
      }
    },
    async seen(messageKey) {
      try {
        return parseJsonAs(SeenSchema, await kv.get(`${prefix}:msg:${messageKey}`));
      } catch (err) {
        warn('read', err);
        return undefined;
      }
    },
    async markSeen(messageKey, seen) {
      try {
        await kv.put(`${prefix}:msg:${messageKey}`, JSON.stringify(seen), { expirationTtl: MESSAGE_TTL_SECONDS });
      } catch (err) {
        warn('write', err);
      }
    },
  };
}

/** A KV namespace in this process's memory (tests, and a Worker without SESSIONS); honours expirationTtl. */
export function memoryKv(now: () => number = Date.now, max = 10_000): KvNamespace {
  const entries = new Map<string, { value: string; expires: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry || entry.expires <= now()) return null;
      return entry.value;
    },
    async put(key, value, options = {}) {
      entries.delete(key);
      entries.set(key, { value, expires: now() + (options.expirationTtl ?? 365 * DAY_SECONDS) * 1000 });
      const oldest = entries.keys().next();
      if (entries.size > max && !oldest.done) entries.delete(oldest.value);
    },
  };
}
