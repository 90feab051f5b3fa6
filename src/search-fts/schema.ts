// The tables of the full-text index, the same in D1 (Workers) and SQLite (Node, better-sqlite3): clause and passage
// rows hold the text already cut into the retrieval terms (space-separated), and FTS5 indexes those terms as they are.
// The 'ascii' tokenizer splits only on ASCII punctuation and spaces, so a CJK bigram or a domain term stays one token.

/** Statements that create the index (idempotent); `dropFtsSql` removes it before a rebuild. */
export const createFtsSql: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS fts_clauses (
     rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, document_id TEXT NOT NULL, label TEXT NOT NULL, snippet TEXT NOT NULL,
     title TEXT NOT NULL, body TEXT NOT NULL, aliases TEXT NOT NULL, departments TEXT NOT NULL,
     title_len INTEGER NOT NULL, body_len INTEGER NOT NULL, aliases_len INTEGER NOT NULL, departments_len INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS fts_passages (
     rowid INTEGER PRIMARY KEY, clause_rowid INTEGER NOT NULL, id TEXT NOT NULL, text TEXT NOT NULL, tokens TEXT NOT NULL, len INTEGER NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS fts_passages_clause ON fts_passages (clause_rowid)',
  // detail=full (positions kept): measured faster for bm25() ranking here than detail=column, at 10,000 clauses.
  `CREATE VIRTUAL TABLE IF NOT EXISTS fts_clause USING fts5(title, body, aliases, departments, content='fts_clauses', content_rowid='rowid', tokenize='ascii')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS fts_passage USING fts5(tokens, content='fts_passages', content_rowid='rowid', tokenize='ascii', detail='none')`,
  // Per-column document frequencies, for the same BM25 weights the in-memory index uses.
  `CREATE VIRTUAL TABLE IF NOT EXISTS fts_clause_vocab USING fts5vocab(fts_clause, 'col')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS fts_passage_vocab USING fts5vocab(fts_passage, 'row')`,
  // The same frequencies as a keyed table, filled after the FTS5 rebuild (fill.ts): fts5vocab answers `term IN (…)` by
  // walking the whole vocabulary, which at 10,000 clauses costs more than the search itself.
  `CREATE TABLE IF NOT EXISTS fts_terms (
     term TEXT PRIMARY KEY, title INTEGER NOT NULL DEFAULT 0, body INTEGER NOT NULL DEFAULT 0, aliases INTEGER NOT NULL DEFAULT 0,
     departments INTEGER NOT NULL DEFAULT 0, clauses INTEGER NOT NULL DEFAULT 0, passages INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID`,
];

/** Fills fts_terms from the FTS5 vocabularies (run after the FTS5 'rebuild'). */
export const termStatsSql: readonly string[] = [
  `INSERT INTO fts_terms (term, title, body, aliases, departments, clauses)
     SELECT term, sum(CASE col WHEN 'title' THEN doc ELSE 0 END), sum(CASE col WHEN 'body' THEN doc ELSE 0 END),
            sum(CASE col WHEN 'aliases' THEN doc ELSE 0 END), sum(CASE col WHEN 'departments' THEN doc ELSE 0 END), max(doc)
       FROM fts_clause_vocab GROUP BY term`,
  `INSERT INTO fts_terms (term, passages) SELECT term, doc FROM fts_passage_vocab WHERE true
     ON CONFLICT (term) DO UPDATE SET passages = excluded.passages`,
];

export const dropFtsSql: readonly string[] = [
  'DROP TABLE IF EXISTS fts_terms',
  'DROP TABLE IF EXISTS fts_clause_vocab',
  'DROP TABLE IF EXISTS fts_passage_vocab',
  'DROP TABLE IF EXISTS fts_clause',
  'DROP TABLE IF EXISTS fts_passage',
  'DROP TABLE IF EXISTS fts_passages',
  'DROP TABLE IF EXISTS fts_clauses',
];

/** The clause columns in FTS5 order (bm25() and fts5vocab's `col` use these names). */
export const CLAUSE_FIELDS = ['title', 'body', 'aliases', 'departments'] as const;
export type ClauseField = (typeof CLAUSE_FIELDS)[number];
