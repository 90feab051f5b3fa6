// The full-text index (src/search-fts) on a synthetic corpus: filled into a SQLite file as D1 would hold it, then
// queried. Its heap does not grow with the corpus: the index lives in the database, a query reads its candidates only.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../../src/corpus/load';
import { fillFts, ftsSearch, ftsTokenize, weightedTerms } from '../../src/search-fts/index';
import { sqliteDb } from '../../src/store/sqlite';
import { timeEach, timeOnce, type Timing } from './stats';

export interface FtsScale {
  fillMs: number;
  bytes: number;
  heapBytes: number;
  query: Timing;
}

/** Fills a throwaway SQLite file with `corpus`, then times `questions` (top 3), measuring the JS heap they leave. */
export async function ftsScale(corpus: Corpus, questions: string[], heapUsed: () => number): Promise<FtsScale> {
  const dir = mkdtempSync(join(tmpdir(), 'szs-fts-'));
  const path = join(dir, 'fts.sqlite');
  try {
    const heapBefore = heapUsed();
    const db = new Database(path);
    const sql = sqliteDb(db);
    const fill = await timeOnce(async () => {
      db.exec('BEGIN');
      await fillFts(sql, corpus, ftsTokenize);
      db.exec('COMMIT');
    });
    db.exec('VACUUM');
    const search = ftsSearch(sql, weightedTerms);
    const query = await timeEach(questions, (q) => search.clauses(q, 3));
    const heapBytes = heapUsed() - heapBefore;
    db.close();
    return { fillMs: fill.ms, bytes: statSync(path).size, heapBytes, query };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
