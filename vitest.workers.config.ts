// The HTTP contract inside workerd: src/worker.ts with wrangler.toml's bindings (KV, D1, rate limiter) simulated locally.
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('migrations');
  return {
    plugins: [
      cloudflareTest({
        main: './src/worker.ts',
        wrangler: { configPath: './wrangler.toml' },
        miniflare: { bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN: 'workers-test-admin-token' } },
      }),
    ],
    test: {
      include: ['test/workers/**/*.test.ts'],
      setupFiles: ['test/workers/apply-migrations.ts'],
      testTimeout: 30000,
    },
  };
});
