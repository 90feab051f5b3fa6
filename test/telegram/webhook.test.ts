// POST /telegram/webhook through app.request, as Telegram calls it: secret, body checks, answers, re-delivery, failures.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { testDeps } from '../support/deps';
import { SECRET, TELEGRAM, calls, resetApi, script, sent, sentTexts, server, textUpdate } from './support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => resetApi());

function appWithBot() {
  const deps = testDeps({ telegram: TELEGRAM });
  return { app: createApp(deps), logger: deps.logger };
}

function post(app: ReturnType<typeof createApp>, body: unknown, secret: string | null = SECRET, raw = false) {
  return app.request('/telegram/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret }) },
    body: raw ? String(body) : JSON.stringify(body),
  });
}

describe('POST /telegram/webhook', () => {
  it('refuses a missing or wrong secret with 401 and does nothing', async () => {
    const { app } = appWithBot();
    expect((await post(app, textUpdate('博士后工作站有什么资助？'), null)).status).toBe(401);
    const wrong = await post(app, textUpdate('博士后工作站有什么资助？'), 'not-the-secret');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(calls).toHaveLength(0);
  });

  it('answers a money question with the amount and its clause, and returns 200', async () => {
    const { app } = appWithBot();
    const res = await post(app, textUpdate('我是石嘴山籍全日制在读博士，已经签了预引进协议，能拿多少生活补贴？'));
    expect(res.status).toBe(200);
    const [text] = sentTexts();
    expect(text).toContain('每人2万元（20000元）');
    expect(text).toContain('发放给预引进单位');
    expect(text).toContain('【第12条】');
  });

  it('handles a re-delivered update once', async () => {
    const { app } = appWithBot();
    const update = textUpdate('博士后工作站有什么资助？');
    expect((await post(app, update)).status).toBe(200);
    expect((await post(app, update)).status).toBe(200);
    expect(sent('sendMessage')).toHaveLength(1);
  });

  it('answers a malformed body with 400, never 5xx', async () => {
    const { app } = appWithBot();
    for (const [body, raw] of [
      ['{not json', true],
      [[1, 2], false],
      [{ message: {} }, false],
      [{ update_id: 'x' }, false],
      ['', true],
    ] as const) {
      const res = await post(app, body, SECRET, raw);
      expect(res.status).toBe(400);
    }
    expect(calls).toHaveLength(0);
  });

  it('still answers 200 when the Bot API fails with 500, and logs the failed apology', async () => {
    script(
      'sendMessage',
      { status: 500, json: { ok: false, error_code: 500, description: 'Internal Server Error' } },
      { status: 500, json: { ok: false, error_code: 500, description: 'Internal Server Error' } },
    );
    const { app, logger } = appWithBot();
    const res = await post(app, textUpdate('博士后工作站有什么资助？'));
    expect(res.status).toBe(200);
    expect(sent('sendMessage')).toHaveLength(2);
    expect(String(sent('sendMessage')[1]!.body['text'])).toBe('抱歉，刚才处理您的问题时出错了，请稍后再试。');
    const events = logger.lines.map((l) => l.event);
    expect(events).toContain('telegram_answer_failed');
    expect(events).toContain('telegram_apology_failed');
  });

  it('is absent when no bot token is configured', async () => {
    const app = createApp(testDeps());
    expect((await post(app, textUpdate('你好'))).status).toBe(404);
  });

  it('refuses every request when the token is set but the secret is not', async () => {
    const { webhookSecret: _unused, ...noSecret } = TELEGRAM;
    const deps = testDeps({ telegram: noSecret });
    const app = createApp(deps);
    expect((await post(app, textUpdate('你好'), '')).status).toBe(401);
    expect(deps.logger.lines.map((l) => l.event)).toContain('telegram_webhook_disabled');
    expect(calls).toHaveLength(0);
  });
});
