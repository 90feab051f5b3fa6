// Questions that name a part directly: 第六条, 第12条, 12条, clause 12, article 6, 主要目标 by number.
const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十五 → 25, 6 → 6; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? (DIGITS[m[1]] ?? 0) : 1) * 10 + (m[2] ? (DIGITS[m[2]] ?? 0) : 0);
  return text.length === 1 ? DIGITS[text] : undefined;
}

const CLAUSE_REF =
  /第\s*([0-9]+|[一二两三四五六七八九十]+)\s*条|(?:^|[^0-9])([0-9]{1,2})\s*条|\b(?:clause|article|item|section|no\.?)\s*#?\s*([0-9]{1,2})\b/gi;

/**
 * Ids of the numbered clauses a question names, in the order named (only ids that exist in `known`).
 * @example clauseRefs('第六条原文怎么说', new Set(['6'])) // ['6']
 */
export function clauseRefs(question: string, known: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  for (const m of question.matchAll(CLAUSE_REF)) {
    const n = parseNumber(m[1] ?? m[2] ?? m[3] ?? '');
    const id = n === undefined ? undefined : String(n);
    if (id && known.has(id) && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
