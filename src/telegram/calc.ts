// /calc: the benefit calculator as a short inline-keyboard dialogue — one question per step, the rules decide.
import { InlineKeyboard } from 'grammy';
import type { AnswerDeps } from '../answer/pipeline';
import { moneyAnswer } from '../answer/money';
import type { Clarify, Lang } from '../contract/answer';
import { optionValue } from '../contract/option-value';
import { FACT_QUESTIONS, FactName, Facts } from '../rules/facts';
import { uiLang, type BotContext } from './context';
import { escapeHtml, renderAnswer } from './format';
import { addClarifyButtons, answerKeyboard } from './keyboards';
import { MESSAGES } from './messages';
import { sendHtml } from './reply';

export type CalcDeps = Pick<AnswerDeps, 'corpus' | 'rules' | 'clock'>;

export interface CalcDialogue {
  start(ctx: BotContext): Promise<void>;
  step(ctx: BotContext, fact: string, value: string): Promise<void>;
}

/** A question as a message with one button per answer (k:fact:value). */
function askStep(ctx: BotContext, clarify: Clarify, step: number): Promise<void> {
  const kb = new InlineKeyboard();
  addClarifyButtons(kb, clarify, (fact, value) => ({ kind: 'calc', fact, value }));
  return sendHtml(ctx, [`<b>${step}.</b> ${escapeHtml(clarify.question)}`], kb);
}

/** Adds one answer to the facts so far; undefined when the tap does not fit the facts schema (an old or forged button). */
function withFact(facts: Facts, fact: string, raw: string): Facts | undefined {
  const name = FactName.safeParse(fact);
  if (!name.success) return undefined;
  const value = optionValue(raw);
  const next = Facts.safeParse({ ...facts, [name.data]: name.data === 'subjects' ? [value] : value });
  return next.success ? next.data : undefined;
}

/** The first question: which kind of support (the facts schema's own wording and options). */
function subjectQuestion(lang: Lang): Clarify {
  const q = FACT_QUESTIONS.subjects;
  return { fact: 'subjects', question: q[lang], options: q.options.map((o) => ({ value: String(o.value), label: o[lang] })) };
}

export function calcDialogue(deps: CalcDeps): CalcDialogue {
  return {
    async start(ctx) {
      ctx.session.calc = {};
      await askStep(ctx, subjectQuestion(uiLang(ctx)), 1);
    },

    async step(ctx, fact, value) {
      const lang = uiLang(ctx);
      const facts = ctx.session.calc && withFact(ctx.session.calc, fact, value);
      if (!facts) return void (await ctx.reply(MESSAGES[lang].staleButton));
      const result = moneyAnswer({ corpus: deps.corpus, rules: deps.rules, facts, hints: [], lang, asOf: deps.clock() });
      if (result?.answer.clarify) {
        ctx.session.calc = facts;
        return askStep(ctx, result.answer.clarify, Object.keys(facts).length + 1);
      }
      // Settled (or nothing applies): the rules' own rendering, with the clause buttons, and the dialogue ends.
      ctx.session.calc = undefined;
      if (!result) return void (await ctx.reply(MESSAGES[lang].calcNothing));
      await sendHtml(ctx, renderAnswer(result.answer), answerKeyboard(result.answer, lang));
    },
  };
}
