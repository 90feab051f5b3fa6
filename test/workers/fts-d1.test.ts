// The full-text index (src/search-fts) on D1 itself, as workerd simulates it: FTS5 with the 'ascii' tokenizer, the
// fts5vocab tables and the term statistics fill and answer there as on better-sqlite3 (test/contract/fts.ts).
import { env } from 'cloudflare:test';
import { beforeAll } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { fillFts, ftsSearch, ftsTokenize, weightedTerms, type FtsSearch } from '../../src/search-fts/index';
import { d1Db } from '../../src/store/d1';
import { describeFtsContract } from '../contract/fts';

let search: FtsSearch;

beforeAll(async () => {
  await fillFts(d1Db(env.DB), loadCorpus(), ftsTokenize);
  search = ftsSearch(d1Db(env.DB), weightedTerms);
}, 60_000);

describeFtsContract('D1', () => search);
