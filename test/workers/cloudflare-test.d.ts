// The part of the pool's `cloudflare:test` module these tests use, typed with the bindings of src/store/bindings.ts
// (the package's own declarations need @cloudflare/workers-types, which the Node build does not install).
declare module 'cloudflare:test' {
  import type { D1Database, KvNamespace } from '../../src/store/bindings';

  export interface D1Migration {
    name: string;
    queries: string[];
  }
  export const env: { SESSIONS: KvNamespace; DB: D1Database; TEST_MIGRATIONS: D1Migration[] };
  /** The main worker (src/worker.ts) as a service binding. */
  export const SELF: { fetch(input: string, init?: RequestInit): Promise<Response> };
  export function applyD1Migrations(db: D1Database, migrations: D1Migration[]): Promise<void>;
}
