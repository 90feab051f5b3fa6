// POST /telegram/webhook: check the secret, check the body, then hand the update to grammY's webhookCallback.
import { Hono, type Context } from 'hono';
import { webhookCallback, type Bot } from 'grammy';
import { z } from 'zod';
import type { Logger } from '../contract/logger';
import type { BotContext } from './context';

const SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';

/** Enough of an Update to be worth handing to grammY; the rest is grammY's to read. */
const UpdateBody = z.looseObject({ update_id: z.number().int().nonnegative() });

export interface WebhookOptions {
  /** Without a secret the route refuses everything: an open webhook would let anyone post fake updates. */
  secret?: string;
  logger: Logger;
  /** After this long the request returns 200 while the answer finishes, so Telegram does not re-deliver a slow update. */
  timeoutMs?: number;
}

/** Constant-time comparison, so response timing does not reveal how much of a guessed secret was right. */
function sameSecret(given: string | undefined, expected: string): boolean {
  const a = new TextEncoder().encode(given ?? '');
  const b = new TextEncoder().encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

function refuse(c: Context, status: 400 | 401, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

/**
 * The webhook as a Hono sub-app (mounted at / by createApp when a token is configured).
 * @example app.route('/', telegramWebhook(createBot(deps), { secret: 's3cret', logger }))
 */
export function telegramWebhook(bot: Bot<BotContext>, { secret, logger, timeoutMs = 8000 }: WebhookOptions): Hono {
  const route = new Hono();
  const handle = secret
    ? webhookCallback(bot, 'hono', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: timeoutMs })
    : undefined;
  if (!secret)
    logger.warn('telegram_webhook_disabled', {
      reason: 'TELEGRAM_WEBHOOK_SECRET is not set; POST /telegram/webhook refuses every request',
    });

  route.post('/telegram/webhook', async (c) => {
    // The secret is checked before the body is read, so a stranger's request costs nothing and changes nothing.
    if (!handle || !secret || !sameSecret(c.req.header(SECRET_HEADER), secret)) {
      return refuse(
        c,
        401,
        'unauthorized',
        `Missing or wrong ${SECRET_HEADER}. Run \`npm run telegram:setup\` to register the webhook with the secret.`,
      );
    }
    const body = await c.req.json<unknown>().catch(() => undefined);
    if (!UpdateBody.safeParse(body).success) {
      return refuse(c, 400, 'invalid_request', 'The body must be a JSON Telegram Update with a numeric update_id.');
    }
    // Hono caches the parsed body, so grammY reads the same object without reading the stream twice.
    return handle(c);
  });
  return route;
}
