// createApp(deps): mounts the web API (and later the page and Telegram) and owns the one onError.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from './answer/pipeline';
import { createApi, type ApiDeps } from './web/api';
import { ApiError, errorBody } from './web/errors';
import { createFeedbackApi } from './web/feedback-api';
import type { FeedbackStore } from './web/feedback';
import { createPages } from './web/page/routes';
import { createBot } from './telegram/bot';
import type { TelegramConfig } from './telegram/config';
import { telegramWebhook } from './telegram/webhook';

export type AppDeps = ApiDeps & {
  /** Where 👍/👎 from the web chat go (POST /api/feedback). */
  feedback: FeedbackStore;
  /** Present when TELEGRAM_BOT_TOKEN is set: mounts POST /telegram/webhook (see telegramConfig). */
  telegram?: TelegramConfig;
};

/** One app for Node, Workers, the CLI and tests. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.route('/', createPages());
  app.route('/', createApi(deps));
  app.route('/', createFeedbackApi(deps));
  if (deps.telegram) {
    const bot = createBot({ ...deps, telegram: deps.telegram });
    app.route('/', telegramWebhook(bot, { secret: deps.telegram.webhookSecret, logger: deps.logger }));
  }

  app.notFound((c) => c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}. See README "API".`), 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
    if (err instanceof HTTPException) return c.json(errorBody('invalid_request', err.message || 'Bad request'), err.status);
    logError(deps.logger, err, c.req.path);
    return c.json(errorBody('internal', 'Something went wrong on our side; please try again.'), 500);
  });
  return app;
}

function logError(logger: Logger, err: Error, path: string): void {
  logger.error('unhandled', { path, name: err.name, message: err.message });
}
