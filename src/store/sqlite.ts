// Node's durable stores in one SQLite file: sessions (so a restart forgets no conversation), feedback and the question log.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { parseSessionState, sessionTtlMs, type SessionStore } from './sessions';
import type { SqlDb, SqlValue } from '../contract/sql';

/**
 * Opens (creating if needed) the database at `path` and applies the migrations; ':memory:' for a throwaway one.
 * @example const db = openSqlite('data/assistant.sqlite')
 */
export function openSqlite(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL: readers (the admin page) never wait for the writer (answers being logged). NORMAL: a commit is written to the
  // WAL without an fsync (about 20 µs instead of 180 µs here, and every answer commits two or three rows); the file stays
  // consistent, and only a power cut, not a crash of this process, can lose the last commits (sessions and log rows).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  // Sessions are a KV concern on Workers, so their table lives here rather than in the shared D1 migrations.
  db.exec('CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, state TEXT NOT NULL, expires INTEGER NOT NULL)');
  // Telegram chat state and seen update ids (sqlite-kv.ts): on Workers they are KV keys too, so the table lives here.
  db.exec('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires INTEGER NOT NULL)');
  return db;
}

/** Writes grouped into one transaction per turn of the event loop (see `turnTransactions`). */
export interface WriteBatch {
  /** Called before each write: the first write of a turn opens the turn's transaction. */
  begin(): void;
  /** Commits the open transaction now (before closing the database, or when the process exits). */
  flush(): void;
}

/**
 * One transaction per turn of the event loop for every write made in it: a chat turn writes two or three rows (the
 * new session, the session after the answer, the question log), and under load a turn serves many requests, so the
 * WAL gets one commit per turn instead of one per row (a commit cost about 20 µs here, the row itself a few µs). The
 * same connection reads its own uncommitted rows, so nothing in this process sees a difference. Durability is
 * `synchronous = NORMAL`'s, delayed by at most one turn: the commit runs when the turn's callbacks are done
 * (setImmediate), and `flush()` runs it at once; close() and the Node entry's exit and signal handlers call it, so a
 * crash of the process loses nothing it wrote, and only a kill -9 or a power cut can lose the last turn's rows.
 * @example const batch = turnTransactions(db, (err) => logger.error('sqlite_commit_failed', describeError(err)))
 */
export function turnTransactions(db: Database.Database, onError: (err: unknown) => void): WriteBatch {
  let open = false;
  const flush = () => {
    if (!open) return;
    open = false;
    try {
      if (db.open && db.inTransaction) db.exec('COMMIT');
    } catch (err) {
      onError(err);
      if (db.open && db.inTransaction) db.exec('ROLLBACK');
    }
  };
  return {
    begin() {
      // Someone else's transaction (migrate's, a caller's own) is left alone: its writes commit with it.
      if (open || db.inTransaction) return;
      db.exec('BEGIN');
      open = true;
      setImmediate(flush);
    },
    flush,
  };
}

const noBatch: WriteBatch = { begin: () => {}, flush: () => {} };

/**
 * better-sqlite3 behind the SqlDb calls (synchronous underneath; the promises keep one interface with D1). With a
 * `batch`, writes join the turn's transaction.
 */
export function sqliteDb(db: Database.Database, batch: WriteBatch = noBatch): SqlDb {
  // Compiling a statement costs more than running it (every answer logs a row): each SQL text is prepared once. The
  // texts come from this code, a few dozen shapes; the bound only guards against a caller that builds many.
  const statements = new Map<string, Database.Statement<SqlValue[], Record<string, unknown>>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= 256) statements.clear();
      statement = db.prepare<SqlValue[], Record<string, unknown>>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return {
    async all(sql, params: SqlValue[] = []) {
      return prepared(sql).all(...params);
    },
    async run(sql, params: SqlValue[] = []) {
      batch.begin();
      return prepared(sql).run(...params).changes;
    },
  };
}

export interface SqliteSessionOptions {
  ttlMs?: number;
  clock?: () => Date;
  /** Writes join the turn's transaction (`turnTransactions`). */
  batch?: WriteBatch;
}

/** Sessions in SQLite with the same idle time-to-live as the memory and KV stores. */
export function sqliteSessionStore(db: Database.Database, options: SqliteSessionOptions = {}): SessionStore & { prune(): number } {
  const ttl = options.ttlMs ?? sessionTtlMs();
  const clock = options.clock ?? (() => new Date());
  const batch = options.batch ?? noBatch;
  const select = db.prepare<[string, number], { state: string }>('SELECT state FROM sessions WHERE id = ? AND expires > ?');
  const upsert = db.prepare(
    'INSERT INTO sessions (id, state, expires) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, expires = excluded.expires',
  );
  const expire = db.prepare('DELETE FROM sessions WHERE expires <= ?');
  return {
    async get(id) {
      const row = select.get(id, clock().getTime());
      return parseSessionState(row?.state);
    },
    async set(id, state) {
      batch.begin();
      upsert.run(id, JSON.stringify(state), clock().getTime() + ttl);
    },
    prune() {
      batch.begin();
      return expire.run(clock().getTime()).changes;
    },
  };
}
