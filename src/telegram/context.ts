// The bot's context: grammY's Context plus the per-chat state kept behind grammY's session storage interface.
import type { Context, SessionFlavor } from 'grammy';
import type { Lang } from '../contract/answer';
import { detectLang } from '../answer/cite';
import type { ChatState } from '../store/telegram-state';

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
