// A question from a chat (typed, a starter tap or a clarifying option) → the one pipeline → the rendered answer.
import type { Logger } from '../contract/logger';
import type { Answer, ChatRequest, Lang } from '../contract/answer';
import { describeTelegramError } from './apology';
import { sessionIdOf, uiLang, type BotContext } from './context';
import { renderAnswer } from './format';
import { answerKeyboard } from './keyboards';
import { MESSAGES } from './messages';
import { sendHtml } from './reply';
import { withTyping, type TypingOptions } from './typing';

/** The same limit as POST /api/chat, so both channels accept the same questions. */
const MAX_QUESTION_LENGTH = 2000;

export interface AskDeps {
  ask(request: ChatRequest): Promise<Answer>;
  typing: TypingOptions;
  logger: Logger;
}

/** Answers one question in the chat of `ctx` (the chat's rate limit ran before: limitPerChat); `answerLang` pins the language. */
export async function askAndReply(ctx: BotContext, deps: AskDeps, question: string, answerLang?: Lang): Promise<void> {
  const message = question.trim();
  const lang = answerLang ?? uiLang(ctx, message);
  if (!message) return void (await ctx.reply(MESSAGES[lang].emptyQuestion));
  if (message.length > MAX_QUESTION_LENGTH) return void (await ctx.reply(MESSAGES[lang].tooLong(MAX_QUESTION_LENGTH)));

  const sessionId = sessionIdOf(ctx);
  const pinned = answerLang ?? ctx.session.lang;
  const request: ChatRequest = { message, channel: 'telegram', ...(sessionId ? { sessionId } : {}), ...(pinned ? { lang: pinned } : {}) };
  const result = await withTyping(
    () => ctx.replyWithChatAction('typing'),
    () => deps.ask(request),
    deps.typing,
    (err) => deps.logger.warn('telegram_typing_failed', describeTelegramError(err)),
  );
  // Kept so a tap on an option whose value did not fit in callback_data can still be resolved.
  ctx.session.clarify = result.clarify;
  ctx.session.clarifyLang = result.clarify ? result.lang : undefined;
  await sendHtml(ctx, renderAnswer(result), answerKeyboard(result, result.lang));
}
