// Telegram HTML for an answer: escape everything that came from users, the model or the corpus, and split below 4096.
import type { Answer } from '../contract/answer';

/** Telegram refuses messages over 4096 characters; stay clearly below it, measured on the HTML we send. */
const MESSAGE_LIMIT = 4000;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for parse_mode HTML (the four characters Telegram's HTML parser reads).
 * @example escapeHtml('<b>博士</b> & 硕士') // → '&lt;b&gt;博士&lt;/b&gt; &amp; 硕士'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Escaped text with citation tags (【第12条】) in bold, so a reader spots the source at a glance. */
export function toHtml(text: string): string {
  return escapeHtml(text).replace(/【[^【】\n]{1,30}】/g, (tag) => `<b>${tag}</b>`);
}

/** Places to cut, best first: between paragraphs, between lines, after a sentence, after a space. */
const BREAKS: RegExp[] = [/\n\n+/g, /\n/g, /(?<=[。！？；!?;])|(?<=[.](?=\s))/g, /(?<=\s)/g];

/**
 * Splits plain text into pieces whose rendered HTML stays within `limit`, cutting at the best boundary available
 * (never inside a surrogate pair, so no emoji or rare Han character is broken). Joining the pieces gives the text back
 * apart from the whitespace at the cuts.
 * @example splitText('第一段。\n\n第二段。', 8) // → ['第一段。', '第二段。']
 */
export function splitText(text: string, limit = MESSAGE_LIMIT, render: (s: string) => string = toHtml): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    if (render(rest).length <= limit) {
      pieces.push(rest);
      break;
    }
    const cut = bestCut(rest, limit, render);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return pieces.filter((p) => p.length > 0);
}

/** The longest prefix that fits, ending at the highest-ranked kind of boundary that leaves a reasonably full message. */
function bestCut(text: string, limit: number, render: (s: string) => string): number {
  const fits = longestFit(text, limit, render);
  for (const pattern of BREAKS) {
    let best = 0;
    for (const m of text.slice(0, fits + 1).matchAll(pattern)) {
      const end = (m.index ?? 0) + m[0].length;
      if (end <= fits && end > best) best = end;
    }
    // A boundary in the first third would leave a stub message; try a finer boundary instead.
    if (best > fits / 3) return best;
  }
  return fits;
}

/** Binary search for the longest prefix whose HTML fits (escaping can only grow text, so this is monotonic). */
function longestFit(text: string, limit: number, render: (s: string) => string): number {
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(text.slice(0, mid)).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  const code = text.charCodeAt(lo - 1);
  // Do not end between the two halves of a surrogate pair.
  return code >= 0xd800 && code <= 0xdbff && lo > 1 ? lo - 1 : lo;
}

/**
 * The text of an answer as Telegram messages (HTML, each within the limit). Amounts, conditions and payer are already
 * in the answer text, rendered by the rules; the clarifying question is added when the text does not already ask it.
 * @example renderAnswer({ answer: '根据第12条：“…”【第12条】', … }) // → ['根据第12条：“…”<b>【第12条】</b>']
 */
export function renderAnswer(answer: Pick<Answer, 'answer' | 'clarify'>): string[] {
  const question = answer.clarify?.question;
  const text = question && !answer.answer.includes(question) ? `${answer.answer}\n\n${question}` : answer.answer;
  return splitText(text).map(toHtml);
}

/** Any plain text (clause text, help) as Telegram messages. */
export function renderText(text: string): string[] {
  return splitText(text).map(toHtml);
}
