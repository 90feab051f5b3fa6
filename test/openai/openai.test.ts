// POST /v1/chat/completions and GET /v1/models judged by the official openai client against a running server:
// a plain and a streamed completion with their references, a two-turn money conversation, keys, limits and errors.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { tokenBucket } from '../../src/limits/limiter';
import type { Answer } from '../../src/answer/types';
import { testDeps } from '../support/deps';
import { listen, type Running } from '../support/server';

const MODEL = 'shizuishan-talent-policy';
const KEY = 'test-key-0123456789abcdef';
type WithPolicy = { policy: Answer };
type MessageRefs = { citations: Answer['citations']; amounts: Answer['amounts']; clarify?: Answer['clarify'] };

let open: Running;
let keyed: Running;
let client: OpenAI;

beforeAll(async () => {
  open = await listen(createApp(testDeps()));
  const limiter = tokenBucket({ capacity: 3, refillPerSecond: 0.001, now: Date.now });
  keyed = await listen(
    createApp(
      testDeps({
        open: { apiKeys: [KEY], mcpAllowedOrigins: [], embedOrigins: [] },
        httpLimit: { limiter, clientKey: () => 'one-client' },
      }),
    ),
  );
  client = new OpenAI({ baseURL: `${open.base}/v1`, apiKey: 'unused-when-API_KEYS-is-unset', maxRetries: 0 });
});
afterAll(async () => {
  await open?.close();
  await keyed?.close();
});

describe('the OpenAI-compatible API through the official openai client', () => {
  it('lists the one model', async () => {
    const models = [];
    for await (const m of client.models.list()) models.push(m.id);
    expect(models).toEqual([MODEL]);
  });

  it('answers a plain completion with the quote, 【第19条】 and the lead department, and keeps the references', async () => {
    const res = await client.chat.completions.create({
      model: MODEL,
      messages: [{ role: 'user', content: '人才公寓和公租房归哪个部门管？' }],
    });
    const message = res.choices[0]!.message as (typeof res.choices)[0]['message'] & MessageRefs;
    expect(res.object).toBe('chat.completion');
    expect(res.choices[0]!.finish_reason).toBe('stop');
    expect(message.content).toContain('【第19条】');
    expect(message.content).toContain('市住建局');
    expect(message.content).toContain('依据：\n· 第19条 加大人才住房保障力度【第19条】');
    expect(message.citations[0]).toMatchObject({ id: '19', label: '第19条 加大人才住房保障力度' });
    expect((res as unknown as WithPolicy).policy).toMatchObject({ source: 'extractive', lang: 'zh', lead: ['市住建局'] });
  });

  it('streams chat.completion.chunk events of the verified answer, the last carrying the amounts', async () => {
    const question = '我是石嘴山人，在读全日制博士，已经签了预引进协议，能拿多少补贴？';
    const stream = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: question }], stream: true });
    let text = '';
    let chunks = 0;
    let last: (OpenAI.Chat.Completions.ChatCompletionChunk & Partial<WithPolicy>) | undefined;
    for await (const c of stream) {
      expect(c.object).toBe('chat.completion.chunk');
      text += c.choices[0]?.delta.content ?? '';
      chunks++;
      last = c;
    }
    expect(chunks).toBeGreaterThan(3);
    expect(text).toContain('2万元（20000元）');
    expect(text).toContain('【第12条】');
    expect(last?.choices[0]?.finish_reason).toBe('stop');
    expect(last?.policy?.amounts[0]).toMatchObject({
      ruleId: 'r12-pre-introduction',
      clause: '12',
      min: 20000,
      max: 20000,
      eligible: true,
    });
    const plain = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: question }] });
    expect(text).toBe(plain.choices[0]!.message.content);
  });

  it('completes a money question in the second turn from the facts of the first', async () => {
    const first = '我是石嘴山人，在读全日制博士，能拿多少补贴？';
    const turn1 = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: first }] });
    const asked = turn1.choices[0]!.message as (typeof turn1.choices)[0]['message'] & MessageRefs;
    expect(asked.clarify?.fact).toBe('agreementSigned');
    expect(asked.amounts[0]?.eligible).toBeNull();
    const turn2 = await client.chat.completions.create({
      model: MODEL,
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: first },
        { role: 'assistant', content: asked.content ?? '' },
        { role: 'user', content: '已经签了预引进协议' },
      ],
    });
    expect(turn2.choices[0]!.message.content).toContain('2万元（20000元）');
    expect((turn2 as unknown as WithPolicy).policy.amounts[0]).toMatchObject({
      ruleId: 'r12-pre-introduction',
      min: 20000,
      eligible: true,
    });
  });

  it('rebuilds the earlier facts when the conversation was never seen by this server (replay)', async () => {
    const fresh = await listen(createApp(testDeps()));
    try {
      const other = new OpenAI({ baseURL: `${fresh.base}/v1`, apiKey: 'x', maxRetries: 0 });
      const res = await other.chat.completions.create({
        model: MODEL,
        messages: [
          { role: 'user', content: [{ type: 'text', text: '技能大师工作室有多少经费' }] },
          { role: 'assistant', content: '认定或创建的是哪一级？' },
          { role: 'user', content: '国家级' },
        ],
      });
      expect(res.choices[0]!.message.content).toContain('10万元（100000元）');
      expect(res.choices[0]!.message.content).toContain('【第6条】');
    } finally {
      await fresh.close();
    }
  });

  it('refuses an over-long message with 400 in OpenAI’s error shape', async () => {
    const err = await client.chat.completions
      .create({ model: MODEL, messages: [{ role: 'user', content: '博'.repeat(2001) }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(err).toMatchObject({
      status: 400,
      type: 'invalid_request_error',
      code: 'string_above_max_length',
      param: 'messages[0].content',
    });
    expect((err as Error).message).toContain('at most 2000');
  });

  it('leaves an earlier over-long message out of the facts instead of refusing the whole conversation', async () => {
    const res = await client.chat.completions.create({
      model: MODEL,
      messages: [
        { role: 'user', content: '博'.repeat(2001) },
        { role: 'user', content: '人才公寓归哪个部门管？' },
      ],
    });
    expect(res.choices[0]!.message.content).toContain('【第19条】');
  });

  it('refuses an unknown model with 404 naming the right one', async () => {
    const err = await client.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: '博士' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((err as Error).message).toContain(MODEL);
  });

  it('refuses a bad key with 401 in OpenAI’s shape when API_KEYS is set, and answers the right key', async () => {
    const bad = new OpenAI({ baseURL: `${keyed.base}/v1`, apiKey: 'wrong-key-0123456789', maxRetries: 0 });
    const err = await bad.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: '博士' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(err).toMatchObject({ status: 401, type: 'invalid_request_error', code: 'invalid_api_key', param: null });
    const models = await bad.models.list().catch((e: unknown) => e);
    expect(models).toBeInstanceOf(OpenAI.AuthenticationError);
    const good = new OpenAI({ baseURL: `${keyed.base}/v1`, apiKey: KEY, maxRetries: 0 });
    const res = await good.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: '人才公寓归哪个部门管？' }] });
    expect(res.choices[0]!.message.content).toContain('【第19条】');
  });

  it('applies the rate limit (even with a key) as 429 in OpenAI’s shape with Retry-After', async () => {
    const good = new OpenAI({ baseURL: `${keyed.base}/v1`, apiKey: KEY, maxRetries: 0 });
    let err: unknown;
    for (let i = 0; i < 5 && !err; i++) {
      err = await good.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: '博士' }] }).then(
        () => undefined,
        (e: unknown) => e,
      );
    }
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect(err).toMatchObject({ status: 429, code: 'rate_limit_exceeded' });
    expect((err as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('raw /v1 requests', () => {
  it('sends data: [DONE] last and never a 5xx for a body that is not JSON', async () => {
    const res = await fetch(`${open.base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, stream: true, messages: [{ role: 'user', content: '柔性引才有哪些方式？' }] }),
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = (await res.text()).trim().split('\n\n');
    expect(events.at(-1)).toBe('data: [DONE]');
    const bad = await fetch(`${open.base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"model":',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_json', param: null } });
    const noUser = await fetch(`${open.base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'system', content: 'hi' }] }),
    });
    expect(noUser.status).toBe(400);
    expect(((await noUser.json()) as { error: { message: string } }).error.message).toContain('last message must be a user message');
  });
});

describe('/v1 from a browser', () => {
  it('answers a CORS preflight without a key, so browser-based clients can send theirs', async () => {
    const res = await fetch(`${keyed.base}/v1/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://chat.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
});
