// Button taps: every one is acknowledged (answerCallbackQuery) first, so the client's spinner stops at once.
import { Composer } from 'grammy';
import type { Corpus } from '../corpus/load';
import { replyWording } from '../rules/facts';
import { askAndReply, type AskDeps } from './ask';
import { decodeTap } from './callback-data';
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

export function callbacks(deps: CallbackDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.on('callback_query:data', async (ctx) => {
    const tap = decodeTap(ctx.callbackQuery.data);
    const lang = uiLang(ctx);
    const t = MESSAGES[lang];
    switch (tap?.kind) {
      case 'clause':
        await ctx.answerCallbackQuery();
        return sendClause(ctx, deps.corpus, tap.id, lang);
      case 'option':
      case 'optionIndex': {
        const clarify = ctx.session.clarify;
        const option =
          tap.kind === 'option'
            ? clarify?.fact === tap.fact
              ? clarify.options.find((o) => o.value === tap.value)
              : undefined
            : clarify?.options[tap.index];
        // Only the question last asked can be answered: a bare "是" means nothing to an older question.
        if (!clarify || !option) return void (await ctx.answerCallbackQuery({ text: t.staleButton }));
        const answerLang = ctx.session.clarifyLang ?? lang;
        const reply = replyWording(clarify.fact, option, answerLang);
        await ctx.answerCallbackQuery({ text: MESSAGES[answerLang].chosen(reply) });
        return askAndReply(ctx, deps, reply, answerLang);
      }
      case 'lang':
        ctx.session.lang = tap.lang;
        await ctx.answerCallbackQuery({ text: MESSAGES[tap.lang].langSet });
        return void (await ctx.reply(MESSAGES[tap.lang].langSet));
      case 'persona': {
        const persona = findPersona(tap.persona);
        await ctx.answerCallbackQuery();
        if (persona) await ctx.reply(t.personaPrompt, { reply_markup: starterKeyboard(persona, lang) });
        return;
      }
      case 'starter': {
        const question = findPersona(tap.persona)?.questions[lang][tap.index];
        if (!question) return void (await ctx.answerCallbackQuery({ text: t.staleButton }));
        await ctx.answerCallbackQuery();
        return askAndReply(ctx, deps, question);
      }
      case 'calc':
        await ctx.answerCallbackQuery();
        return deps.calcStep(ctx, tap.fact, tap.value);
      case undefined:
        return void (await ctx.answerCallbackQuery({ text: t.staleButton }));
    }
  });

  return c;
}
