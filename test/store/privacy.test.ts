// The question log from Telegram: channel recorded, and no chat id, name or username anywhere in the stored row.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { memoryQuestionLog } from '../../src/store/question-log';
import { testDeps } from '../support/deps';
import { SECRET, TELEGRAM, USER, resetApi, server, textUpdate } from '../telegram/support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => resetApi());

describe('the question log and privacy', () => {
  it('logs a Telegram question as channel telegram with its clause, and nothing that names the person or chat', async () => {
    const questions = memoryQuestionLog();
    const app = createApp({ ...testDeps({ telegram: TELEGRAM }), questions });
    const res = await app.request('/telegram/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
      body: JSON.stringify(textUpdate('我是石嘴山籍全日制在读博士，已经签了预引进协议，能拿多少生活补贴？')),
    });
    expect(res.status).toBe(200);
    expect(questions.entries).toHaveLength(1);
    const row = questions.entries[0]!;
    expect(row).toMatchObject({ channel: 'telegram', source: 'rules', ruleIds: ['r12-pre-introduction'] });
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(String(USER.id));
    expect(stored).not.toContain(USER.first_name);
    expect(stored).not.toMatch(/tg:[0-9a-f]/);
  });
});
