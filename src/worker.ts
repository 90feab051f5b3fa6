// Cloudflare Workers entry: the same app, built once per isolate.
import { describeError } from './contract/logger';
import { waitUntil } from 'cloudflare:workers';
import { createApp } from './app';
import { loadConfig } from './config';
import { buildDeps, consoleLogger } from './deps';
import { bindingLimiter } from './limits/limiter';
import type { AiBinding } from './llm/workers-ai';
import type { RateLimitBinding } from './store/bindings';
import { sessionTtlMs } from './store/sessions';
import { pruneOlderThan } from './store/stores';
import { workerStores, type StoreBindings } from './store/workers';
import { cloudflareClientKey } from './web/rate-limit';

/** Vars and secrets (the same names as Node's environment) plus the bindings of wrangler.toml. */
type WorkerEnv = Record<string, unknown> & StoreBindings & { AI?: AiBinding; RATE_LIMITER?: RateLimitBinding };
type App = ReturnType<typeof createApp>;

// Workers only hand over env with a request, so the app is built on the first one and reused for the isolate's life.
let app: App | undefined;

function build(env: WorkerEnv): App {
  const config = loadConfig(env);
  const stores = workerStores(env, consoleLogger, { sessionTtlMs: sessionTtlMs(config.SESSION_TTL_MINUTES) });
  const httpLimit = env.RATE_LIMITER
    ? { httpLimit: { limiter: bindingLimiter(env.RATE_LIMITER, config.RATE_LIMIT_PERIOD_SECONDS), clientKey: cloudflareClientKey } }
    : {};
  // defer: the question-log write finishes under the current request's waitUntil, after the reply is sent.
  return createApp(buildDeps(config, { ai: env.AI }, consoleLogger, { ...stores, ...httpLimit, defer: (work) => waitUntil(work) }));
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: Parameters<App['fetch']>[2]) {
    app ??= build(env);
    return app.fetch(request, env, ctx);
  },

  /** The daily cron of wrangler.toml: deletes log rows and ratings older than LOG_RETENTION_DAYS. */
  scheduled(_controller: unknown, env: WorkerEnv, ctx: { waitUntil(promise: Promise<unknown>): void }) {
    const days = loadConfig(env).LOG_RETENTION_DAYS;
    ctx.waitUntil(
      pruneOlderThan(days, new Date(), workerStores(env, consoleLogger).retention).then(
        (deleted) => consoleLogger.info('retention_pruned', { days, deleted }),
        (err: unknown) => consoleLogger.error('retention_failed', describeError(err)),
      ),
    );
  },
};
