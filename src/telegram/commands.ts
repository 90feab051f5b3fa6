// The slash commands: what each does, and the list setMyCommands registers (so menu and handlers cannot drift apart).
import { Composer } from 'grammy';
import type { Lang } from '../contract/answer';
import type { Corpus } from '../corpus/load';
import { sendClause } from './clause';
import { uiLang, type BotContext } from './context';
import { langKeyboard, personaKeyboard } from './keyboards';
import { MESSAGES } from './messages';
import { sendHtml } from './reply';
import { renderText } from './format';

/** The command menu, in both languages (the setup script registers one list per language). */
export const COMMANDS: { command: string; description: Record<Lang, string> }[] = [
  { command: 'start', description: { zh: '开始：能做什么、常见问题', en: 'What I can do, starter questions' } },
  { command: 'help', description: { zh: '使用说明', en: 'How to use me' } },
  { command: 'clause', description: { zh: '查看条款原文，如 /clause 12', en: 'Text of a clause, e.g. /clause 12' } },
  { command: 'calc', description: { zh: '补贴计算器', en: 'Benefit calculator' } },
  { command: 'lang', description: { zh: '切换语言 中文 / English', en: 'Language: 中文 / English' } },
  { command: 'new', description: { zh: '清除对话，重新开始', en: 'Forget this conversation' } },
];

export interface CommandDeps {
  corpus: Corpus;
  /** Starts the /calc dialogue (calc.ts). */
  startCalc: (ctx: BotContext) => Promise<void>;
  /** Makes a fresh session epoch (random, so old facts cannot be reached again). */
  newEpoch: () => string;
}

export function commands(deps: CommandDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command('start', async (ctx) => {
    const lang = uiLang(ctx);
    await sendHtml(ctx, renderText(MESSAGES[lang].start), personaKeyboard(lang));
  });

  c.command('help', (ctx) => sendHtml(ctx, renderText(MESSAGES[uiLang(ctx)].help)));

  c.command('clause', (ctx) => sendClause(ctx, deps.corpus, ctx.match, uiLang(ctx)));

  c.command('lang', (ctx) => ctx.reply(MESSAGES[uiLang(ctx)].chooseLang, { reply_markup: langKeyboard() }));

  c.command('new', async (ctx) => {
    // Keep the language choice: it is a preference, not part of the conversation.
    ctx.session = { ...(ctx.session.lang ? { lang: ctx.session.lang } : {}), epoch: deps.newEpoch() };
    await ctx.reply(MESSAGES[uiLang(ctx)].newSession);
  });

  c.command('calc', (ctx) => deps.startCalc(ctx));

  return c;
}
