// What the full-text index (src/search-fts) answers, written once and run on both databases it is built for: SQLite
// through better-sqlite3 (test/search-fts/fts.test.ts) and D1 as workerd simulates it (test/workers/fts-d1.test.ts).
import { describe, expect, it } from 'vitest';
import type { FtsSearch } from '../../src/search-fts/index';
import lookup from '../golden/lookup.json';

/** Registers the contract's tests; `search` returns the index filled with the real document (by the caller's beforeAll). */
export function describeFtsContract(database: string, search: () => FtsSearch): void {
  describe(`full-text retrieval on ${database}`, () => {
    it('finds 第11条 with its 博士后科研工作站 sentence for the postdoc workstation question', async () => {
      const [top] = await search().clauses('博士后工作站有什么资助？', 3);
      expect(top?.id).toBe('11');
      expect(top?.snippet).toContain('博士后科研工作站');
    });

    it('reads colloquial and English wording through the same glossary (读研 → 硕士, postdoc → 博士后)', async () => {
      expect((await search().clauses('postdoc workstation funding', 3))[0]?.id).toBe('11');
      expect((await search().clauses('人才公寓归哪个部门管', 3))[0]?.id).toBe('19');
    });

    it('puts the expected clause first for at least 95% of the in-scope golden lookup questions', async () => {
      const questions = (lookup as { q: string; expect: string[] }[]).filter((g) => g.expect.length > 0);
      let right = 0;
      for (const g of questions) if (g.expect.includes((await search().clauses(g.q, 1))[0]?.id ?? '')) right++;
      expect(right / questions.length).toBeGreaterThanOrEqual(0.95);
    }, 60_000);

    it('returns nothing, without an SQL error, for text that is only FTS5 syntax or punctuation', async () => {
      for (const q of ['"', 'AND OR NOT', '* ^ ( ) :', '？？？', '']) expect(await search().clauses(q)).toEqual([]);
    });
  });
}
