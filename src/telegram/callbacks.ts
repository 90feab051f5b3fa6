// Button taps: every one is acknowledged (answerCallbackQuery) first, so the client's spinner stops at once.
import { Composer } from 'grammy';
import type { Corpus } from '../corpus/load';
import { replyWording } from '../rules/facts';
import { askAndReply, type AskDeps } from './ask';
import { decodeTap, type Tap } from './callback-data';
import { sendClause } from './clause';
import { uiLang, type BotContext } from './context';
import { starterKeyboard } from './keyboards';
import { MESSAGES } from './messages';
import { findPersona } from './starters';

export interface CallbackDeps extends AskDeps {
  corpus: Corpus;
  /** One /calc step (fact = value), see calc.ts. */
  calcStep: (ctx: BotContext, fact: string, value: string) => Promise<void>;
}

type TapOf<K extends Tap['kind']> = Extract<Tap, { kind: K }>;

/** 查看原文: the clause's text. */
async function onClause(ctx: BotContext, tap: TapOf<'clause'>, deps: CallbackDeps): Promise<void> {
  await ctx.answerCallbackQuery();
  await sendClause(ctx, deps.corpus, tap.id, uiLang(ctx));
}

/**
 * An answer to the clarifying question last asked, by fact:value or (when that would not fit in callback_data) by
 * position. Only that question can be answered: a bare "是" means nothing to an older one.
 */
async function onOption(ctx: BotContext, tap: TapOf<'option'> | TapOf<'optionIndex'>, deps: CallbackDeps): Promise<void> {
  const clarify = ctx.session.clarify;
  const option =
    tap.kind === 'option'
      ? clarify?.fact === tap.fact
        ? clarify.options.find((o) => o.value === tap.value)
        : undefined
      : clarify?.options[tap.index];
  if (!clarify || !option) return stale(ctx);
  const answerLang = ctx.session.clarifyLang ?? uiLang(ctx);
  const reply = replyWording(clarify.fact, option, answerLang);
  await ctx.answerCallbackQuery({ text: MESSAGES[answerLang].chosen(reply) });
  await askAndReply(ctx, deps, reply, answerLang);
}

/** /lang's choice: kept for the chat and confirmed in the new language. */
async function onLang(ctx: BotContext, tap: TapOf<'lang'>): Promise<void> {
  ctx.session.lang = tap.lang;
  await ctx.answerCallbackQuery({ text: MESSAGES[tap.lang].langSet });
  await ctx.reply(MESSAGES[tap.lang].langSet);
}

/** /start's kind of user: that persona's starter questions as buttons. */
async function onPersona(ctx: BotContext, tap: TapOf<'persona'>): Promise<void> {
  const persona = findPersona(tap.persona);
  const lang = uiLang(ctx);
  await ctx.answerCallbackQuery();
  if (persona) await ctx.reply(MESSAGES[lang].personaPrompt, { reply_markup: starterKeyboard(persona, lang) });
}

/** A starter question, asked as if typed. */
async function onStarter(ctx: BotContext, tap: TapOf<'starter'>, deps: CallbackDeps): Promise<void> {
  const question = findPersona(tap.persona)?.questions[uiLang(ctx)][tap.index];
  if (!question) return stale(ctx);
  await ctx.answerCallbackQuery();
  await askAndReply(ctx, deps, question);
}

/** One step of /calc. */
async function onCalc(ctx: BotContext, tap: TapOf<'calc'>, deps: CallbackDeps): Promise<void> {
  await ctx.answerCallbackQuery();
  await deps.calcStep(ctx, tap.fact, tap.value);
}

/** A button this bot no longer knows (an old message, a forged tap): acknowledged with a short notice. */
async function stale(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: MESSAGES[uiLang(ctx)].staleButton });
}

/** Routes each tap to the one handler for its kind (test/telegram/taps.test.ts has a test per kind). */
export function callbacks(deps: CallbackDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('callback_query:data', (ctx) => {
    const tap = decodeTap(ctx.callbackQuery.data);
    switch (tap?.kind) {
      case 'clause':
        return onClause(ctx, tap, deps);
      case 'option':
      case 'optionIndex':
        return onOption(ctx, tap, deps);
      case 'lang':
        return onLang(ctx, tap);
      case 'persona':
        return onPersona(ctx, tap);
      case 'starter':
        return onStarter(ctx, tap, deps);
      case 'calc':
        return onCalc(ctx, tap, deps);
      case undefined:
        return stale(ctx);
    }
  });
  return c;
}
