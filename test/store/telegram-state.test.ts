// The bot's chat state and seen update ids in SQLite (Node): a new app on the same file remembers the chat's language
// and its pending options, and does not answer a re-delivered update again. A failing store still answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import type { KvNamespace } from '../../src/store/bindings';
import { sqliteStores } from '../../src/store/node';
import { telegramState } from '../../src/store/telegram-state';
import { testDeps } from '../support/deps';
import { SECRET, TELEGRAM, buttonsOf, resetApi, sent, sentTexts, server, tapUpdate, textUpdate } from '../telegram/support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => resetApi());

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'szs-tg-'));
  dirs.push(dir);
  return join(dir, 'assistant.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh app on the SQLite file, as after `npm start` restarts. */
function appOn(file: string) {
  const deps = testDeps();
  const stores = sqliteStores(file, deps.logger);
  return { app: createApp({ ...deps, ...stores, telegram: TELEGRAM }), close: stores.close, logger: deps.logger };
}

function deliver(app: ReturnType<typeof createApp>, update: Update) {
  return app.request('/telegram/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
    body: JSON.stringify(update),
  });
}

describe('Telegram state in SQLite', () => {
  it('keeps the /lang choice and the pending options across a restart: the tap after it answers 20,000 yuan in English', async () => {
    const file = tempFile();
    const before = appOn(file);
    await deliver(before.app, tapUpdate('l:en'));
    await deliver(before.app, textUpdate('我是石嘴山籍全日制在读学生，已经签了预引进协议，生活补贴有多少？'));
    expect(sentTexts().at(-1)).toContain('Which degree');
    const doctor = buttonsOf(sent('sendMessage').at(-1)).find((b) => b.text.startsWith('doctorate'));
    expect(doctor?.callback_data).toBe('f:degree:doctor');
    before.close();

    resetApi();
    const after = appOn(file);
    expect((await deliver(after.app, tapUpdate(doctor!.callback_data!))).status).toBe(200);
    expect(sent('answerCallbackQuery')[0]!.body['text']).toMatch(/^Chosen: /);
    const last = sentTexts().at(-1)!;
    expect(last).toMatch(/^Eligible: Pre-introduction living subsidy .* 20,000 yuan \(2万元\) per person/);
    expect(last).toContain('【第12条】');
    after.close();
  });

  it('answers an update re-delivered after a restart once', async () => {
    const file = tempFile();
    const update = textUpdate('博士后工作站有什么资助？');
    const before = appOn(file);
    expect((await deliver(before.app, update)).status).toBe(200);
    before.close();

    const after = appOn(file);
    expect((await deliver(after.app, update)).status).toBe(200);
    expect(sent('sendMessage')).toHaveLength(1);
    expect(after.logger.lines.map((l) => l.event)).toContain('telegram_duplicate_update');
    after.close();
  });
});

describe('a failing Telegram store', () => {
  const brokenKv: KvNamespace = {
    get: () => Promise.reject(new Error('KV GET failed: 503')),
    put: () => Promise.reject(new Error('KV PUT failed: 503')),
  };

  it('still answers with the amount and its clause, logging each failure, and the webhook says 200', async () => {
    const deps = testDeps({ telegram: TELEGRAM });
    const app = createApp({ ...deps, telegramState: telegramState(brokenKv, deps.logger) });
    const res = await deliver(app, textUpdate('我是石嘴山籍全日制在读博士，已经签了预引进协议，能拿多少生活补贴？'));
    expect(res.status).toBe(200);
    expect(sentTexts()[0]).toContain('每人2万元（20000元）');
    const events = deps.logger.lines.map((l) => `${l.event}:${String(l.data?.op ?? '')}`);
    expect(events).toEqual(
      expect.arrayContaining(['telegram_update_log_failed:', 'telegram_state_failed:read', 'telegram_state_skipped:write']),
    );
  });

  it('does not overwrite a stored language with an empty state when a read fails', async () => {
    const values = new Map<string, string>();
    let failReads = false;
    const flaky: KvNamespace = {
      get: async (key) => {
        if (failReads) throw new Error('KV GET failed: 503');
        return values.get(key) ?? null;
      },
      put: async (key, value) => void values.set(key, value),
    };
    const deps = testDeps({ telegram: TELEGRAM });
    const app = createApp({ ...deps, telegramState: telegramState(flaky, deps.logger) });
    await deliver(app, tapUpdate('l:en'));
    failReads = true;
    await deliver(app, textUpdate('/help'));
    failReads = false;
    const chats = [...values].filter(([key]) => key.startsWith('tg:chat:'));
    expect(chats).toHaveLength(1);
    expect(JSON.parse(chats[0]![1])).toEqual({ lang: 'en' });
  });
});
