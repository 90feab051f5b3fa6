// The WeChat and WeCom contract inside workerd: each harness is the app worker.ts builds, on the SESSIONS namespace
// (keys prefixed per harness so tests do not share users), and the real src/worker.ts answers through SELF with the
// variables of vitest.workers.config.ts. msw's Node server cannot run here, so the hanging model is a stubbed fetch.
import { env, SELF } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src/contract/logger';
import type { KvNamespace } from '../../src/store/bindings';
import { kvSessionStore } from '../../src/store/kv-sessions';
import { workerStores } from '../../src/store/workers';
import { sha1Signature } from '../../src/wechat/protocol/signature';
import { describeWechatContract } from '../contract/wechat';
import { contractHarness } from '../wechat/harness';
import { encryptedPost, inboundXml, replyContent, utf8Bytes, WX, wxCipher } from '../wechat/support';

const LLM_URL = 'https://llm.test/v1/';

beforeAll(() => {
  const real = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(LLM_URL)) return real(input, init);
    // A model endpoint that never answers (nor settles on abort: rejecting here surfaces as an unhandled rejection
    // inside LangChain's retry queue in workerd); the port's own budget race ends the wait.
    return new Promise<Response>(() => undefined);
  });
});
afterAll(() => vi.restoreAllMocks());

let harnesses = 0;

function prefixed(kv: KvNamespace, prefix: string): KvNamespace {
  return { get: (key) => kv.get(`${prefix}${key}`), put: (key, value, options) => kv.put(`${prefix}${key}`, value, options) };
}

describeWechatContract((vars, options) => {
  const kv = prefixed(env.SESSIONS, `t${(harnesses += 1)}:`);
  const durable = (logger: Logger) => ({ ...workerStores(env, logger), kv, sessions: kvSessionStore(kv) });
  return contractHarness(vars, options, { durable, origin: 'https://assistant.test' });
});

describe('the real Worker (src/worker.ts) with WECHAT_* and WECOM_* set', () => {
  it('passes the URL check and answers an encrypted money question, keeping the message id in SESSIONS', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = await sha1Signature([WX.token, timestamp, '42']);
    const check = await SELF.fetch(
      `https://assistant.test/wechat?signature=${signature}&timestamp=${timestamp}&nonce=42&echostr=hello-wechat`,
    );
    expect(await check.text()).toBe('hello-wechat');

    const { path, init } = await encryptedPost(
      '/wechat',
      WX.token,
      wxCipher(),
      inboundXml({ content: '技能大师工作室有多少经费', msgId: '8888000000000000001' }),
    );
    const res = await SELF.fetch(`https://assistant.test${path}`, init);
    expect(res.status).toBe(200);
    const reply = await replyContent(res, { token: WX.token, cipher: wxCipher() });
    expect(reply).toMatch(/回复 3：国家级 10万元（100000元）/);
    expect(utf8Bytes(reply)).toBeLessThanOrEqual(2048);
    const keys = await (env.SESSIONS as unknown as { list(o: { prefix: string }): Promise<{ keys: { name: string }[] }> }).list({
      prefix: 'wx:msg:',
    });
    expect(keys.keys.some((k) => k.name.endsWith(':8888000000000000001'))).toBe(true);
    expect(JSON.stringify(keys.keys)).not.toContain('oTestOpenId');
  });
});
