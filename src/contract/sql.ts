// The SQL port: D1 on Workers and SQLite on Node implement it (src/store/), the stores and the full-text search use it.
export type SqlValue = string | number | null;

/** The two calls the stores need; d1.ts and sqlite.ts adapt their driver to it. */
export interface SqlDb {
  all(sql: string, params?: SqlValue[]): Promise<Record<string, unknown>[]>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
}
