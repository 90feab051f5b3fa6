// Text comparison that forgives whitespace and full/half-width punctuation, and maps a match back to the verbatim span.

const PUNCT: Record<string, string> = {
  '，': ',',
  '。': '.',
  '；': ';',
  '：': ':',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
  '、': ',',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
  '《': '<',
  '》': '>',
  '—': '-',
  '－': '-',
  '～': '~',
};

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  return (PUNCT[ch] ?? ch).toLowerCase();
}

/** The comparable form of a text, and for each of its characters the index of the original character. */
export function normalize(text: string): { text: string; index: number[] } {
  let out = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) continue;
    out += fold(ch);
    index.push(i);
  }
  return { text: out, index };
}

/**
 * The span of `haystack` that `quote` reproduces (ignoring whitespace and punctuation width), or undefined.
 * @example verbatimSpan('给予 2万元 补贴。', '给予2万元补贴.') // → '给予 2万元 补贴。'
 */
export function verbatimSpan(haystack: string, quote: string): string | undefined {
  const h = normalize(haystack);
  const q = normalize(quote).text.replace(/^[.,;:!?]+|[.,;:!?]+$/g, '');
  if (q.length === 0) return undefined;
  const at = h.text.indexOf(q);
  if (at < 0) return undefined;
  const start = h.index[at] ?? 0;
  const end = (h.index[at + q.length - 1] ?? start) + 1;
  return haystack.slice(start, end);
}
