// The slice of the Cloudflare bindings the stores use (KV, D1, Rate Limiting), typed here so the Node build needs no workers-types.

/** A KV namespace (wrangler.toml [[kv_namespaces]]). */
export interface KvNamespace {
  get(key: string): Promise<string | null>;
  /** expirationTtl in seconds; KV refuses values under 60. */
  put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void>;
}

export interface D1PreparedStatement {
  bind(...values: unknown[]): D1PreparedStatement;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
  run(): Promise<{ meta: { changes?: number } }>;
}

/** A D1 database (wrangler.toml [[d1_databases]]). */
export interface D1Database {
  prepare(sql: string): D1PreparedStatement;
}

/** The Rate Limiting binding (wrangler.toml [[ratelimits]]): one call per request, counted per key. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}
