// Applies migrations/ to the simulated D1 before the tests, as `wrangler d1 migrations apply` does before a deploy.
import { applyD1Migrations, env } from 'cloudflare:test';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
