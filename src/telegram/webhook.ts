// POST /telegram/webhook: check the secret, check the body, then hand the update to grammY's webhookCallback.
import { Hono, type Context } from 'hono';
import { timingSafeEqual } from 'hono/utils/buffer';
import { webhookCallback, type Bot } from 'grammy';
import * as z from '../contract/zod';
import type { Logger } from '../contract/logger';
import type { BotContext } from './context';

const SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';

/** Enough of an Update to be worth handing to grammY; the rest is grammY's to read. */
const UpdateBody = z.looseObject({ update_id: z.int().check(z.nonnegative()) });

export interface WebhookOptions {
  /** Without a secret the route refuses everything: an open webhook would let anyone post fake updates. */
  secret?: string;
  logger: Logger;
  /** After this long the request returns 200 while the answer finishes (TELEGRAM_WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
}

function refuse(c: Context, status: 400 | 401, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

/**
 * The webhook as a Hono sub-app (mounted at / by createApp when a token is configured).
 * @example app.route('/', telegramWebhook(createBot(deps), { secret: 's3cret', logger, timeoutMs: 8000 }))
 */
export function telegramWebhook(bot: Bot<BotContext>, { secret, logger, timeoutMs }: WebhookOptions): Hono {
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
    // Hono's timingSafeEqual compares digests, so response timing does not reveal how much of a guess was right.
    if (!handle || !secret || !(await timingSafeEqual(c.req.header(SECRET_HEADER) ?? '', secret))) {
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
