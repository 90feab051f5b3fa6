// An Answer as WeChat text: plain (no markdown), at most 2,048 bytes per passive reply, clarifying options as numbered
// lines the user answers with 1/2/3, citations pointing at 「原文N」. A longer answer sends its core — the paragraphs
// the rules or the quotes begin with (amount, conditions, citation) — and keeps the rest for 「全文」.
import type { Answer, Clarify, Lang } from '../contract/answer';
import { citeTag } from '../answer/cite';
import { money } from '../rules/render';
import { WECHAT_MESSAGES } from './messages';

/** WeChat's limit on a passive text reply's Content, in UTF-8 bytes. */
const REPLY_BYTES = 2048;

const encoder = new TextEncoder();
export const byteLength = (text: string): number => encoder.encode(text).length;

export interface Rendered {
  /** The reply to send now (≤ REPLY_BYTES). */
  text: string;
  /** What 「全文」 sends next, when the answer did not fit. */
  rest?: string;
}

/** Markdown a model may still emit; WeChat would show the asterisks and hashes as they are. */
function plain(text: string): string {
  return text
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\[([^\]\n]+)\]\((https?:[^)\s]+)\)/g, '$1 $2');
}

/** 市级：3万元（30000元） → 市级 3万元（30000元）, as the option reads after 「回复 1：」. */
function optionText(label: string): string {
  return label.replace('：', ' ');
}

/** The answer text without the option list the pipeline appended (replaced here by numbered lines). */
function withoutOptionList(text: string, clarify: Clarify | undefined): string {
  if (!clarify) return text;
  const at = text.lastIndexOf(clarify.question);
  if (at < 0) return text;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return text.slice(0, lineStart).trimEnd();
}

/** 请问：… then 回复 1：… per option. */
function optionBlock(clarify: Clarify, lang: Lang): string {
  const t = WECHAT_MESSAGES[lang];
  const question = lang === 'zh' && !clarify.question.startsWith('请问') ? `请问：${clarify.question}` : clarify.question;
  return [question, ...clarify.options.map((o, i) => t.option(i + 1, optionText(o.label)))].join('\n');
}

/** 回复「原文12」查看条文 for the first cited numbered clauses. */
function clauseHints(answer: Answer): string {
  const ids = [...new Set(answer.citations.map((c) => c.id))].filter((id) => /^\d+$/.test(id)).slice(0, 2);
  return ids.map((id) => WECHAT_MESSAGES[answer.lang].clause(id)).join('\n');
}

/**
 * Splits `text` into a head that fits `budget` bytes and the rest, cutting between paragraphs, else lines, else
 * sentences, else characters (never inside a surrogate pair).
 */
export function cutToBytes(text: string, budget: number): { head: string; rest: string } {
  if (byteLength(text) <= budget) return { head: text, rest: '' };
  for (const sep of ['\n\n', '\n', '。', '；', '. ']) {
    let head = '';
    for (const piece of text.split(sep)) {
      const next = head === '' ? piece : `${head}${sep}${piece}`;
      if (byteLength(next + (sep === '。' || sep === '；' ? sep : '')) > budget) break;
      head = next;
    }
    if (head !== '') {
      const kept = sep === '。' || sep === '；' ? head + sep : head;
      if (byteLength(kept) > budget / 3) return { head: kept.trimEnd(), rest: text.slice(kept.length).trim() };
    }
  }
  let head = '';
  for (const ch of text) {
    if (byteLength(head + ch) > budget) break;
    head += ch;
  }
  return { head, rest: text.slice(head.length).trim() };
}

const NOTES = {
  zh: {
    understood: (facts: string) => `我理解的情况：${facts}（如有不对，直接告诉我）`,
    total: (sum: string) => `合计：${sum}`,
    note: (text: string) => `说明：${text}`,
  },
  en: {
    understood: (facts: string) => `What I understood: ${facts} (tell me if any of it is wrong)`,
    total: (sum: string) => `Total: ${sum}`,
    note: (text: string) => `Note: ${text}`,
  },
} as const;

/**
 * The optional parts of the answer object the text may not carry yet: what was understood, the total, and each
 * amount's interpretation and overlap note — added only when the text does not already say them.
 */
function extras(answer: Answer, text: string): { before: string; after: string } {
  const n = NOTES[answer.lang];
  const understood = answer.understood?.length
    ? n.understood(answer.understood.map((u) => u.label).join(answer.lang === 'zh' ? '、' : ', '))
    : '';
  const total = answer.total ? money(answer.total.min, answer.total.max, answer.lang) : '';
  const notes = answer.amounts
    .flatMap((a) => [a.interpretation, a.overlap?.note])
    .filter((t): t is string => typeof t === 'string' && t !== '' && !text.includes(t));
  return {
    before: understood && !text.includes(understood) ? understood : '',
    after: [total && !text.includes(total) ? n.total(total) : '', ...[...new Set(notes)].map(n.note)].filter(Boolean).join('\n'),
  };
}

/** Joins non-empty blocks with blank lines. */
const blocks = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n\n');

/**
 * The reply for an answer, and what is left for 「全文」.
 * @example renderWechat(answer).text // → '符合：…每人2万元（20000元）…【第12条】\n\n回复「原文12」查看条文'
 */
export function renderWechat(answer: Answer, options: { pushRest?: boolean } = {}): Rendered {
  const t = WECHAT_MESSAGES[answer.lang];
  const text = plain(withoutOptionList(answer.answer, answer.clarify)).trim();
  const { before, after } = extras(answer, text);
  const body = blocks(before, text, after);
  const optionLines = answer.clarify ? optionBlock(answer.clarify, answer.lang) : '';
  const hints = clauseHints(answer);
  const whole = blocks(body, optionLines, hints);
  if (byteLength(whole) <= REPLY_BYTES) return { text: whole };
  // The options must come now (a bare "1" answers them); the body gives way, its rest kept for 「全文」.
  const tail = blocks(optionLines, hints, options.pushRest ? t.pushed : t.more);
  const { head, rest } = cutToBytes(body, REPLY_BYTES - byteLength(tail) - 4);
  const tags = head.includes('【') ? '' : [...new Set(answer.citations.map(citeTag))].join('');
  return { text: blocks(head + tags, tail), ...(rest ? { rest } : {}) };
}

/** Plain text of any length (clause text, the rest of an answer) as one reply and what 「全文」 sends after it. */
export function renderLong(text: string, lang: Lang): Rendered {
  if (byteLength(text) <= REPLY_BYTES) return { text };
  const more = WECHAT_MESSAGES[lang].more;
  const { head, rest } = cutToBytes(text, REPLY_BYTES - byteLength(more) - 2);
  return { text: blocks(head, more), ...(rest ? { rest } : {}) };
}

/** Text of any length as replies of at most REPLY_BYTES each (customer-service messages carry no 「全文」 hint). */
export function splitReplies(text: string): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest) {
    const cut = cutToBytes(rest, REPLY_BYTES);
    if (!cut.head) break;
    pieces.push(cut.head);
    rest = cut.rest;
  }
  return pieces;
}
