// Writes a corpus into the full-text tables: each clause field and each passage as its retrieval terms. Node fills a
// SQLite file in one transaction; for D1, `fillFtsSql` yields the same rows as statements for `wrangler d1 execute --file`.
import type { Corpus } from '../corpus/load';
import type { SqlDb, SqlValue } from '../contract/sql';
import { createFtsSql, dropFtsSql, termStatsSql } from './schema';

/** Document text → retrieval terms (search/tokenize.ts's tokenizeText by default; see ./index.ts). */
export type Tokenize = (text: string) => string[];

interface Statement {
  sql: string;
  params: SqlValue[];
}

const CLAUSE_INSERT =
  'INSERT INTO fts_clauses (rowid, id, document_id, label, snippet, title, body, aliases, departments, title_len, body_len, aliases_len, departments_len) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)';
const PASSAGE_INSERT = 'INSERT INTO fts_passages (rowid, clause_rowid, id, text, tokens, len) VALUES (?,?,?,?,?,?)';

/** Every row of the index, as parameterized inserts, then the FTS5 rebuild from those rows. */
function* ftsStatements(corpus: Corpus, tokenize: Tokenize): Generator<Statement> {
  const passagesOf = new Map<string, Corpus['passages']>();
  for (const p of corpus.passages) {
    const key = `${p.documentId}\u0000${p.clauseId}`;
    const list = passagesOf.get(key);
    if (list) list.push(p);
    else passagesOf.set(key, [p]);
  }
  let passageRow = 0;
  for (const [i, c] of corpus.clauses.entries()) {
    const rowid = i + 1;
    const fields = [c.title, c.text, corpus.aliases.get(c.id) ?? '', [...c.lead, ...c.cooperate].join('、')].map(tokenize);
    yield {
      sql: CLAUSE_INSERT,
      params: [rowid, c.id, c.documentId, c.label, c.text.slice(0, 80), ...fields.map((f) => f.join(' ')), ...fields.map((f) => f.length)],
    };
    for (const p of passagesOf.get(`${c.documentId}\u0000${c.id}`) ?? []) {
      const tokens = tokenize(p.text);
      yield { sql: PASSAGE_INSERT, params: [++passageRow, rowid, p.id, p.text, tokens.join(' '), tokens.length] };
    }
  }
  yield { sql: "INSERT INTO fts_clause (fts_clause) VALUES ('rebuild')", params: [] };
  yield { sql: "INSERT INTO fts_passage (fts_passage) VALUES ('rebuild')", params: [] };
  for (const sql of termStatsSql) yield { sql, params: [] };
}

/**
 * Replaces the index in `db` with `corpus` (SQLite: wrap the call in a transaction for speed; D1 refuses BEGIN, so
 * load D1 from `fillFtsSql` instead).
 * @example await fillFts(sqliteDb(new Database(':memory:')), loadCorpus(), tokenizeText)
 */
export async function fillFts(db: SqlDb, corpus: Corpus, tokenize: Tokenize): Promise<void> {
  for (const sql of [...dropFtsSql, ...createFtsSql]) await db.run(sql);
  for (const s of ftsStatements(corpus, tokenize)) await db.run(s.sql, s.params);
}

const literal = (v: SqlValue) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`);

/** The whole index as one SQL script (for `wrangler d1 execute DB --file`). */
export function fillFtsSql(corpus: Corpus, tokenize: Tokenize): string {
  const lines = [...dropFtsSql, ...createFtsSql].map((s) => `${s};`);
  for (const s of ftsStatements(corpus, tokenize)) {
    let i = 0;
    lines.push(`${s.sql.replace(/\?/g, () => literal(s.params[i++] ?? null))};`);
  }
  return `${lines.join('\n')}\n`;
}
