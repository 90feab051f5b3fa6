// A KV namespace in a SQLite table for Node, so the Telegram state written for Workers KV runs unchanged on one file.
import type Database from 'better-sqlite3';
import type { KvNamespace } from './bindings';
import type { WriteBatch } from './sqlite';

/**
 * The `kv` table of openSqlite behind KV's get/put, with expirationTtl honoured on read and by prune().
 * @example telegramState(sqliteKv(openSqlite('data/assistant.sqlite')), logger)
 */
export function sqliteKv(
  db: Database.Database,
  clock: () => Date = () => new Date(),
  batch: WriteBatch = { begin: () => {}, flush: () => {} },
): KvNamespace & { prune(): number } {
  // Typed statements (better-sqlite3's generics) give the row type without a cast; the table's schema guarantees it.
  const select = db.prepare<[string, number], { value: string }>('SELECT value FROM kv WHERE key = ? AND expires > ?');
  const upsert = db.prepare(
    'INSERT INTO kv (key, value, expires) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires',
  );
  const expire = db.prepare('DELETE FROM kv WHERE expires <= ?');
  return {
    async get(key) {
      const row = select.get(key, clock().getTime());
      return row?.value ?? null;
    },
    async put(key, value, options = {}) {
      // KV without a TTL keeps a value for ever; a far-off expiry says the same in one column.
      const ttlMs = options.expirationTtl === undefined ? Number.MAX_SAFE_INTEGER / 2 : options.expirationTtl * 1000;
      batch.begin();
      upsert.run(key, value, clock().getTime() + ttlMs);
    },
    prune() {
      batch.begin();
      return expire.run(clock().getTime()).changes;
    },
  };
}
