// createApp(deps): mounts the web API (and later the page and Telegram) and owns the one onError.
import { Hono, type Context, type ExecutionContext } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from './contract/logger';
import { createApi, type ApiDeps } from './web/api';
import { ApiError, errorBody } from './web/errors';
import { createFeedbackApi } from './web/feedback-api';
import type { FeedbackStore } from './store/feedback';
import { createPages } from './web/page/routes';
import type { Contact } from './web/page/chat-page';
import type { TelegramConfig } from './telegram/config';
import type { TelegramState } from './store/telegram-state';
import { createAdmin } from './admin/routes';
import type { AdminSessionStore } from './store/admin-sessions';
import { rateLimit, type RateLimitDeps } from './web/rate-limit';
import { createOpenAi } from './openai/routes';
import { createWidget, embedFraming } from './widget/routes';
import type { KvNamespace } from './store/bindings';
import type { WechatConfig } from './wechat/config';
import type { WecomConfig } from './wecom/config';
import { bodyLimits } from './web/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { maskingFeedback } from './store/pii';
import { StoreUnavailable } from './store/degrade';

export type AppDeps = ApiDeps & {
  /** Where 👍/👎 from the web chat go (POST /api/feedback). */
  feedback: FeedbackStore;
  /** Present when TELEGRAM_BOT_TOKEN is set: mounts POST /telegram/webhook (see telegramConfig). */
  telegram?: TelegramConfig;
  /** The bot's chat state and seen update ids beyond this process (KV on Workers, SQLite on Node); memory without it. */
  telegramState?: TelegramState;
  /** Present when ADMIN_TOKEN is set and a question log is wired: mounts /admin (otherwise /admin is a 404). */
  admin?: { token: string; retentionDays: number; timeZone?: string; cookieSecure?: boolean };
  /** Server-side staff sessions beyond this process (KV on Workers, SQLite on Node); memory without it. */
  adminSessions?: AdminSessionStore;
  /** Per-client limits on /api/chat, /api/benefits, /api/search, /api/feedback and /admin/login: 429 with Retry-After. */
  httpLimit?: RateLimitDeps;
  /** The open interfaces (README "Open interfaces"): keys for /v1 and /mcp, browser origins for /mcp and for embedding. */
  open?: { apiKeys: string[]; mcpAllowedOrigins: string[]; embedOrigins: string[] };
  /** Present when WECHAT_TOKEN is set: mounts GET|POST /wechat (the Official Account callback). */
  wechat?: WechatConfig;
  /** Present when WECOM_TOKEN, WECOM_AES_KEY and WECOM_CORP_ID are set: mounts GET|POST /wecom. */
  wecom?: WecomConfig;
  /** The key-value store WeChat and WeCom keep user state and seen messages in (SESSIONS on Workers, SQLite on Node). */
  kv?: KvNamespace;
  /** CHAT_MESSAGES_PER_MINUTE for each WeChat and WeCom user (Telegram's is in `telegram`). */
  messagesPerMinute: number;
  /** CONTACT_TEXT / CONTACT_PHONE: a person to ask, shown on out-of-scope answers and after 👎 (12345 when unset). */
  contact?: Contact;
};

/**
 * Routes that cost work per request (a search, a model call, a stored row, a token check). Every admin route is
 * limited too: on Workers the binding counts across isolates, on top of admin/auth.ts's lockout after failures.
 */
const RATE_LIMITED = ['/api/chat', '/api/benefits', '/api/search', '/api/understand', '/api/feedback', '/admin', '/admin/*'];

/** One app for Node, Workers, the CLI and tests. */
export function createApp(input: AppDeps): Hono {
  // Ratings are masked before they are stored (phone, 身份证, e-mail, card numbers), whichever route or store.
  const deps: AppDeps = { ...input, feedback: maskingFeedback(input.feedback) };
  const app = new Hono();
  // Registered first so it runs last: /?embed=1 for EMBED_ORIGINS drops the DENY that secureHeaders sets for every page.
  app.use('/', embedFraming(deps.open?.embedOrigins ?? []));
  // nosniff, no framing, no referrer, HSTS on every response (JSON included); the pages add their own strict CSP.
  app.use('*', secureHeaders({ xFrameOptions: 'DENY', crossOriginResourcePolicy: false, crossOriginOpenerPolicy: false }));
  // Limits run before the routes so an over-limit request is refused before its body is read.
  if (deps.httpLimit) {
    const limit = rateLimit(deps.httpLimit, deps.logger);
    for (const path of RATE_LIMITED) app.use(path, limit);
  }
  // Bodies are counted as they arrive: a huge or endless chunked body is cut off at the limit with 413.
  bodyLimits(app);
  app.route('/', createPages(deps.contact));
  app.route('/', createWidget(deps.open?.embedOrigins ?? []));
  app.route('/', createApi(deps));
  app.route('/', createFeedbackApi(deps));
  app.route('/', createOpenAi({ ...deps, apiKeys: deps.open?.apiKeys ?? [] }));
  // The MCP SDK (about 115 KiB gzipped) is a chunk of its own, loaded by the first request to /mcp.
  let mcp: Promise<Hono> | undefined;
  const mcpRoutes = () =>
    (mcp ??= import('./mcp/routes').then((m) =>
      m.createMcp({ ...deps, apiKeys: deps.open?.apiKeys ?? [], allowedOrigins: deps.open?.mcpAllowedOrigins ?? [] }),
    ));
  app.all('/mcp', async (c) => (await mcpRoutes()).fetch(c.req.raw, c.env, executionContext(c)));
  if (deps.telegram) {
    // grammY is a chunk imported only with a bot token (see telegram/mount.ts); the import starts now, not on the first update.
    const routes = import('./telegram/mount').then((m) => m.telegramRoutes({ ...deps, telegram: deps.telegram! }));
    routes.catch((err: unknown) => logError(deps.logger, err instanceof Error ? err : new Error(String(err)), '/telegram/webhook'));
    app.post('/telegram/webhook', async (c) => (await routes).fetch(c.req.raw, c.env, executionContext(c)));
  }
  // WeChat and WeCom (an XML parser and AES) load only when configured, like Telegram.
  if (deps.wechat) {
    const config = deps.wechat;
    const routes = import('./wechat/route').then((m) => m.wechatRoutes(config, deps));
    routes.catch((err: unknown) => logError(deps.logger, err instanceof Error ? err : new Error(String(err)), '/wechat'));
    app.on(['GET', 'POST'], '/wechat', async (c) => (await routes).fetch(c.req.raw, c.env, executionContext(c)));
  }
  if (deps.wecom) {
    const config = deps.wecom;
    const routes = import('./wecom/route').then((m) => m.wecomRoutes(config, deps));
    routes.catch((err: unknown) => logError(deps.logger, err instanceof Error ? err : new Error(String(err)), '/wecom'));
    app.on(['GET', 'POST'], '/wecom', async (c) => (await routes).fetch(c.req.raw, c.env, executionContext(c)));
  }
  if (deps.admin && deps.questions) {
    const clientKey = deps.httpLimit?.clientKey;
    app.route('/', createAdmin({ ...deps, ...deps.admin, questions: deps.questions, ...(clientKey ? { clientKey } : {}) }));
  }

  app.notFound((c) => c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}. See README "API".`), 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
    if (err instanceof HTTPException) return c.json(errorBody('invalid_request', err.message || 'Bad request'), err.status);
    if (err instanceof StoreUnavailable) {
      deps.logger.warn('store_unavailable', { path: c.req.path });
      return c.json(
        errorBody('store_unavailable', '暂时无法保存，请稍后再试。It could not be saved right now; please try again later.'),
        503,
        { 'Retry-After': '30' },
      );
    }
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
