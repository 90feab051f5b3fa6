// The HTTP contract inside workerd: src/worker.ts with wrangler.toml's bindings (KV, D1, rate limiter) simulated locally.
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { API_ROOT, BOT_INFO, SECRET, TOKEN } from './test/telegram/updates';
import { WECHAT_VARS, WECOM_VARS } from './test/wechat/support';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('migrations');
  return {
    plugins: [
      cloudflareTest({
        main: './src/worker.ts',
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            ADMIN_TOKEN: 'workers-test-admin-token',
            // The bot, as `wrangler secret put` would configure it; the Bot API is faked in test/workers/telegram.test.ts.
            TELEGRAM_BOT_TOKEN: TOKEN,
            TELEGRAM_WEBHOOK_SECRET: SECRET,
            TELEGRAM_BOT_INFO: JSON.stringify(BOT_INFO),
            TELEGRAM_API_ROOT: API_ROOT,
            // The Official Account in safe mode and a WeCom app, as `wrangler secret put` would configure them.
            ...WECHAT_VARS,
            ...WECOM_VARS,
          },
        },
      }),
    ],
    test: {
      include: ['test/workers/**/*.test.ts'],
      // Under vitest's module loader (not the esbuild Worker bundle, which honours langsmith's "browser" field) the
      // model chunk's langsmith imports node:os, so a test that configures a model cannot load that chunk here and the
      // answer falls back as it would on any model fault. Only that loader error is ignored; every other one fails the run.
      onUnhandledError: (error: { message?: string }) => !/No such module "node:os"/.test(error.message ?? ''),
      setupFiles: ['test/workers/apply-migrations.ts'],
      testTimeout: 30000,
    },
  };
});
