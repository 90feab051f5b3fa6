// Amounts as people write them: 2万, 两万, 2w, 20000块, 0.5万, 五千, 10k, 50,000 yuan → integer yuan.

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * The value of a Chinese or mixed numeral, the one reader of them: the message reader (clause numbers, counts,
 * amounts) and the LLM firewall (llm/numbers.ts) both use it. 五千 → 5000, 二十 → 20, 捌拾捌万 → 880000, 2万5千 →
 * 25000, 二〇二〇 → 2020; undefined when it is not well formed (十十, 五万万).
 */
export function chineseNumber(text: string): number | undefined {
  let total = 0; // the part already multiplied by 亿
  let wan = 0; // the part already multiplied by 万
  let section = 0; // below 万
  let digit: number | undefined;
  let lastUnit = Infinity;
  let lastBig = Infinity;
  let prev: 'arabic' | 'digit' | 'unit' | 'big' | 'start' = 'start';
  for (const piece of text.replace(/\s+/g, '').match(/\d+(?:,\d{3})*(?:\.\d+)?|./gsu) ?? []) {
    if (/^\d/.test(piece)) {
      if (prev === 'arabic' || prev === 'digit') return undefined;
      digit = Number(piece.replace(/,/g, ''));
      prev = 'arabic';
    } else if (piece in CN_DIGIT) {
      if (prev === 'arabic') return undefined;
      // 二〇二〇: a run of digits reads positionally (years); 一百零五 passes through 零.
      digit = prev === 'digit' ? (digit ?? 0) * 10 + (CN_DIGIT[piece] ?? 0) : (CN_DIGIT[piece] ?? 0);
      prev = 'digit';
    } else if (piece in CN_UNIT) {
      const unit = CN_UNIT[piece] ?? 1;
      if (unit >= lastUnit) return undefined;
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
      prev = 'unit';
    } else if (piece in CN_BIG) {
      const big = CN_BIG[piece] ?? 1;
      if (prev === 'big' || big >= lastBig) return undefined;
      if (big === 1e8) {
        total = (total + wan + section + (digit ?? 0)) * big;
        wan = 0;
      } else {
        wan = (section + (digit ?? 0)) * big;
      }
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
      lastBig = big === 1e8 ? 1e8 : big;
      prev = 'big';
    } else {
      return undefined;
    }
  }
  if (prev === 'start') return undefined;
  return total + wan + section + (digit ?? 0);
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
