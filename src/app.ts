// createApp(deps): mounts the web API (and later the page and Telegram) and owns the one onError.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from './answer/pipeline';
import { createApi, type ApiDeps } from './web/api';
import { ApiError, errorBody } from './web/errors';
import { createFeedbackApi } from './web/feedback-api';
import type { FeedbackStore } from './web/feedback';
import { createPages } from './web/page/routes';
import type { Contact } from './web/page/chat-page';
import { createBot } from './telegram/bot';
import type { TelegramConfig } from './telegram/config';
import type { TelegramState } from './telegram/context';
import { telegramWebhook } from './telegram/webhook';
import { createAdmin } from './admin/routes';
import { rateLimit, type RateLimitDeps } from './web/rate-limit';
import { createOpenAi } from './openai/routes';
import { createMcp } from './mcp/routes';
import { createWidget, embedFraming } from './widget/routes';
import type { KvNamespace } from './store/bindings';
import type { WechatConfig } from './wechat/config';
import { wechatRoutes } from './wechat/route';
import type { WecomConfig } from './wecom/config';
import { wecomRoutes } from './wecom/route';

export type AppDeps = ApiDeps & {
  /** Where 👍/👎 from the web chat go (POST /api/feedback). */
  feedback: FeedbackStore;
  /** Present when TELEGRAM_BOT_TOKEN is set: mounts POST /telegram/webhook (see telegramConfig). */
  telegram?: TelegramConfig;
  /** The bot's chat state and seen update ids beyond this process (KV on Workers, SQLite on Node); memory without it. */
  telegramState?: TelegramState;
  /** Present when ADMIN_TOKEN is set and a question log is wired: mounts /admin (otherwise /admin is a 404). */
  admin?: { token: string; retentionDays: number; timeZone?: string };
  /** Per-client limits on POST /api/chat and /api/benefits (and /admin/login): 429 with Retry-After. */
  httpLimit?: RateLimitDeps;
  /** The open interfaces (README "Open interfaces"): keys for /v1 and /mcp, browser origins for /mcp and for embedding. */
  open?: { apiKeys: string[]; mcpAllowedOrigins: string[]; embedOrigins: string[] };
  /** Present when WECHAT_TOKEN is set: mounts GET|POST /wechat (the Official Account callback). */
  wechat?: WechatConfig;
  /** Present when WECOM_TOKEN, WECOM_AES_KEY and WECOM_CORP_ID are set: mounts GET|POST /wecom. */
  wecom?: WecomConfig;
  /** The key-value store WeChat and WeCom keep user state and seen messages in (SESSIONS on Workers, SQLite on Node). */
  kv?: KvNamespace;
  /** CONTACT_TEXT / CONTACT_PHONE: a person to ask, shown on out-of-scope answers and after 👎 (12345 when unset). */
  contact?: Contact;
};

/** One app for Node, Workers, the CLI and tests. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  // Limits run before the routes so an over-limit request is refused before its body is read.
  if (deps.httpLimit) {
    const limit = rateLimit(deps.httpLimit, deps.logger);
    for (const path of ['/api/chat', '/api/benefits', '/admin/login']) app.use(path, limit);
  }
  app.use('/', embedFraming(deps.open?.embedOrigins ?? []));
  app.route('/', createPages(deps.contact));
  app.route('/', createWidget(deps.open?.embedOrigins ?? []));
  app.route('/', createApi(deps));
  app.route('/', createFeedbackApi(deps));
  app.route('/', createOpenAi({ ...deps, apiKeys: deps.open?.apiKeys ?? [] }));
  app.route('/', createMcp({ ...deps, apiKeys: deps.open?.apiKeys ?? [], allowedOrigins: deps.open?.mcpAllowedOrigins ?? [] }));
  if (deps.telegram) {
    const state = deps.telegramState ? { storage: deps.telegramState.chats, updateLog: deps.telegramState.updates } : {};
    const bot = createBot({ ...deps, telegram: deps.telegram, ...state });
    app.route('/', telegramWebhook(bot, { secret: deps.telegram.webhookSecret, logger: deps.logger }));
  }
  if (deps.wechat) app.route('/', wechatRoutes(deps.wechat, deps));
  if (deps.wecom) app.route('/', wecomRoutes(deps.wecom, deps));
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

function logError(logger: Logger, err: Error, path: string): void {
  logger.error('unhandled', { path, name: err.name, message: err.message });
}
