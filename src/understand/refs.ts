// Questions that name a part directly: 第六条, 第12条, 12条, clause 12, article 6, 主要目标 by number.
import { chineseNumber } from './numerals';

/** 十二 → 12, 二十五 → 25, 6 → 6; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : chineseNumber(text);
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
