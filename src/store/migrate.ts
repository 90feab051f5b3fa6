// Applies migrations/*.sql to a Node SQLite database the way `wrangler d1 migrations apply` does to D1: in name
// order, each once, recorded in the same d1_migrations table.
import { readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import * as z from '../contract/zod';

/** A row of d1_migrations as SQLite returns it (better-sqlite3 types rows as unknown). */
const AppliedRow = z.object({ name: z.string() });

/** The repository's migrations folder (the one wrangler.toml's migrations_dir names). */
const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);

/**
 * Applies the migrations not yet recorded; returns the names applied now.
 * @example migrate(new Database('data/assistant.sqlite')) // → ['0001_question_log_and_feedback.sql'] the first time, [] after
 */
export function migrate(db: Database.Database, dir: URL = MIGRATIONS_DIR): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS d1_migrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)`);
  const done = new Set(
    db
      .prepare('SELECT name FROM d1_migrations')
      .all()
      .map((r) => AppliedRow.parse(r).name),
  );
  const pending = readdirSync(dir)
    .filter((f) => f.endsWith('.sql') && !done.has(f))
    .sort();
  for (const name of pending) {
    const sql = readFileSync(new URL(name, dir), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO d1_migrations (name) VALUES (?)').run(name);
    })();
  }
  return pending;
}
