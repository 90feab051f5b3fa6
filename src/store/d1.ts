// D1 behind the SqlDb calls, so Workers share the SQL (and migrations/) with the Node SQLite stores.
import type { D1Database } from './bindings';
import type { SqlDb } from '../contract/sql';

export function d1Db(db: D1Database): SqlDb {
  return {
    async all(sql, params = []) {
      return (
        await db
          .prepare(sql)
          .bind(...params)
          .all()
      ).results;
    },
    async run(sql, params = []) {
      return (
        (
          await db
            .prepare(sql)
            .bind(...params)
            .run()
        ).meta.changes ?? 0
      );
    },
  };
}
