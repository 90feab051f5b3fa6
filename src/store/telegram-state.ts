// Telegram's per-chat state and seen update ids in a KV namespace: Workers KV (SESSIONS), or the SQLite kv table on
// Node (sqlite-kv.ts), so one implementation serves both. A store that fails degrades to answering: the bot never
// goes silent, and never answers 5xx, because KV or SQLite said no.
//
// Dedupe across isolates is best-effort: KV is eventually consistent (a write can take up to a minute to reach other
// locations) and has no compare-and-set, so two isolates that receive the same update at the same moment may both
// answer it. Telegram re-delivers only after a failed or slow webhook call, seconds to minutes later, which KV's
// propagation covers in practice; the memory log in front (createBot) catches repeats that reach the same isolate.
import type { StorageAdapter } from 'grammy';
import * as z from '../contract/zod';
import { Lang, type Clarify } from '../contract/answer';
import { parseJsonAs } from '../contract/json';
import { describeError, type Logger } from '../contract/logger';
import { Facts } from '../rules/facts';
import type { KvNamespace } from './bindings';

/** Remembers recent update ids (memory in the bot, KV or SQLite here). */
export interface UpdateLog {
  /** true the first time an id is seen (and records it), false afterwards. */
  firstSight(updateId: number): boolean | Promise<boolean>;
}

/** What the bot remembers per chat (keyed by the hashed chat id; never names or usernames). */
export interface ChatState {
  /** Chosen with /lang; unset means "follow the language of each question". */
  lang?: Lang;
  /** Changed by /new so the pipeline's session (facts carried across turns) starts empty. */
  epoch?: string;
  /** The last clarifying question, so a tap on an option whose value did not fit in callback_data still resolves. */
  clarify?: Clarify;
  /** The language of the answer that asked it: a tap replies in that language, so the follow-up answer keeps it. */
  clarifyLang?: Lang;
  /** Facts gathered so far by the /calc dialogue (the rules' facts schema). */
  calc?: Facts;
}

/** Where a bot keeps chat state and seen update ids beyond one process: KV on Workers, SQLite on Node. */
export interface TelegramState {
  chats: StorageAdapter<ChatState>;
  updates: UpdateLog;
}

const DAY_SECONDS = 24 * 60 * 60;
/** A chat's language, session epoch, pending options and /calc progress are kept this long after they last changed. */
const CHAT_TTL_SECONDS = 30 * DAY_SECONDS;
/** Telegram gives up re-delivering an update within a day, so a seen id is not needed longer. */
const UPDATE_TTL_SECONDS = DAY_SECONDS;
/** Last-known values kept per process so an unchanged state is not written back (KV allows one write a second per key). */
const KNOWN_MAX = 1000;

const ClarifySchema = z.object({
  fact: z.string(),
  question: z.string(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
});

/** Telegram's per-chat state (ChatState above) as it may be stored. */
const ChatStateSchema = z.object({
  lang: z.optional(Lang),
  epoch: z.optional(z.string().check(z.maxLength(64))),
  clarify: z.optional(ClarifySchema),
  clarifyLang: z.optional(Lang),
  calc: z.optional(Facts),
});

/** The stored text as a chat's state, or undefined when it is not one (the chat then starts fresh). */
function parseChatState(text: string | null | undefined): ChatState | undefined {
  return parseJsonAs(ChatStateSchema, text);
}

/**
 * grammY session storage for ChatState under `tg:chat:<chat key>` (the chat key is already a keyed hash, never the id).
 * A read that fails starts the chat fresh for this update and skips its write-back, so a stored choice is not
 * overwritten by the empty state; a failed write loses only this update's change. Both are logged.
 */
function kvChatStorage(kv: KvNamespace, logger: Logger, ttlSeconds = CHAT_TTL_SECONDS): StorageAdapter<ChatState> {
  const known = new Map<string, string>();
  const unreadable = new Set<string>();
  const remember = (key: string, json: string) => {
    known.delete(key);
    known.set(key, json);
    const oldest = known.keys().next();
    if (known.size > KNOWN_MAX && !oldest.done) known.delete(oldest.value);
  };
  return {
    async read(key) {
      try {
        const text = await kv.get(`tg:chat:${key}`);
        unreadable.delete(key);
        const state = parseChatState(text);
        if (state) remember(key, JSON.stringify(state));
        else known.delete(key);
        return state;
      } catch (err) {
        unreadable.add(key);
        logger.warn('telegram_state_failed', { op: 'read', ...describeError(err) });
        return undefined;
      }
    },
    async write(key, value) {
      if (unreadable.delete(key)) return logger.warn('telegram_state_skipped', { op: 'write', reason: 'the read failed' });
      const json = JSON.stringify(value);
      if (known.get(key) === json) return;
      try {
        await kv.put(`tg:chat:${key}`, json, { expirationTtl: ttlSeconds });
        remember(key, json);
      } catch (err) {
        logger.warn('telegram_state_failed', { op: 'write', ...describeError(err) });
      }
    },
    async delete(key) {
      // grammY deletes a session set to null; this bot never does, and an empty state expires on its own.
      await this.write(key, {});
    },
  };
}

/** Seen update ids under `tg:update:<id>`; a failing store counts every update as new (answer rather than drop). */
function kvUpdateLog(kv: KvNamespace, logger: Logger, ttlSeconds = UPDATE_TTL_SECONDS): UpdateLog {
  return {
    async firstSight(updateId) {
      const key = `tg:update:${updateId}`;
      try {
        if ((await kv.get(key)) !== null) return false;
        await kv.put(key, '1', { expirationTtl: ttlSeconds });
      } catch (err) {
        logger.warn('telegram_update_log_failed', { update: updateId, ...describeError(err) });
      }
      return true;
    },
  };
}

/**
 * The bot's durable state in one namespace (createBot puts its memory log in front of `updates`).
 * @example telegramState(env.SESSIONS, logger) // Workers; Node: telegramState(sqliteKv(db), logger)
 */
export function telegramState(kv: KvNamespace, logger: Logger): TelegramState {
  return { chats: kvChatStorage(kv, logger), updates: kvUpdateLog(kv, logger) };
}
