// The full-text index on SQLite: what test/contract/fts.ts asks of it on both databases, and its SQL script (what
// `wrangler d1 execute --file` would load) builds the same index.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { fillFts, fillFtsSql, ftsSearch, ftsTokenize, weightedTerms, type FtsSearch } from '../../src/search-fts/index';
import { sqliteDb } from '../../src/store/sqlite';
import { describeFtsContract } from '../contract/fts';

let search: FtsSearch;

beforeAll(async () => {
  const db = new Database(':memory:');
  db.exec('BEGIN');
  await fillFts(sqliteDb(db), loadCorpus(), ftsTokenize);
  db.exec('COMMIT');
  search = ftsSearch(sqliteDb(db), weightedTerms);
});

describeFtsContract('SQLite', () => search);

describe('full-text retrieval on SQLite, loaded as D1 is', () => {
  it('builds the same index from its SQL script (the D1 load path)', async () => {
    const db = new Database(':memory:');
    db.exec(fillFtsSql(loadCorpus(), ftsTokenize));
    const fromScript = ftsSearch(sqliteDb(db), weightedTerms);
    expect(await fromScript.clauses('技能大师工作室有多少经费', 3)).toEqual(await search.clauses('技能大师工作室有多少经费', 3));
  });
});
