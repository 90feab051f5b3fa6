// Amounts as people write them: 2万, 两万, 2w, 20000块, 0.5万, 五千, 10k, 50,000 yuan → integer yuan.

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 五千 → 5000, 二十 → 20, 十五 → 15, 三 → 3 (below 万). */
export function chineseNumber(text: string): number | undefined {
  if (!text) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in UNIT) {
      total += (digit ?? 1) * (UNIT[ch] ?? 1);
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

const ARABIC = /(\d+(?:[.,]\d+)*)\s*(万元|万块|万|w|千元|千|k|元|块钱|块|yuan|rmb)(?![a-z])/gi;
const HAN = /([零〇一二两三四五六七八九十百千]+)\s*(万元|万块|万|千元|千块|千|元|块钱|块)/g;

/**
 * Every amount a message writes, in yuan.
 * @example amountsIn('能拿两万吗，还是2w') // [20000, 20000]
 */
export function amountsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const n = Number((m[1] ?? '').replace(/,/g, ''));
    const unit = (m[2] ?? '').toLowerCase();
    const scale = unit.startsWith('万') || unit === 'w' ? 10000 : unit.startsWith('千') || unit === 'k' ? 1000 : 1;
    if (Number.isFinite(n) && n > 0) out.push(Math.round(n * scale));
  }
  for (const m of text.matchAll(HAN)) {
    const n = chineseNumber(m[1] ?? '');
    const unit = m[2] ?? '';
    const scale = unit.startsWith('万') ? 10000 : unit.startsWith('千') ? 1000 : 1;
    if (n !== undefined && n > 0) out.push(n * scale);
  }
  return out;
}

const SMALL: Record<string, number> = {
  一: 1,
  one: 1,
  a: 1,
  an: 1,
  两: 2,
  俩: 2,
  二: 2,
  三: 3,
  仨: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};

/** 一 → 1, 两 → 2, 3 → 3, three → 3; undefined for anything else. */
export function smallNumber(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : SMALL[word];
}
