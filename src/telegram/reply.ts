// Sending rendered text: HTML parse mode, no link previews, the keyboard under the last part, replies in groups.
import type { InlineKeyboard } from 'grammy';
import type { BotContext } from './context';

/** Sends HTML parts in order; the keyboard goes under the last part so it stays next to the question it asks. */
export async function sendHtml(ctx: BotContext, parts: string[], keyboard?: InlineKeyboard): Promise<void> {
  const inGroup = ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
  const replyTo = inGroup ? ctx.message?.message_id : undefined;
  for (const [i, html] of parts.entries()) {
    const last = i === parts.length - 1;
    await ctx.reply(html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
      // In a busy group, thread the first part to the question it answers.
      ...(i === 0 && replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    });
  }
}
