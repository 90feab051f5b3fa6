// In groups every button belongs to the person whose message produced it: its callback_data ends in ~<their user id
// in base 36>. A tap by anyone else gets a short notice and changes nothing; the handlers never see the tag.
import type { MiddlewareFn, Transformer } from 'grammy';
import { byteLength, CALLBACK_DATA_MAX_BYTES } from './callback-data';
import { uiLang, type BotContext } from './context';
import { MESSAGES } from './messages';

const TAGGED = /~([0-9a-z]{1,11})$/;

export function isGroup(ctx: BotContext): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}

type Button = { callback_data?: string } & Record<string, unknown>;

/** The payload with every inline button's callback_data tagged with `owner`. */
function tagged(payload: unknown, owner: string): unknown {
  const markup = (payload as { reply_markup?: { inline_keyboard?: Button[][] } } | undefined)?.reply_markup;
  if (!markup?.inline_keyboard) return payload;
  const inline_keyboard = markup.inline_keyboard.map((row) =>
    row.map((b) => {
      const data = b.callback_data;
      if (data === undefined) return b;
      const next = `${data}~${owner}`;
      return byteLength(next) <= CALLBACK_DATA_MAX_BYTES ? { ...b, callback_data: next } : b;
    }),
  );
  return { ...(payload as object), reply_markup: { ...markup, inline_keyboard } };
}

/** In groups: buttons sent while handling this update belong to the user who sent it. */
export function tagButtons(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const from = ctx.from?.id;
    if (isGroup(ctx) && from !== undefined) {
      const owner = from.toString(36);
      const transformer: Transformer = (prev, method, payload, signal) => prev(method, tagged(payload, owner) as typeof payload, signal);
      ctx.api.config.use(transformer);
    }
    await next();
  };
}

/** A tap on someone else's button: a notice to the one who tapped, nothing else. Removes the tag for the handlers. */
export function checkOwner(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const query = ctx.callbackQuery;
    const match = query?.data ? TAGGED.exec(query.data) : null;
    if (!query || !match) return next();
    if (match[1] !== query.from.id.toString(36)) {
      await ctx.answerCallbackQuery({ text: MESSAGES[uiLang(ctx)].notYourButton, show_alert: false });
      return;
    }
    query.data = query.data?.slice(0, match.index);
    return next();
  };
}
