// Reads every number out of a text (Arabic or Chinese numerals, with 万/亿/%/百分之), as values the firewall can compare.

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const CHINESE = '[零〇一二两三四五六七八九十百千]+[万亿]?';
const NUMBER = new RegExp(`(${ARABIC})\\s*([万亿])?\\s*(%|％)?|百分之(${CHINESE})|(${CHINESE})`, 'g');
/** "2-5万元", "3～5万", "2至5万": the bare first number carries the unit of the second. */
const RANGE = new RegExp(`(${ARABIC}|${CHINESE})\\s*[-—–~～至到]\\s*(?:${ARABIC}|${CHINESE})\\s*([万亿])`, 'g');

/** 二十五 → 25, 一百 → 100, 两万 → 20000, 十 → 10; undefined for words that only look numeric (a lone 万). */
export function chineseToNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in CN_DIGIT) {
      digit = (digit ?? 0) * 10 + (CN_DIGIT[ch] ?? 0);
    } else if (ch in CN_UNIT) {
      section += (digit ?? 1) * (CN_UNIT[ch] ?? 1);
      digit = undefined;
    } else if (ch in CN_BIG) {
      total += (section + (digit ?? 0)) * (CN_BIG[ch] ?? 1);
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The value in plain units, rounded so 0.5万 and 5000 compare equal. */
function value(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export interface FoundNumber {
  /** The text as written ("2万", "百分之八十", "25"). */
  text: string;
  value: number;
}

/**
 * Every number in a text with its value: "博士2万元" → [{ text: '2万', value: 20000 }].
 * @example numbersIn('全额报销，不低于80%') // → [{ text: '80%', value: 80 }]
 */
export function numbersIn(raw: string): FoundNumber[] {
  const text = toHalfWidthDigits(raw);
  // In "2-5万元" the 2 means 2万: remember where each such range starts and which unit it borrows.
  const borrowed = new Map<number, string>();
  for (const m of text.matchAll(RANGE)) borrowed.set(m.index, m[2] ?? '');
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, arabic, big, , percentCn, chinese] = m;
    const unit = big ?? borrowed.get(m.index);
    const scale = unit ? (CN_BIG[unit] ?? 1) : 1;
    if (arabic !== undefined) {
      found.push({ text: whole.trim(), value: value(Number(arabic.replace(/,/g, '')) * scale) });
      continue;
    }
    const n = chineseToNumber(percentCn ?? chinese ?? '');
    if (n !== undefined) found.push({ text: whole, value: value(percentCn ? n : n * (big ? 1 : scale)) });
  }
  return found;
}

/** The set of values a text licenses. */
export function numberValues(text: string): Set<number> {
  return new Set(numbersIn(text).map((n) => n.value));
}
