// The OpenAI-compatible API: GET /v1/models and POST /v1/chat/completions (JSON or SSE), behind the optional
// API_KEYS and the same per-client limiter as /api/chat. Every refusal is in OpenAI's error shape.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { streamSSE } from 'hono/streaming';
import type { AnswerDeps } from '../answer/pipeline';
import { rateLimit, type RateLimitDeps } from '../web/rate-limit';
import { completion, completionMeta, chunk, pieces } from './completion';
import { answerText } from './content';
import { answerConversation, readConversation } from './conversation';
import { OpenAiError, openAiErrorBody } from './errors';
import { checkBearer } from './keys';
import { CompletionBody, MAX_COMPLETION_BODY_BYTES, MODEL_ID } from './schemas';

export interface OpenAiDeps extends AnswerDeps {
  apiKeys: readonly string[];
  httpLimit?: RateLimitDeps;
}

/** The model's "created": the day the document was issued (2020-09-15). */
const MODEL_CREATED = Date.UTC(2020, 8, 15) / 1000;
const MODEL = { id: MODEL_ID, object: 'model', created: MODEL_CREATED, owned_by: 'shizuishan-policy-assistant' };

/** The limiter's 429 re-worded in OpenAI's shape (the openai SDK honours Retry-After). */
function limited(limit: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    const res = await limit(c, next);
    if (!(res instanceof Response) || res.status !== 429) return res;
    const wait = res.headers.get('retry-after') ?? '60';
    const err = new OpenAiError(429, `Too many requests from this client; try again in ${wait} seconds.`, 'rate_limit_exceeded');
    return c.json(openAiErrorBody(err), 429, { 'Retry-After': wait });
  };
}

function keys(apiKeys: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const check = await checkBearer(c, apiKeys);
    if (check === 'missing')
      throw new OpenAiError(
        401,
        'No API key was sent. Send "Authorization: Bearer <key>" with one of the keys in API_KEYS.',
        'missing_api_key',
      );
    if (check === 'wrong')
      throw new OpenAiError(401, 'Incorrect API key provided. Use one of the keys configured in API_KEYS.', 'invalid_api_key');
    await next();
  };
}

async function readBody(c: Context): Promise<CompletionBody> {
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new OpenAiError(415, 'Send the body as JSON with the header "Content-Type: application/json".', 'unsupported_media_type');
  }
  const tooLarge = () =>
    new OpenAiError(413, `The body is larger than ${MAX_COMPLETION_BODY_BYTES} bytes; send fewer earlier messages.`, 'request_too_large');
  if (Number(c.req.header('content-length') ?? '0') > MAX_COMPLETION_BODY_BYTES) throw tooLarge();
  const text = await c.req.text();
  if (new TextEncoder().encode(text).length > MAX_COMPLETION_BODY_BYTES) throw tooLarge();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new OpenAiError(400, 'The body is not valid JSON.', 'invalid_json', null, 'invalid_request_error', { cause });
  }
  const parsed = CompletionBody.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || null;
    throw new OpenAiError(
      400,
      param && !issue.message.includes('"') ? `${param}: ${issue.message}` : issue.message,
      'invalid_value',
      param,
    );
  }
  if (parsed.data.model !== MODEL_ID) {
    throw new OpenAiError(
      404,
      `The model "${parsed.data.model}" does not exist; this server has one model, "${MODEL_ID}".`,
      'model_not_found',
      'model',
    );
  }
  return parsed.data;
}

/** /v1 as a Hono sub-app (mounted at / by createApp). */
export function createOpenAi(deps: OpenAiDeps): Hono {
  const v1 = new Hono();
  // Browser-based clients (ChatBox web, LobeChat in client mode) call /v1 directly, as they do OpenAI's API; no cookies
  // are involved, so any origin may, and the key (when API_KEYS is set) and the limiter still apply.
  v1.use(
    '/v1/*',
    cors({ origin: '*', allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 }),
  );
  if (deps.httpLimit) v1.use('/v1/chat/completions', limited(rateLimit(deps.httpLimit, deps.logger)));
  v1.use('/v1/*', keys(deps.apiKeys));

  v1.get('/v1/models', (c) => c.json({ object: 'list', data: [MODEL] }));
  v1.get('/v1/models/:id', (c) => {
    if (c.req.param('id') !== MODEL_ID)
      throw new OpenAiError(404, `The model "${c.req.param('id')}" does not exist; use "${MODEL_ID}".`, 'model_not_found', 'model');
    return c.json(MODEL);
  });

  v1.post('/v1/chat/completions', async (c) => {
    const body = await readBody(c);
    const conversation = readConversation(body.messages);
    const options = {
      user: body.user,
      ...(body.session_id ? { sessionId: body.session_id } : {}),
      ...(body.lang ? { lang: body.lang } : {}),
    };
    const meta = completionMeta(deps.clock());
    if (!body.stream) return c.json(completion(meta, await answerConversation(deps, conversation, options)));
    // Only verified text is streamed: the answer is complete and checked before its first word is sent (a model's raw
    // deltas are never forwarded), then sent in pieces, the last chunk carrying the whole Answer.
    return streamSSE(
      c,
      async (stream) => {
        await stream.writeSSE({ data: JSON.stringify(chunk(meta, { role: 'assistant', content: '' })) });
        const result = await answerConversation(deps, conversation, options);
        for (const text of pieces(answerText(result))) {
          await stream.writeSSE({ data: JSON.stringify(chunk(meta, { content: text })) });
        }
        await stream.writeSSE({ data: JSON.stringify(chunk(meta, {}, result)) });
        await stream.writeSSE({ data: '[DONE]' });
      },
      async (err, stream) => {
        deps.logger.error('openai_stream_failed', { name: err.name, message: err.message });
        await stream.writeSSE({
          data: JSON.stringify(
            openAiErrorBody(new OpenAiError(500, 'Something went wrong on our side; please try again.', 'internal_error')),
          ),
        });
      },
    );
  });

  v1.all('/v1/*', (c) => {
    throw new OpenAiError(
      404,
      `No route ${c.req.method} ${c.req.path}. This server offers GET /v1/models and POST /v1/chat/completions.`,
      'unknown_url',
    );
  });
  v1.onError((err, c) => {
    if (err instanceof OpenAiError)
      return c.json(openAiErrorBody(err), err.status, err.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {});
    deps.logger.error('unhandled', { path: c.req.path, name: err.name, message: err.message });
    return c.json(openAiErrorBody(new OpenAiError(500, 'Something went wrong on our side; please try again.', 'internal_error')), 500);
  });
  return v1;
}
