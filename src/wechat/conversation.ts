// One incoming WeChat/WeCom message → the reply text: commands (全文, 原文12, 1/2/3, English, 重新开始, 帮助), events and
// media are handled here; every question goes to the one answer() and comes back through renderWechat. No amount or
// citation logic lives in the channel.
import type { Answer, ChatRequest, Lang } from '../contract/answer';
import { detectLang } from '../answer/cite';
import type { Corpus } from '../corpus/load';
import { replyWording } from '../rules/facts';
import { WECHAT_MESSAGES } from './messages';
import { renderLong, renderWechat, splitReplies, type Rendered } from './render';
import type { UserState } from './state';
import type { CallbackMessage } from './protocol/xml';

/** The same limit as POST /api/chat and Telegram. */
const MAX_QUESTION_LENGTH = 2000;

export interface ConversationDeps {
  corpus: Corpus;
  /** answer() with this message's time budget and channel already applied. */
  ask(request: ChatRequest): Promise<Answer>;
  channel: 'wechat' | 'wecom';
  /** Customer-service messages are configured: the rest of a long answer is pushed rather than kept for 「全文」. */
  pushRest?: boolean;
}

export interface Turn {
  /** The text to send ('' = no reply, e.g. for an unsubscribe event). */
  reply: string;
  /** The user's state after this turn (undefined: unchanged). */
  state?: UserState;
  /** The rest of a long answer, to send as customer-service messages after the passive reply. */
  push?: string[];
}

const FULLWIDTH_DIGIT = /[０-９]/g;
const normalise = (text: string) => text.trim().replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** 原文12, 原文 第12条, 原文g1 → the part id. */
const CLAUSE_COMMAND = /^原文\s*第?\s*([0-9]{1,2}|notice|g1|g2|final)\s*条?$/i;

function clauseText(corpus: Corpus, id: string, lang: Lang): string | undefined {
  const clause = corpus.byId.get(id.toLowerCase());
  if (!clause) return undefined;
  const t = WECHAT_MESSAGES[lang];
  const departments = [
    clause.lead.length ? t.lead(clause.lead.join('、')) : '',
    clause.cooperate.length ? t.cooperate(clause.cooperate.join('、')) : '',
  ]
    .filter(Boolean)
    .join('\n');
  return [clause.section ? `${clause.label}\n${clause.section}` : clause.label, clause.text, departments].filter(Boolean).join('\n\n');
}

function withMore(state: UserState, rendered: Rendered): UserState {
  const { more: _old, ...rest } = state;
  return rendered.rest ? { ...rest, more: rendered.rest } : rest;
}

/** Asks the pipeline and renders; the pending options and the rest of a long answer are remembered. */
async function ask(deps: ConversationDeps, state: UserState, sessionId: string, message: string, lang?: Lang): Promise<Turn> {
  const pinned = lang ?? state.lang;
  const result = await deps.ask({ message, sessionId, channel: deps.channel, ...(pinned ? { lang: pinned } : {}) });
  const rendered = renderWechat(result, { pushRest: deps.pushRest === true });
  const { clarify: _c, clarifyLang: _l, ...kept } = state;
  const next = result.clarify ? { ...kept, clarify: result.clarify, clarifyLang: result.lang } : kept;
  // The rest is kept for 「全文」 either way: a push that fails (or never arrives) can still be asked for.
  const push = deps.pushRest && rendered.rest ? { push: splitReplies(rendered.rest) } : {};
  return { reply: rendered.text, state: withMore(next, rendered), ...push };
}

/**
 * The reply to one message from one user (`userKey` is the keyed hash of the OpenID / UserID).
 * @example await converse(deps, 'wx:3f2a…', {}, message) // → { reply: '符合：…【第12条】…', state: {…} }
 */
export async function converse(deps: ConversationDeps, userKey: string, state: UserState, message: CallbackMessage): Promise<Turn> {
  const sessionId = state.epoch ? `${userKey}.${state.epoch}` : userKey;
  const uiLang = (text?: string): Lang => state.lang ?? (text ? detectLang(text) : 'zh');
  switch (message.MsgType) {
    case 'event':
      // Only a new follower is greeted; unsubscribe, menu clicks and the rest need no reply.
      return { reply: message.Event === 'subscribe' ? WECHAT_MESSAGES[uiLang()].welcome() : '' };
    case 'text':
      break;
    case 'voice': {
      const heard = message.Recognition?.trim();
      if (!heard) return { reply: WECHAT_MESSAGES[uiLang()].voiceUnrecognised };
      return ask(deps, state, sessionId, heard.slice(0, MAX_QUESTION_LENGTH));
    }
    case 'image':
      return { reply: WECHAT_MESSAGES[uiLang()].image };
    default:
      return { reply: WECHAT_MESSAGES[uiLang()].other };
  }

  const text = normalise(message.Content ?? '');
  const lang = uiLang(text);
  const t = WECHAT_MESSAGES[lang];
  if (!text) return { reply: t.emptyQuestion };
  if (text.length > MAX_QUESTION_LENGTH) return { reply: t.tooLong(MAX_QUESTION_LENGTH) };
  if (/^(帮助|help|\?|？)$/i.test(text)) return { reply: t.help };
  if (/^(全文|更多|more)$/i.test(text)) {
    if (!state.more) return { reply: WECHAT_MESSAGES[uiLang()].noMore };
    const rendered = renderLong(state.more, uiLang());
    return { reply: rendered.text, state: withMore(state, rendered) };
  }
  if (/^english$/i.test(text)) return { reply: WECHAT_MESSAGES.en.langSet, state: { ...state, lang: 'en' } };
  if (/^(中文|chinese)$/i.test(text)) return { reply: WECHAT_MESSAGES.zh.langSet, state: { ...state, lang: 'zh' } };
  if (/^(重新开始|new|restart)$/i.test(text)) {
    const { clarify: _c, clarifyLang: _l, more: _m, ...kept } = state;
    return { reply: WECHAT_MESSAGES[uiLang()].newSession, state: { ...kept, epoch: crypto.randomUUID().slice(0, 8) } };
  }
  const clauseId = CLAUSE_COMMAND.exec(text)?.[1];
  if (clauseId) {
    const body = clauseText(deps.corpus, String(clauseId).replace(/^0+(?=\d)/, ''), uiLang());
    if (!body) return { reply: WECHAT_MESSAGES[uiLang()].clauseUnknown(clauseId) };
    const rendered = renderLong(body, uiLang());
    return { reply: rendered.text, state: withMore(state, rendered) };
  }
  if (/^\d{1,2}$/.test(text)) {
    // A number answers the pending question; a number with nothing to choose from is not a question either.
    const option = state.clarify?.options[Number(text) - 1];
    const answerLang = state.clarifyLang ?? uiLang();
    if (state.clarify && option) return ask(deps, state, sessionId, replyWording(state.clarify.fact, option, answerLang), answerLang);
    return { reply: WECHAT_MESSAGES[state.lang ?? state.clarifyLang ?? 'zh'].noPending(text) };
  }
  return ask(deps, state, sessionId, text);
}
