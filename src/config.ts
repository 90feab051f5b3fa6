// Configuration from the environment (Node) or vars/secrets (Workers), validated once at start-up with zod.
import * as z from './contract/zod';

/**
 * TRUST_PROXY's grammar (Node: which proxies may name the client in X-Forwarded-For, see web/client-ip-node.ts): a hop
 * count, or a comma-separated list of IPv4/IPv6 addresses or CIDRs (and proxy-addr's names loopback, linklocal, uniquelocal).
 */
const ENTRY = /^(?:loopback|linklocal|uniquelocal|[0-9a-f:.]+(?:\/\d{1,3})?)$/i;

/** The parsed TRUST_PROXY: how many proxies, or which ones. */
export type TrustProxy = { hops: number } | { addresses: string[] };

/**
 * @example parseTrustProxy('1') // → { hops: 1 }; parseTrustProxy('10.0.0.0/8, 127.0.0.1') // → { addresses: ['10.0.0.0/8', '127.0.0.1'] }
 */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim();
  if (/^\d{1,2}$/.test(text)) return { hops: Number(text) };
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length > 0 && list.every((e) => ENTRY.test(e) && /[0-9a-z]/i.test(e)) ? { addresses: list } : undefined;
}

/** ADMIN_TOKEN is the only thing between the internet and the question log: long enough that guessing is hopeless. */
const MIN_ADMIN_TOKEN_CHARS = 24;

/** How long an idle conversation keeps its facts, in every session store (memory, SQLite, KV). */
export const SESSION_TTL_MINUTES_DEFAULT = 30;
/** Messages one chat (Telegram), or one WeChat or WeCom user, may send per minute. */
export const CHAT_MESSAGES_PER_MINUTE_DEFAULT = 10;

/** A setting for which an empty value means unset, so its default applies (as in `PORT=` or `LLM_PROVIDER=`). */
const unsetWhenEmpty = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((v: unknown) => (v === '' ? undefined : v)),
    schema,
  );

/** An integer setting: unset or empty takes the default; anything else must be a whole number in [min, max]. */
const envInt = (min: number, max: number, fallback: number) =>
  unsetWhenEmpty(z._default(z.pipe(z.coerce.number(), z.int()).check(z.gte(min), z.lte(max)), fallback));

/** Unset, empty and whitespace-only values all mean "not configured". */
const optionalText = z.pipe(
  z.transform((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v)),
  z.optional(z.string().check(z.trim())),
);

/** A comma-separated list ("a, b"): items trimmed, empty items dropped; unset means none. */
const commaList = <T extends z.ZodMiniType<string>>(item: T) =>
  z.pipe(
    z.transform((v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : (v ?? []),
    ),
    z.array(item),
  );

/** A browser origin as the Origin header and CSP frame-ancestors write it: scheme, host and port, nothing else. */
const WebOrigin = z.pipe(
  z
    .string()
    .check(
      z.regex(
        /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i,
        'each item must be an origin such as https://www.example.gov.cn or http://localhost:3000 (scheme, host, port; no path or trailing slash)',
      ),
    ),
  z.transform((s) => s.toLowerCase()),
);

const Env = z
  .object({
    PORT: z._default(z.pipe(z.coerce.number(), z.int()).check(z.gte(1), z.lte(65535)), 8787),
    LLM_PROVIDER: unsetWhenEmpty(z._default(z.enum(['offline', 'openai', 'workers-ai']), 'offline')),
    LLM_BASE_URL: unsetWhenEmpty(z.optional(z.url())),
    LLM_API_KEY: optionalText,
    LLM_MODEL: optionalText,
    LLM_TIMEOUT_MS: envInt(100, 120_000, 8000),
    TELEGRAM_BOT_TOKEN: optionalText,
    TELEGRAM_WEBHOOK_SECRET: optionalText,
    TELEGRAM_BOT_INFO: optionalText,
    TELEGRAM_API_ROOT: unsetWhenEmpty(z._default(z.url(), 'https://api.telegram.org')),
    /** Messages, commands and button taps one chat (one member in a group) may send per minute; WeChat and WeCom users too. */
    CHAT_MESSAGES_PER_MINUTE: envInt(1, 1000, CHAT_MESSAGES_PER_MINUTE_DEFAULT),
    /** After this long the webhook answers Telegram 200 while the answer finishes, so a slow update is not re-delivered. */
    TELEGRAM_WEBHOOK_TIMEOUT_MS: envInt(1000, 55_000, 8000),
    ADMIN_TOKEN: optionalText,
    /** WeChat Official Account (GET|POST /wechat): the Token of 基本配置; AES key and AppID for 安全模式; AppSecret optional. */
    WECHAT_TOKEN: optionalText,
    WECHAT_AES_KEY: optionalText,
    WECHAT_APP_ID: optionalText,
    WECHAT_APP_SECRET: optionalText,
    /** WeCom app callback (GET|POST /wecom): all three of token, AES key and corp id; agent id and secret optional. */
    WECOM_TOKEN: optionalText,
    WECOM_AES_KEY: optionalText,
    WECOM_CORP_ID: optionalText,
    WECOM_AGENT_ID: optionalText,
    WECOM_SECRET: optionalText,
    /** false only for a trusted plain-HTTP intranet: the staff cookie is then sent without Secure. */
    ADMIN_COOKIE_SECURE: z.pipe(
      z.transform((v) => (v === '' || v === undefined ? 'true' : v)),
      z.pipe(
        z.enum(['true', 'false'], { error: 'ADMIN_COOKIE_SECURE must be true or false' }),
        z.transform((v) => v === 'true'),
      ),
    ),
    /**
     * Node only: which proxies in front may name the client in X-Forwarded-For: a hop count (1 = the one proxy next to
     * us) or a comma-separated list of addresses/CIDRs (10.0.0.0/8, 127.0.0.1). Unset: the socket address only.
     */
    TRUST_PROXY: optionalText,
    LOG_RETENTION_DAYS: envInt(1, 3650, 30),
    /** Minutes an idle conversation keeps its facts (memory, SQLite and KV sessions alike). */
    SESSION_TTL_MINUTES: envInt(1, 24 * 60, SESSION_TTL_MINUTES_DEFAULT),
    /** Node only: the SQLite file for sessions, feedback and the question log (Workers use KV and D1). */
    SQLITE_PATH: unsetWhenEmpty(z._default(z.string(), 'data/assistant.sqlite')),
    /** Shown to citizens on out-of-scope answers and after 👎: an office and its phone (default: the 12345 hotline). */
    CONTACT_TEXT: optionalText,
    /** The /admin dashboard's time zone (an IANA name). */
    ADMIN_TIME_ZONE: z.pipe(
      z.transform((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v)),
      z._default(
        z.string().check(
          z.refine((tz) => {
            try {
              new Intl.DateTimeFormat('en', { timeZone: tz });
              return true;
            } catch {
              return false;
            }
          }, 'ADMIN_TIME_ZONE must be an IANA time zone such as Asia/Shanghai'),
        ),
        'Asia/Shanghai',
      ),
    ),
    CONTACT_PHONE: optionalText,
    /** Node only: requests a client may make per minute on each limited route (Workers: [[ratelimits]] in wrangler.toml). */
    RATE_LIMIT_PER_MINUTE: envInt(1, 100_000, 20),
    /**
     * Workers only: the `period` of [[ratelimits]] in wrangler.toml (Cloudflare allows 10 or 60), which a refused client
     * is told to wait (Retry-After). wrangler.toml sets it in [vars] beside the binding; test/limits/wrangler.test.ts
     * fails when the two differ.
     */
    RATE_LIMIT_PERIOD_SECONDS: z.pipe(
      z.transform((v) => (v === '' || v === undefined ? '60' : v)),
      z.pipe(
        z.enum(['10', '60'], { error: 'RATE_LIMIT_PERIOD_SECONDS must be 10 or 60 (the periods Cloudflare rate limits allow)' }),
        z.transform(Number),
      ),
    ),
    /** Bearer keys for /v1 (OpenAI-compatible) and /mcp, comma-separated; none means both are open like /api/chat. */
    API_KEYS: commaList(
      z
        .string()
        .check(
          z.minLength(16, 'each key in API_KEYS needs at least 16 characters (make one with: openssl rand -hex 24)'),
          z.regex(/^[\x21-\x7e]+$/, 'API_KEYS items may use printable ASCII without spaces or commas'),
        ),
    ),
    /** Browser origins allowed to call /mcp (requests without an Origin header, such as desktop clients, always may). */
    MCP_ALLOWED_ORIGINS: commaList(WebOrigin),
    /** Sites allowed to embed the chat with /widget.js (CSP frame-ancestors of the framed page); none means no site may. */
    EMBED_ORIGINS: commaList(WebOrigin),
  })
  .check(
    z.superRefine((env, ctx) => {
      if (env.ADMIN_TOKEN !== undefined && env.ADMIN_TOKEN.length < MIN_ADMIN_TOKEN_CHARS) {
        ctx.addIssue({
          code: 'custom',
          path: ['ADMIN_TOKEN'],
          message: `ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_CHARS} characters: it alone guards the question log and its export, so it must be too long to guess (make one with \`openssl rand -hex 24\`)`,
        });
      }
      if (env.TRUST_PROXY !== undefined && parseTrustProxy(env.TRUST_PROXY) === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['TRUST_PROXY'],
          message:
            'TRUST_PROXY must be a hop count (e.g. 1) or a comma-separated list of proxy addresses or CIDRs (e.g. 10.0.0.0/8,127.0.0.1)',
        });
      }
      // A hosted endpoint needs a key and a local one (Ollama, vLLM) a URL; a custom URL serves models only it knows the names of.
      if (env.LLM_PROVIDER !== 'openai') return;
      if (!env.LLM_BASE_URL && !env.LLM_API_KEY) {
        ctx.addIssue({
          code: 'custom',
          path: ['LLM_API_KEY'],
          message:
            'LLM_PROVIDER=openai needs LLM_API_KEY (OpenAI, DeepSeek, DashScope, Moonshot) or LLM_BASE_URL (a local Ollama or vLLM, e.g. http://localhost:11434/v1)',
        });
      }
      if (env.LLM_BASE_URL && !env.LLM_MODEL) {
        ctx.addIssue({
          code: 'custom',
          path: ['LLM_MODEL'],
          message:
            'LLM_BASE_URL is set, so LLM_MODEL must name a model that endpoint serves (e.g. deepseek-chat, qwen-plus, moonshot-v1-8k, qwen2.5:7b)',
        });
      }
    }),
  );
export type Config = z.infer<typeof Env>;

/** Start-up refused because a variable is invalid; the message names the variable and what is allowed. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates the environment. Secrets never appear in the error message.
 * @example loadConfig(process.env) // → { LLM_PROVIDER: 'offline', LLM_TIMEOUT_MS: 8000, … }
 */
export function loadConfig(env: Record<string, unknown>): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}
