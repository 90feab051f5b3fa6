// Reads every number out of a text, in every way of writing one, as values the firewall can compare: Arabic digits
// and any other decimal digit set (Arabic-Indic, full-width, mathematical bold, circled… via NFKC), Chinese numerals
// (一二三, 两, financial 壹贰叁…拾佰仟, with 十/百/千/万/亿), English number words, Roman numerals, percentages
// (80%, 百分之八十, eighty percent, 八成) and ratios (4/5, 五分之四). A numeral-like token it cannot value is reported
// as unreadable, so the guard rejects it instead of letting it pass.

import { chineseNumber } from '../understand/numerals';

/** Financial digits that are also ordinary words (队伍, 陆续, 收拾): alone they count only before a unit. */
const FINANCIAL = new Set('壹贰貳叁參肆伍陆陸柒捌玖拾佰仟');

const D = '零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖';
const U = '十拾百佰千仟';
const B = '万萬亿億';
const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
/** A Chinese or mixed numeral: starts with a digit or a unit (so 万一 reads as 一), then digits and units of any size. */
const CN_TOKEN = `(?:${ARABIC}|[${D}${U}])(?:${ARABIC}|[${D}${U}${B}]|\\s+(?=[${U}${B}]))*`;
const CN_ONLY = `[${D}${U}](?:[${D}${U}${B}])*`;

const EN_SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const EN_SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const EN_WORD = `(?:${[...Object.keys(EN_SMALL), ...Object.keys(EN_TENS), ...Object.keys(EN_SCALE)].sort((a, b) => b.length - a.length).join('|')})`;
const EN_SEQ = `(?:a\\s+(?=(?:hundred|thousand|million|billion)\\b))?${EN_WORD}(?:(?:\\s*-\\s*|\\s+and\\s+|\\s+)${EN_WORD})*`;

const PERCENT = String.raw`\s*(%|‰|percent\b|per\s+cent\b)`;
const SCALE_WORD = String.raw`\s*(hundred|thousand|million|billion)\b`;
/** Roman numerals in capitals, before a unit or after 第 / ¥ (so the pronoun I and words like CV stay words). */
const ROMAN = /(?:(?<=第\s*)|(?<=[¥￥]\s*)|\b)([IVXLCDM]+)\b(?=\s*(?:[万萬亿億千百元%条]|yuan\b|percent\b))|(?<=第\s*)([IVXLCDM]+)/g;

/** One pass, alternatives in priority order; each match is one number (or one unreadable numeral). */
const NUMBER = new RegExp(
  [
    `百分之(${CN_TOKEN})`, // 1 百分之八十
    `(${CN_TOKEN})分之(${CN_TOKEN})`, // 2-3 五分之四
    `(${ARABIC})\\s*/\\s*(${ARABIC})`, // 4-5 4/5
    `([一二三四五六七八九]|\\d+(?:\\.\\d+)?)成(?![为立果本员都就功熟长了绩效])`, // 6 八成
    `(${CN_TOKEN})(?:${SCALE_WORD})?(?:${PERCENT})?`, // 7 numeral, 8 scale word, 9 percent sign
    `\\b(${EN_SEQ})\\b(?:${PERCENT})?`, // 10 English words, 11 percent
  ].join('|'),
  'gi',
);
/** "2-5万元", "3～5万", "2至5万": the bare first number carries the unit of the second. */
const RANGE = new RegExp(`(${ARABIC}|${CN_ONLY})\\s*[-—–~～至到]\\s*(?:${ARABIC}|${CN_ONLY})\\s*([万萬亿億])`, 'g');
const CURRENCY_AFTER = /^\s*(?:[万萬亿億]?元|块|yuan\b|rmb\b|cny\b)/i;
const CURRENCY_BEFORE = /(?:[¥￥]|rmb|cny|人民币)\s*$/i;

/** fifty thousand → 50000, one hundred and twenty → 120, twenty-five → 25; undefined for "five twenty". */
function wordsToNumber(text: string): number | undefined {
  let total = 0;
  let current = 0;
  let prev: 'start' | 'small' | 'tens' | 'hundred' | 'scale' = 'start';
  for (const word of text.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === 'a' || word === '') continue;
    if (word in EN_SMALL) {
      if (prev === 'small') return undefined;
      current += EN_SMALL[word] ?? 0;
      prev = 'small';
    } else if (word in EN_TENS) {
      if (prev === 'small' || prev === 'tens') return undefined;
      current += EN_TENS[word] ?? 0;
      prev = 'tens';
    } else if (word === 'hundred') {
      if (current >= 100 || prev === 'hundred') return undefined;
      current = (current || 1) * 100;
      prev = 'hundred';
    } else if (word in EN_SCALE) {
      if (prev === 'scale') return undefined;
      total += (current || 1) * (EN_SCALE[word] ?? 1);
      current = 0;
      prev = 'scale';
    } else {
      return undefined;
    }
  }
  return total + current;
}

const ROMAN_VALID = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** XII → 12; undefined for a run that is not a well-formed Roman numeral. */
function romanToNumber(text: string): number | undefined {
  const s = text.toUpperCase();
  if (s === '' || !ROMAN_VALID.test(s)) return undefined;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i] ?? ''] ?? 0;
    const next = ROMAN_VALUE[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** The value of a decimal digit of any script: digit sets are runs of ten, so the position in the run is the value. */
function digitValue(ch: string): number {
  let cp = ch.codePointAt(0) ?? 0;
  let before = 0;
  while (before < 100 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    before++;
    cp--;
  }
  return before % 10;
}

/**
 * NFKC (full-width, circled, mathematical and superscript digits become ASCII; ½ becomes 1⁄2), Unicode Roman numerals
 * (Ⅻ) and every other decimal digit set (٣, ৩, ๓) as ASCII digits. Returns the text and what could not be valued.
 */
function canonical(raw: string, unreadable: string[]): string {
  const romanFree = raw.replace(/[\u2160-\u2188]+/g, (run) => {
    const n = romanToNumber(run.normalize('NFKC'));
    if (n === undefined) unreadable.push(run);
    return n === undefined ? ' ' : String(n);
  });
  return romanFree
    .normalize('NFKC')
    .replace(/\u2044/g, '/')
    .replace(/\p{Nd}/gu, (ch) => (/[0-9]/.test(ch) ? ch : String(digitValue(ch))))
    .replace(ROMAN, (run, a?: string, b?: string) => {
      const n = romanToNumber(a ?? b ?? '');
      if (n === undefined) unreadable.push(run);
      return n === undefined ? ' ' : String(n);
    });
}

/** The value in plain units, rounded so 0.5万 and 5000 compare equal. */
function value(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export interface FoundNumber {
  /** The text as written after normalisation ("2万", "百分之八十", "25", "fifty thousand"). */
  text: string;
  value: number;
  /** Written as money: a currency word or sign next to it (元, yuan, ¥), or a 万/亿/thousand/million scale. */
  money: boolean;
}

export interface NumberScan {
  numbers: FoundNumber[];
  /** Numeral-like text that could not be valued (十十万, five twenty, ➊, an ill-formed Ⅿ run). */
  unreadable: string[];
}

/**
 * Every number in a text with its value, and the numeral-like tokens it could not value.
 * @example scanNumbers('每人可获得捌拾捌万元') // → { numbers: [{ text: '捌拾捌万', value: 880000, money: true }], unreadable: [] }
 */
export function scanNumbers(raw: string): NumberScan {
  const unreadable: string[] = [];
  const text = canonical(raw, unreadable);
  // In "2-5万元" the 2 means 2万: remember where each such range starts and which unit it borrows.
  const borrowed = new Map<number, string>();
  for (const m of text.matchAll(RANGE)) borrowed.set(m.index, m[2] ?? '');
  const numbers: FoundNumber[] = [];
  const consumed: [number, number][] = [];
  const add = (m: RegExpMatchArray, n: number | undefined, money = false) => {
    consumed.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    if (n === undefined || !Number.isFinite(n)) return void unreadable.push(m[0].trim());
    const after = text.slice((m.index ?? 0) + m[0].length);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0);
    numbers.push({ text: m[0].trim(), value: value(n), money: money || CURRENCY_AFTER.test(after) || CURRENCY_BEFORE.test(before) });
  };
  for (const m of text.matchAll(NUMBER)) {
    const [, pctCn, denom, numer, ratioA, ratioB, cheng, token, scaleWord, pct, words, wordsPct] = m;
    if (pctCn !== undefined) add(m, chineseNumber(pctCn));
    else if (denom !== undefined && numer !== undefined) {
      const [d, n] = [chineseNumber(denom), chineseNumber(numer)];
      add(m, d && n !== undefined ? (n / d) * 100 : undefined);
    } else if (ratioA !== undefined && ratioB !== undefined) add(m, Number(ratioB) ? (Number(ratioA) / Number(ratioB)) * 100 : undefined);
    else if (cheng !== undefined) add(m, (/\d/.test(cheng) ? Number(cheng) : (chineseNumber(cheng) ?? NaN)) * 10);
    else if (token !== undefined) {
      // 队伍, 陆续, 收拾: a lone financial digit is a word unless a unit follows it.
      const after = text.slice((m.index ?? 0) + m[0].length);
      if (token.length === 1 && FINANCIAL.has(token) && !scaleWord && !pct && !/^\s*[元万萬亿億%]/.test(after)) continue;
      const unit = /[万萬亿億]$/.test(token) ? undefined : borrowed.get(m.index ?? 0);
      const base = chineseNumber(unit ? `${token}${unit}` : token);
      const scale = scaleWord ? (EN_SCALE[scaleWord.toLowerCase()] ?? 1) : 1;
      const n = base === undefined ? undefined : pct?.startsWith('‰') ? (base * scale) / 10 : base * scale;
      add(m, n, !pct && (/[万萬亿億]/.test(token) || Boolean(unit) || scale >= 1000));
    } else if (words !== undefined) {
      const n = wordsToNumber(words);
      add(m, n, !wordsPct && /thousand|million|billion/i.test(words));
    }
  }
  // Anything still numeric (a digit-like symbol NFKC does not map, Hangzhou numerals 〡〢…) cannot be valued.
  // Both lists run left to right, so one pointer keeps this linear.
  let k = 0;
  for (const m of text.matchAll(/[\p{N}廿卅]+/gu)) {
    const at = m.index ?? 0;
    while (k < consumed.length && (consumed[k]?.[1] ?? 0) <= at) k++;
    const span = consumed[k];
    if (!span || at < span[0]) unreadable.push(m[0]);
  }
  return { numbers, unreadable };
}

/**
 * Every number in a text with its value: "博士2万元" → [{ text: '2万', value: 20000, money: true }].
 * @example numbersIn('全额报销，不低于80%') // → [{ text: '80%', value: 80, money: false }]
 */
export function numbersIn(raw: string): FoundNumber[] {
  return scanNumbers(raw).numbers;
}

/** The set of values a text licenses. */
export function numberValues(text: string): Set<number> {
  return new Set(numbersIn(text).map((n) => n.value));
}
