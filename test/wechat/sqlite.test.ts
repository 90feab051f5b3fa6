// WeChat's state in the SQLite file on Node (the store Telegram's state lives in): a new app on the same file — as after
// `npm start` restarts — still knows the pending options and the messages it answered; a failing store still answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import type { KvNamespace } from '../../src/store/bindings';
import { sqliteStores } from '../../src/store/node';
import { testDeps } from '../support/deps';
import { inboundXml, plainPost, replyContent, WX } from './support';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'szs-wx-'));
  dirs.push(dir);
  return join(dir, 'assistant.sqlite');
}

function appOn(file: string) {
  const deps = testDeps();
  const stores = sqliteStores(file, deps.logger);
  const app = createApp({ ...deps, ...stores, wechat: { token: WX.token } });
  const send = async (body: string) => {
    const { path, init } = await plainPost(WX.token, body);
    return replyContent(await app.request(path, init));
  };
  return { send, close: stores.close, logger: deps.logger };
}

describe('WeChat state in SQLite', () => {
  it('answers 「3」 after a restart with the national amount, and a re-delivered message with the stored reply', async () => {
    const file = tempFile();
    const before = appOn(file);
    const question = inboundXml({ content: '技能大师工作室有多少经费', msgId: '7100000000000000001' });
    const first = await before.send(question);
    expect(first).toContain('回复 3：国家级');
    before.close();

    const after = appOn(file);
    expect(await after.send(question)).toBe(first);
    expect(after.logger.lines.find((l) => l.event === 'wechat_duplicate')?.data).toMatchObject({ source: 'store' });
    const reply = await after.send(inboundXml({ content: '3' }));
    expect(reply).toContain('10万元（100000元）');
    expect(reply).toContain('【第6条】');
    after.close();
  });

  it('still answers when the store throws, and logs it', async () => {
    const broken: KvNamespace = {
      get: async () => {
        throw new Error('disk I/O error');
      },
      put: async () => {
        throw new Error('disk I/O error');
      },
    };
    const deps = testDeps();
    const app = createApp({ ...deps, kv: broken, wechat: { token: WX.token } });
    const { path, init } = await plainPost(WX.token, inboundXml({ content: '博士后工作站有什么资助？' }));
    const res = await app.request(path, init);
    expect(res.status).toBe(200);
    expect(await replyContent(res)).toContain('【第11条】');
    expect(deps.logger.lines.some((l) => l.event === 'wechat_state_failed')).toBe(true);
  });
});
