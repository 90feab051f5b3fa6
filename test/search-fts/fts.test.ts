// The full-text index (D1 / SQLite) ranks the real document's clauses as the in-memory index does, and its SQL script
// (what `wrangler d1 execute --file` would load) builds the same index.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { fillFts, fillFtsSql, ftsSearch, ftsTokenize, weightedTerms, type FtsSearch } from '../../src/search-fts/index';
import { sqliteDb } from '../../src/store/sqlite';
import { loadGolden } from '../golden/metrics';

let search: FtsSearch;

beforeAll(async () => {
  const db = new Database(':memory:');
  db.exec('BEGIN');
  await fillFts(sqliteDb(db), loadCorpus(), ftsTokenize);
  db.exec('COMMIT');
  search = ftsSearch(sqliteDb(db), weightedTerms);
});

describe('full-text retrieval', () => {
  it('finds 第11条 with its 30万元 sentence for the postdoc workstation question', async () => {
    const [top] = await search.clauses('博士后工作站有什么资助？', 3);
    expect(top?.id).toBe('11');
    expect(top?.snippet).toContain('博士后科研工作站');
  });

  it('reads colloquial and English wording through the same glossary (读研 → 硕士, postdoc → 博士后)', async () => {
    expect((await search.clauses('postdoc workstation funding', 3))[0]?.id).toBe('11');
    expect((await search.clauses('人才公寓归哪个部门管', 3))[0]?.id).toBe('19');
  });

  it('puts the expected clause first for at least 95% of the in-scope golden lookup questions', async () => {
    const questions = loadGolden('lookup.json').filter((g) => g.expect.length > 0);
    let right = 0;
    for (const g of questions) if (g.expect.includes((await search.clauses(g.q, 1))[0]?.id ?? '')) right++;
    expect(right / questions.length).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('returns nothing, without an SQL error, for text that is only FTS5 syntax or punctuation', async () => {
    for (const q of ['"', 'AND OR NOT', '* ^ ( ) :', '？？？', '']) expect(await search.clauses(q)).toEqual([]);
  });

  it('builds the same index from its SQL script (the D1 load path)', async () => {
    const db = new Database(':memory:');
    db.exec(fillFtsSql(loadCorpus(), ftsTokenize));
    const fromScript = ftsSearch(sqliteDb(db), weightedTerms);
    expect(await fromScript.clauses('技能大师工作室有多少经费', 3)).toEqual(await search.clauses('技能大师工作室有多少经费', 3));
  });
});
