// Property tests of the public HTTP inputs: whatever arrives — arbitrary text, unicode, huge or deeply nested JSON —
// /api/chat, /api/benefits and the Telegram webhook answer with a well-formed answer or error, never a 5xx.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { MAX_BODY_BYTES } from '../../src/web/body';
import { testDeps } from '../support/deps';
import { SECRET, TELEGRAM, resetApi, server } from '../telegram/support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => resetApi());

const deps = testDeps({ telegram: TELEGRAM });
const app = createApp(deps);
/** Modest, so the suite stays quick on two cores; raise locally with FC_RUNS=1000 when hunting. */
const RUNS = Number(process.env.FC_RUNS ?? 60);

const squash = (s: string) => s.replace(/\s+/g, '');

/** An answer whose citations exist and quote their clause verbatim, or an {error: {code, message}}. */
async function expectWellFormed(res: Response): Promise<void> {
  expect(res.status).toBeLessThan(500);
  const body = (await res.json()) as Record<string, unknown>;
  if (res.status !== 200) {
    const error = body.error as { code?: unknown; message?: unknown };
    expect(typeof error.code).toBe('string');
    expect(typeof error.message).toBe('string');
    return;
  }
  if ('answer' in body) {
    expect(typeof body.answer).toBe('string');
    expect(['extractive', 'rules', 'llm']).toContain(body.source);
    for (const c of body.citations as { id: string; quote: string }[]) {
      const clause = deps.corpus.byId.get(c.id);
      expect(clause, `citation ${c.id}`).toBeDefined();
      expect(squash(clause!.text)).toContain(squash(c.quote));
    }
  }
}

const post = (path: string, body: string, type = 'application/json', headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', headers: { 'content-type': type, ...headers }, body });

/** Text people might send: any unicode, CJK, emoji, control characters, and policy words mixed in. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '博士后工作站有什么资助？',
    '我是石嘴山人，在读全日制博士',
    '已经签了',
    'postdoc',
    '',
    ' ',
    '\u0000',
    '\uFFFF',
    '𝕏',
    '👎',
    '<script>',
  ),
  fc
    .tuple(fc.constantFrom('博士', '补贴', '预引进', '工作站', '第12条'), fc.string({ unit: 'grapheme', maxLength: 40 }))
    .map(([a, b]) => a + b),
);

/** JSON nested far deeper than any client would send (still under the body limit). */
const nested = fc
  .integer({ min: 1, max: 5000 })
  .chain((depth) =>
    fc.constantFrom(
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
      `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      `{"message":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    ),
  );

const chatBody = fc.oneof(
  fc
    .record({
      message: text,
      sessionId: fc.option(fc.string({ maxLength: 140 }), { nil: undefined }),
      lang: fc.option(fc.constantFrom('zh', 'en', 'fr', 1), { nil: undefined }),
    })
    .map((b) => JSON.stringify(b)),
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.record({ message: fc.anything({ maxDepth: 3 }) }).map((b) => JSON.stringify(b) ?? '{}'),
  text,
  nested,
);

describe('fuzzing the HTTP inputs', () => {
  it('POST /api/chat: never a 5xx, always a cited answer or an error a person can read', async () => {
    await fc.assert(
      fc.asyncProperty(chatBody, async (body) => expectWellFormed(await post('/api/chat', body))),
      { numRuns: RUNS },
    );
  });

  it('POST /api/chat with any content type: never a 5xx', async () => {
    const type = fc.oneof(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/vnd.api+json',
        '',
      ),
      fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    );
    await fc.assert(
      fc.asyncProperty(type, chatBody, async (t, body) => expectWellFormed(await post('/api/chat', body, t))),
      { numRuns: RUNS },
    );
  });

  it('POST /api/benefits: never a 5xx for any fact values', async () => {
    const facts = fc.oneof(
      fc
        .dictionary(
          fc.constantFrom('degree', 'origin', 'level', 'subjects', 'enrolled', 'lang', 'x', '__proto__'),
          fc.jsonValue({ maxDepth: 3 }),
        )
        .map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            degree: fc.constantFrom('doctor', 'master', 'bachelor', 'other'),
            origin: fc.boolean(),
            level: fc.constantFrom('city', 'region', 'national'),
            lang: fc.constantFrom('zh', 'en'),
          },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
      text,
      nested,
    );
    await fc.assert(
      fc.asyncProperty(facts, async (body) => {
        const res = await post('/api/benefits', body);
        expect(res.status).toBeLessThan(500);
        const json = (await res.json()) as Record<string, unknown>;
        expect(res.status === 200 ? typeof json === 'object' : typeof (json.error as { code: unknown }).code === 'string').toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /telegram/webhook: any update body gets 200 or 400, never a 5xx', async () => {
    const update = fc.oneof(
      fc
        .record({
          update_id: fc.integer({ min: 1, max: 2 ** 31 }),
          message: fc.record(
            {
              message_id: fc.integer({ min: 1 }),
              date: fc.integer({ min: 0 }),
              chat: fc.record({ id: fc.integer(), type: fc.constantFrom('private', 'group', 'supergroup', 'channel', 'weird') }),
              from: fc.option(fc.record({ id: fc.integer({ min: 1 }), is_bot: fc.boolean(), first_name: fc.string() }), { nil: undefined }),
              text: fc.option(text, { nil: undefined }),
            },
            { requiredKeys: ['message_id', 'date', 'chat'] },
          ),
        })
        .map((u) => JSON.stringify(u)),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      text,
      nested,
    );
    await fc.assert(
      fc.asyncProperty(update, async (body) => {
        const res = await post('/telegram/webhook', body, 'application/json', { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
        expect([200, 400]).toContain(res.status);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses bodies over the size limit with 413 on every JSON route', async () => {
    const huge = JSON.stringify({ message: '博'.repeat(MAX_BODY_BYTES) });
    for (const path of ['/api/chat', '/api/benefits', '/api/feedback']) {
      const res = await post(path, huge);
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    }
  });
});
