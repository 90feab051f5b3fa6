// The bot inside workerd: the webhook of the real src/worker.ts answers through a fake Bot API, and chat state and
// seen update ids live in the SESSIONS namespace, so a second app instance (another isolate) neither answers a
// re-delivered update again nor forgets the chat. msw's Node server cannot run here, so fetch itself is stubbed.
import { env, SELF } from 'cloudflare:test';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { buildDeps } from '../../src/deps';
import { workerStores } from '../../src/store/workers';
import { recordingLogger } from '../support/deps';
import { botApi, resetApi, sent, sentTexts } from '../telegram/fake-bot-api';
import { API_ROOT, BOT_INFO, SECRET, TOKEN, tapUpdate, textUpdate } from '../telegram/updates';

beforeAll(() => {
  // Installed before the first request of this file builds the Worker's app: grammY keeps the fetch it was built with.
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(`${API_ROOT}/`)) throw new Error(`Unexpected outbound request to ${request.url}`);
    const reply = await botApi(request);
    return Response.json(reply.json, { status: reply.status });
  });
});
afterAll(() => vi.restoreAllMocks());
beforeEach(() => resetApi());

const webhook = (update: Update, via: (input: string, init: RequestInit) => Promise<Response> = (i, r) => SELF.fetch(i, r)) =>
  via('https://assistant.test/telegram/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
    body: JSON.stringify(update),
  });

/** Another isolate: its own app and memory, the same KV and D1 bindings (what worker.ts builds on a first request). */
function isolate() {
  const logger = recordingLogger();
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_BOT_INFO: JSON.stringify(BOT_INFO),
    TELEGRAM_API_ROOT: API_ROOT,
  });
  const app = createApp(buildDeps(config, {}, logger, workerStores(env, logger)));
  return { logger, send: async (input: string, init: RequestInit) => app.request(input, init) };
}

describe('the Telegram webhook in workerd', () => {
  it('answers 2万元 from 第12条 through the Bot API and returns 200', async () => {
    const res = await webhook(textUpdate('我是石嘴山籍全日制在读博士，已经签了预引进协议，能拿多少生活补贴？'));
    expect(res.status).toBe(200);
    const [text] = sentTexts();
    expect(text).toContain('每人2万元（20000元）');
    expect(text).toContain('【第12条】');
    expect(sent('sendMessage')[0]!.body['parse_mode']).toBe('HTML');
  });

  it('refuses a wrong secret with 401 and calls nothing', async () => {
    const res = await SELF.fetch('https://assistant.test/telegram/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 'wrong' },
      body: JSON.stringify(textUpdate('你好')),
    });
    expect(res.status).toBe(401);
    expect(sent('sendMessage')).toHaveLength(0);
  });

  it('answers the same update delivered to two isolates once, through the shared SESSIONS namespace', async () => {
    const update = textUpdate('博士后工作站有什么资助？');
    const [first, second] = [isolate(), isolate()];
    expect((await webhook(update, first.send)).status).toBe(200);
    expect((await webhook(update, second.send)).status).toBe(200);
    expect(sent('sendMessage')).toHaveLength(1);
    expect(second.logger.lines.map((l) => l.event)).toContain('telegram_duplicate_update');
    expect(await env.SESSIONS.get(`tg:update:${update.update_id}`)).not.toBeNull();
  });

  it('answers /help in English in another isolate after /lang English was chosen in one', async () => {
    await webhook(tapUpdate('l:en'), isolate().send);
    resetApi();
    await webhook(textUpdate('/help'), isolate().send);
    expect(sentTexts()[0]).toMatch(/^Send a question and I quote the document/);
  });
});
