// In groups every button belongs to the person whose message produced it: its callback_data ends in ~<their user id
// in base 36>. A tap by anyone else gets a short notice and changes nothing; the handlers never see the tag.
import type { MiddlewareFn, Transformer } from 'grammy';
import * as z from '../contract/zod';
import { byteLength, CALLBACK_DATA_MAX_BYTES } from './callback-data';
import { uiLang, type BotContext } from './context';
import { MESSAGES } from './messages';

const TAGGED = /~([0-9a-z]{1,11})$/;

export function isGroup(ctx: BotContext): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}

/** The part of a Bot API payload that carries inline buttons; everything else passes through untouched. */
const WithKeyboard = z.looseObject({
  reply_markup: z.looseObject({
    inline_keyboard: z.array(z.array(z.looseObject({ callback_data: z.optional(z.string()) }))),
  }),
});

/** The payload with every inline button's callback_data tagged with `owner`. */
function tagged<P>(payload: P, owner: string): P {
  const parsed = WithKeyboard.safeParse(payload);
  if (!parsed.success) return payload;
  const markup = parsed.data.reply_markup;
  const inline_keyboard = markup.inline_keyboard.map((row) =>
    row.map((b) => {
      const data = b.callback_data;
      if (data === undefined) return b;
      const next = `${data}~${owner}`;
      return byteLength(next) <= CALLBACK_DATA_MAX_BYTES ? { ...b, callback_data: next } : b;
    }),
  );
  // The same payload (the loose parse keeps every field) with only callback_data strings longer; grammY's Transformer
  // must return the method's own payload type, which a parsed copy cannot name.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- see above
  return { ...parsed.data, reply_markup: { ...markup, inline_keyboard } } as P;
}

/** In groups: buttons sent while handling this update belong to the user who sent it. */
export function tagButtons(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const from = ctx.from?.id;
    if (isGroup(ctx) && from !== undefined) {
      const owner = from.toString(36);
      const transformer: Transformer = (prev, method, payload, signal) => prev(method, tagged(payload, owner), signal);
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
