// The full-text index (src/search-fts) on D1 itself, as workerd simulates it: FTS5 with the 'ascii' tokenizer, the
// fts5vocab tables and the term statistics fill and answer there as on better-sqlite3 (test/search-fts runs the same
// questions on SQLite).
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { fillFts, ftsSearch, ftsTokenize, weightedTerms, type FtsSearch } from '../../src/search-fts/index';
import { d1Db } from '../../src/store/d1';
import lookup from '../golden/lookup.json';

let search: FtsSearch;

beforeAll(async () => {
  await fillFts(d1Db(env.DB), loadCorpus(), ftsTokenize);
  search = ftsSearch(d1Db(env.DB), weightedTerms);
}, 60_000);

describe('full-text retrieval on D1', () => {
  it('finds 第11条 with its 博士后科研工作站 sentence for the postdoc workstation question', async () => {
    const [top] = await search.clauses('博士后工作站有什么资助？', 3);
    expect(top?.id).toBe('11');
    expect(top?.snippet).toContain('博士后科研工作站');
  });

  it('reads English and colloquial wording through the glossary, as on SQLite', async () => {
    expect((await search.clauses('postdoc workstation funding', 3))[0]?.id).toBe('11');
    expect((await search.clauses('人才公寓归哪个部门管', 3))[0]?.id).toBe('19');
  });

  it('puts the expected clause first for at least 95% of the in-scope golden lookup questions', async () => {
    const questions = (lookup as { q: string; expect: string[] }[]).filter((g) => g.expect.length > 0);
    let right = 0;
    for (const g of questions) if (g.expect.includes((await search.clauses(g.q, 1))[0]?.id ?? '')) right++;
    expect(right / questions.length).toBeGreaterThanOrEqual(0.95);
  });

  it('returns nothing, without an SQL error, for text that is only FTS5 syntax or punctuation', async () => {
    for (const q of ['"', 'AND OR NOT', '* ^ ( ) :', '？？？', '']) expect(await search.clauses(q)).toEqual([]);
  });
});
