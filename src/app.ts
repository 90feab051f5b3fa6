// createApp(deps): mounts the web API (and later the page and Telegram) and owns the one onError.
import { Hono, type Context, type ExecutionContext } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from './answer/pipeline';
import { createApi, type ApiDeps } from './web/api';
import { ApiError, errorBody } from './web/errors';
import { createFeedbackApi } from './web/feedback-api';
import type { FeedbackStore } from './web/feedback';
import { createPages } from './web/page/routes';
import type { TelegramConfig } from './telegram/config';
import type { TelegramState } from './telegram/context';
import { createAdmin } from './admin/routes';
import { rateLimit, type RateLimitDeps } from './web/rate-limit';

export type AppDeps = ApiDeps & {
  /** Where 👍/👎 from the web chat go (POST /api/feedback). */
  feedback: FeedbackStore;
  /** Present when TELEGRAM_BOT_TOKEN is set: mounts POST /telegram/webhook (see telegramConfig). */
  telegram?: TelegramConfig;
  /** The bot's chat state and seen update ids beyond this process (KV on Workers, SQLite on Node); memory without it. */
  telegramState?: TelegramState;
  /** Present when ADMIN_TOKEN is set and a question log is wired: mounts /admin (otherwise /admin is a 404). */
  admin?: { token: string; retentionDays: number };
  /** Per-client limits on POST /api/chat and /api/benefits (and /admin/login): 429 with Retry-After. */
  httpLimit?: RateLimitDeps;
};

/** One app for Node, Workers, the CLI and tests. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  // Limits run before the routes so an over-limit request is refused before its body is read.
  if (deps.httpLimit) {
    const limit = rateLimit(deps.httpLimit, deps.logger);
    for (const path of ['/api/chat', '/api/benefits', '/admin/login']) app.use(path, limit);
  }
  app.route('/', createPages());
  app.route('/', createApi(deps));
  app.route('/', createFeedbackApi(deps));
  if (deps.telegram) {
    // grammY is a chunk imported only with a bot token (see telegram/mount.ts); the import starts now, not on the first update.
    const routes = import('./telegram/mount').then((m) => m.telegramRoutes({ ...deps, telegram: deps.telegram! }));
    routes.catch((err: unknown) => logError(deps.logger, err instanceof Error ? err : new Error(String(err)), '/telegram/webhook'));
    app.post('/telegram/webhook', async (c) => (await routes).fetch(c.req.raw, c.env, executionContext(c)));
  }
  if (deps.admin && deps.questions) app.route('/', createAdmin({ ...deps, ...deps.admin, questions: deps.questions }));

  app.notFound((c) => c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}. See README "API".`), 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
    if (err instanceof HTTPException) return c.json(errorBody('invalid_request', err.message || 'Bad request'), err.status);
    logError(deps.logger, err, c.req.path);
    return c.json(errorBody('internal', 'Something went wrong on our side; please try again.'), 500);
  });
  return app;
}

/** The Workers execution context, or undefined on Node (where Hono's getter throws). */
function executionContext(c: Context): ExecutionContext | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}

function logError(logger: Logger, err: Error, path: string): void {
  logger.error('unhandled', { path, name: err.name, message: err.message });
}
