// In groups the bot speaks only when spoken to: commands, an @mention, or a reply to one of its messages.
import type { MiddlewareFn } from 'grammy';
import type { Message, UserFromGetMe } from 'grammy/types';
import type { BotContext } from './context';

/** Whether a group message is addressed to this bot. */
function addressesBot(message: Message, me: UserFromGetMe): boolean {
  if (message.reply_to_message?.from?.id === me.id) return true;
  const text = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];
  return entities.some((e) => {
    const part = text.slice(e.offset, e.offset + e.length);
    if (e.type === 'mention') return part.toLowerCase() === `@${me.username.toLowerCase()}`;
    if (e.type === 'text_mention') return e.user.id === me.id;
    // /cmd@thisbot or a bare /cmd at the start; /cmd@otherbot is for another bot.
    if (e.type === 'bot_command') return e.offset === 0 && !forAnotherBot(message, me);
    return false;
  });
}

/** A message that starts with /cmd@otherbot: addressed to another bot, in any chat. */
function forAnotherBot(message: Message, me: UserFromGetMe): boolean {
  const text = message.text ?? message.caption ?? '';
  const first = (message.entities ?? message.caption_entities ?? []).find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!first) return false;
  const at = text.slice(0, first.length).split('@')[1];
  return at !== undefined && at.toLowerCase() !== me.username.toLowerCase();
}

/** Removes @thisbot from a question so it does not disturb retrieval. */
export function stripMention(text: string, me: UserFromGetMe): string {
  return text
    .replace(new RegExp(`@${me.username}\\b`, 'gi'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lets private chats and button taps through; in groups, only messages addressed to the bot. */
export function groupFilter(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const type = ctx.chat?.type;
    const inGroup = type === 'group' || type === 'supergroup';
    if (ctx.message && forAnotherBot(ctx.message, ctx.me)) return;
    if (!inGroup || ctx.callbackQuery || (ctx.message && addressesBot(ctx.message, ctx.me))) await next();
  };
}
