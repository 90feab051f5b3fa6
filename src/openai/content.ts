// An Answer as one plain text for clients that show only text (OpenAI-compatible chat apps, MCP tool results):
// the answer with its 【第N条】 citations, then the parts it relies on, so no reference is lost in a text-only client.
import { citeTag, clauseName } from '../answer/cite';
import type { Answer } from '../contract/answer';

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The answer text (amounts, conditions and clarifying options are already written out in it by the pipeline) followed
 * by a sources list: each cited part by name, with its quote when the text does not already contain it.
 * @example answerText(a) // '符合：…2万元（20000元）…【第12条】\n\n依据：\n· 第12条 实施基础人才储备计划【第12条】'
 */
export function answerText(a: Answer): string {
  const text = a.answer.trim();
  if (a.citations.length === 0) return text;
  const shown = squash(text);
  const parts = new Map<string, { name: string; quotes: string[] }>();
  for (const c of a.citations) {
    const part = parts.get(c.id) ?? { name: `${clauseName(c, a.lang)}${citeTag(c)}`, quotes: [] };
    if (!shown.includes(squash(c.quote)) && !part.quotes.includes(c.quote)) part.quotes.push(c.quote);
    parts.set(c.id, part);
  }
  const lines = [...parts.values()].map((p) => `· ${p.name}${p.quotes.map((q) => ` “${q}”`).join('')}`);
  return `${text}\n\n${a.lang === 'zh' ? '依据：' : 'Sources:'}\n${lines.join('\n')}`;
}
