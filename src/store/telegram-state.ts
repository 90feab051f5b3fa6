// Telegram's per-chat state and seen update ids in a KV namespace: Workers KV (SESSIONS), or the SQLite kv table on
// Node (sqlite-kv.ts), so one implementation serves both. A store that fails degrades to answering: the bot never
// goes silent, and never answers 5xx, because KV or SQLite said no.
//
// Dedupe across isolates is best-effort: KV is eventually consistent (a write can take up to a minute to reach other
// locations) and has no compare-and-set, so two isolates that receive the same update at the same moment may both
// answer it. Telegram re-delivers only after a failed or slow webhook call, seconds to minutes later, which KV's
// propagation covers in practice; the memory log in front (createBot) catches repeats that reach the same isolate.
import type { StorageAdapter } from 'grammy';
import type { Logger } from '../contract/logger';
import type { ChatState, TelegramState } from '../telegram/context';
import type { UpdateLog } from '../telegram/context';
import type { KvNamespace } from './bindings';
import { parseChatState } from './session-state';

const DAY_SECONDS = 24 * 60 * 60;
/** A chat's language, session epoch, pending options and /calc progress are kept this long after they last changed. */
const CHAT_TTL_SECONDS = 30 * DAY_SECONDS;
/** Telegram gives up re-delivering an update within a day, so a seen id is not needed longer. */
const UPDATE_TTL_SECONDS = DAY_SECONDS;
/** Last-known values kept per process so an unchanged state is not written back (KV allows one write a second per key). */
const KNOWN_MAX = 1000;

function describe(err: unknown): Record<string, unknown> {
  return err instanceof Error ? { name: err.name, message: err.message } : { message: String(err) };
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
        logger.warn('telegram_state_failed', { op: 'read', ...describe(err) });
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
        logger.warn('telegram_state_failed', { op: 'write', ...describe(err) });
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
        logger.warn('telegram_update_log_failed', { update: updateId, ...describe(err) });
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
