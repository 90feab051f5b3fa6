// Builds the default dependencies from the bundled corpus and index (shared by every entry point).
import { describeError, type Logger } from './contract/logger';
import type { AppDeps } from './app';
import { CHAT_MESSAGES_PER_MINUTE_DEFAULT, type Config } from './config';
import { preloadLlm } from './llm/answer';
import { createModel, type ModelEnv } from './llm/model';
import { loadCorpus } from './corpus/load';
import { memorySessionStore, sessionTtlMs } from './store/sessions';
import { loadRules } from './rules/load';
import { loadBundledReader, loadBundledSearch } from './search/load';
import { memoryFeedbackStore } from './store/feedback';
import { telegramConfig } from './telegram/config';
import { wechatConfig } from './wechat/config';
import { wecomConfig } from './wecom/config';

/** Logs JSON lines to the console (Workers' observability and Node's stdout both read them). */
export const consoleLogger: Logger = {
  info: (event, data) => console.log(JSON.stringify({ level: 'info', event, ...data })),
  warn: (event, data) => console.warn(JSON.stringify({ level: 'warn', event, ...data })),
  error: (event, data) => console.error(JSON.stringify({ level: 'error', event, ...data })),
};

/** The offline dependencies: bundled corpus, prebuilt index, no model. */
export function offlineDeps(logger: Logger = consoleLogger): AppDeps {
  const corpus = loadCorpus();
  const rules = loadRules();
  const reader = loadBundledReader(corpus, rules);
  return {
    corpus,
    reader,
    search: loadBundledSearch(corpus, reader),
    rules,
    sessions: memorySessionStore(),
    clock: () => new Date(),
    logger,
    provider: 'offline',
    feedback: memoryFeedbackStore(),
    messagesPerMinute: CHAT_MESSAGES_PER_MINUTE_DEFAULT,
  };
}

/**
 * The dependencies for a validated config: the offline ones plus the configured model (none for LLM_PROVIDER=offline).
 * @example buildDeps(loadConfig(process.env)) // Workers: buildDeps(loadConfig(env), { ai: env.AI }, consoleLogger, { ...workerStores(env, consoleLogger) })
 */
export function buildDeps(config: Config, env: ModelEnv = {}, logger: Logger = consoleLogger, durable: Partial<AppDeps> = {}): AppDeps {
  const telegram = telegramConfig(config);
  const admin = config.ADMIN_TOKEN
    ? {
        admin: {
          token: config.ADMIN_TOKEN,
          retentionDays: config.LOG_RETENTION_DAYS,
          timeZone: config.ADMIN_TIME_ZONE,
          cookieSecure: config.ADMIN_COOKIE_SECURE,
        },
      }
    : {};
  const open = { open: { apiKeys: config.API_KEYS, mcpAllowedOrigins: config.MCP_ALLOWED_ORIGINS, embedOrigins: config.EMBED_ORIGINS } };
  // `durable`: the entry point's stores (SQLite on Node, KV and D1 on Workers, including the bot's chat state and seen
  // update ids) and its rate limiter replace the memory ones.
  const wechat = wechatConfig(config);
  const wecom = wecomConfig(config);
  const channels = { ...(wechat ? { wechat } : {}), ...(wecom ? { wecom } : {}) };
  const contact =
    config.CONTACT_TEXT || config.CONTACT_PHONE ? { contact: { text: config.CONTACT_TEXT, phone: config.CONTACT_PHONE } } : {};
  const settings = {
    messagesPerMinute: config.CHAT_MESSAGES_PER_MINUTE,
    sessions: memorySessionStore({ ttlMs: sessionTtlMs(config.SESSION_TTL_MINUTES) }),
  };
  const deps = {
    ...offlineDeps(logger),
    ...settings,
    ...(telegram ? { telegram } : {}),
    ...channels,
    ...admin,
    ...open,
    ...contact,
    ...durable,
  };
  const model = createModel(config, env);
  if (!model) return deps;
  // The model code is a separate chunk (offline never loads it); with a model configured, load it now, not on the first question.
  preloadLlm().catch((err: unknown) => logger.error('llm_load_failed', describeError(err)));
  // The key is never logged: provider, model and budget say enough to debug.
  logger.info('llm_configured', { provider: model.provider, model: model.model, timeoutMs: model.timeoutMs });
  return { ...deps, model, provider: `${model.provider}:${model.model}` };
}
