// Streaming body limits on every route that reads a body: bytes are counted as they arrive (Hono's bodyLimit), so a
// chunked body without Content-Length is cut off at the limit with 413 instead of being read whole into memory.
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_BODY_BYTES } from './body';
import { errorBody } from './errors';

/** A Telegram update carries at most 4096 characters of text plus entities and a quoted message. */
const WEBHOOK_BODY_BYTES = 256 * 1024;
/** The staff sign-in form has one field. */
const LOGIN_BODY_BYTES = 4096;

/** Every route that reads a body, with its limit in bytes. */
const BODY_LIMITS: [path: string, bytes: number][] = [
  ['/api/chat', MAX_BODY_BYTES],
  ['/api/benefits', MAX_BODY_BYTES],
  ['/api/feedback', MAX_BODY_BYTES],
  ['/admin/*', LOGIN_BODY_BYTES],
  ['/telegram/webhook', WEBHOOK_BODY_BYTES],
  ['/v1/chat/completions', MAX_BODY_BYTES * 4],
  ['/mcp', MAX_BODY_BYTES],
];

/** Mounts the limits on `app` (before the routes). */
export function bodyLimits(app: Hono): void {
  for (const [path, maxSize] of BODY_LIMITS) {
    const tooLarge = (c: Context) => c.json(errorBody('payload_too_large', `The body is larger than ${maxSize} bytes.`), 413);
    const streaming = bodyLimit({ maxSize, onError: tooLarge });
    app.on(['POST', 'PUT', 'PATCH'], path, (c, next) => {
      // A declared length without chunking is all Hono's bodyLimit checks too, but it asks for the body stream first,
      // which on Node makes @hono/node-server build a full web Request and read the body through it (about a tenth of
      // an /api/chat request's CPU); checked here, the body is read straight from the socket.
      const declared = c.req.header('content-length');
      if (declared !== undefined && c.req.header('transfer-encoding') === undefined)
        return parseInt(declared, 10) > maxSize ? Promise.resolve(tooLarge(c)) : next();
      return streaming(c, next);
    });
  }
}
