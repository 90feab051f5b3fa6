// Node entry: `npm start` serves the app with @hono/node-server at PORT (default 8787).
import { describeError } from './contract/logger';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, loadConfig, parseTrustProxy, type Config } from './config';
import { buildDeps } from './deps';
import { perMinute } from './limits/limiter';
import { sqliteStores } from './store/node';
import { sessionTtlMs } from './store/sessions';
import { stdoutLogger } from './stdout-logger';
import { pruneOlderThan } from './store/stores';
import { nodeClientKey } from './web/client-ip-node';

/** A bad variable stops start-up with the message naming it (never its value). */
function configOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

const config = configOrExit();
const consoleLogger = stdoutLogger();
const stores = sqliteStores(config.SQLITE_PATH, consoleLogger, { sessionTtlMs: sessionTtlMs(config.SESSION_TTL_MINUTES) });
// The stores commit one transaction per event-loop turn: commit the last one on the way out. 'exit' covers a normal
// exit and an uncaught exception; a signal ends the process without 'exit', so it commits, then re-raises the signal.
process.on('exit', () => stores.flush());
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    stores.flush();
    process.kill(process.pid, signal);
  });
const httpLimit = {
  limiter: perMinute(config.RATE_LIMIT_PER_MINUTE, Date.now),
  // The socket's address; X-Forwarded-For only through the proxies TRUST_PROXY names (anyone can send the header).
  clientKey: nodeClientKey(config.TRUST_PROXY ? parseTrustProxy(config.TRUST_PROXY) : undefined),
};
// defer: the question-log write runs on after the reply is sent (the pipeline logs a failed write).
const app = createApp(buildDeps(config, {}, consoleLogger, { ...stores, httpLimit, defer: (work) => void work }));

// Retention: once at start-up, then daily (unref'd, so it never keeps the process alive).
const prune = () =>
  pruneOlderThan(config.LOG_RETENTION_DAYS, new Date(), stores.retention).then(
    (deleted) => consoleLogger.info('retention_pruned', { days: config.LOG_RETENTION_DAYS, deleted }),
    (err: unknown) => consoleLogger.error('retention_failed', describeError(err)),
  );
void prune();
// prune() logs its own failure, so the timer only starts it.
setInterval(() => void prune(), 24 * 60 * 60 * 1000).unref();
serve({ fetch: app.fetch, port: config.PORT }, (info) => {
  console.log(`石嘴山人才政策问答 listening on http://localhost:${info.port}`);
  if (config.ADMIN_TOKEN && !config.ADMIN_COOKIE_SECURE) {
    console.warn('ADMIN_COOKIE_SECURE=false: the /admin sign-in cookie is sent over plain HTTP too. Use this only on a trusted intranet.');
  }
});
