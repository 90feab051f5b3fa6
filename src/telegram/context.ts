// The bot's context: grammY's Context plus the per-chat state kept behind grammY's session storage interface.
import type { Context, SessionFlavor, StorageAdapter } from 'grammy';
import type { Clarify, Lang } from '../contract/answer';
import { detectLang } from '../answer/cite';
import type { Facts } from '../rules/facts';

/** Remembers recent update ids; a durable store can implement the same interface on Workers. */
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

/** Where a bot keeps chat state and seen update ids beyond one process: KV on Workers, SQLite on Node (src/store/telegram-state.ts). */
export interface TelegramState {
  chats: StorageAdapter<ChatState>;
  updates: UpdateLog;
}

interface ChatKeyFlavor {
  /** tg:<hmac of chat id>, set by the first middleware; undefined for updates without a chat. The per-chat limit's key. */
  chatKey?: string;
  /**
   * Whose state this update reads and writes: the chat key in a private chat; in a group, a key of the chat AND the
   * user (tg:<hmac of chat id:user id>), so one member's facts, language and pending question are not another's.
   */
  stateKey?: string;
}

export type BotContext = Context & SessionFlavor<ChatState> & ChatKeyFlavor;

/** The pipeline session id for a chat (a chat member in groups): the hashed key, renewed by /new. */
export function sessionIdOf(ctx: BotContext): string | undefined {
  if (!ctx.stateKey) return undefined;
  return ctx.session.epoch ? `${ctx.stateKey}.${ctx.session.epoch}` : ctx.stateKey;
}

/** The language for the bot's own words: the /lang choice, else the question's language, else the user's app language. */
export function uiLang(ctx: BotContext, text?: string): Lang {
  const chosen = ctx.stateKey ? ctx.session.lang : undefined;
  if (chosen) return chosen;
  if (text) return detectLang(text);
  const code = ctx.from?.language_code;
  return !code || code.startsWith('zh') ? 'zh' : 'en';
}
