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

/** better-sqlite3 behind the SqlDb calls (synchronous underneath; the promises keep one interface with D1). */
export function sqliteDb(db: Database.Database): SqlDb {
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
      return prepared(sql).run(...params).changes;
    },
  };
}

export interface SqliteSessionOptions {
  ttlMs?: number;
  clock?: () => Date;
}

/** Sessions in SQLite with the same idle time-to-live as the memory and KV stores. */
export function sqliteSessionStore(db: Database.Database, options: SqliteSessionOptions = {}): SessionStore & { prune(): number } {
  const ttl = options.ttlMs ?? sessionTtlMs();
  const clock = options.clock ?? (() => new Date());
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
      upsert.run(id, JSON.stringify(state), clock().getTime() + ttl);
    },
    prune() {
      return expire.run(clock().getTime()).changes;
    },
  };
}
