// Customer-service messages: with WECHAT_APP_SECRET (or WECOM_AGENT_ID + WECOM_SECRET) the rest of a long answer
// follows the passive reply through WeChat's API, mocked here by msw; the OpenID goes to WeChat and nowhere else.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { buildDeps } from '../../src/deps';
import { memoryQuestionLog } from '../../src/store/question-log';
import { recordingLogger } from '../support/deps';
import { encryptedPost, inboundXml, OPENID, plainPost, replyContent, utf8Bytes, WC, wcCipher, WX } from './support';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const LONG_QUESTION = '国家级的平台都有什么奖励';

function app(env: Record<string, string>) {
  const logger = recordingLogger();
  return { app: createApp(buildDeps(loadConfig(env), {}, logger, { questions: memoryQuestionLog() })), logger };
}

/** Resolves with the first n message bodies WeChat's API receives. */
function capture(host: string, tokenPath: string, sendPath: string, n = 1) {
  const bodies: Record<string, unknown>[] = [];
  const tokens: string[] = [];
  let done: (value: Record<string, unknown>[]) => void = () => undefined;
  const received = new Promise<Record<string, unknown>[]>((resolve) => (done = resolve));
  server.use(
    http.get(`${host}${tokenPath}`, ({ request }) => {
      tokens.push(request.url);
      return HttpResponse.json({ access_token: 'ACCESS_TOKEN_1', expires_in: 7200 });
    }),
    http.post(`${host}${sendPath}`, async ({ request }) => {
      expect(new URL(request.url).searchParams.get('access_token')).toBe('ACCESS_TOKEN_1');
      bodies.push((await request.json()) as Record<string, unknown>);
      if (bodies.length >= n) done(bodies);
      return HttpResponse.json({ errcode: 0, errmsg: 'ok' });
    }),
  );
  return { received, tokens };
}

describe('customer-service messages', () => {
  it('sends the rest of a long answer to the OpenID after the passive reply (WECHAT_APP_SECRET)', async () => {
    const { received, tokens } = capture('https://api.weixin.qq.com', '/cgi-bin/token', '/cgi-bin/message/custom/send');
    const { app: a, logger } = app({ WECHAT_TOKEN: WX.token, WECHAT_APP_ID: WX.appId, WECHAT_APP_SECRET: 'app-secret-1' });
    const { path, init } = await plainPost(WX.token, inboundXml({ content: LONG_QUESTION }));
    const passive = await replyContent(await a.request(path, init));
    expect(passive).toContain('其余内容稍后另发');
    expect(utf8Bytes(passive)).toBeLessThanOrEqual(2048);
    const [sent] = await received;
    expect(sent).toMatchObject({ touser: OPENID, msgtype: 'text' });
    const content = (sent!['text'] as { content: string }).content;
    expect(content).toMatch(/【第\d+条】/);
    expect(utf8Bytes(content)).toBeLessThanOrEqual(2048);
    expect(tokens[0]).toContain(`appid=${WX.appId}`);
    await expect.poll(() => logger.lines.some((l) => l.event === 'wechat_pushed')).toBe(true);
    expect(JSON.stringify(logger.lines)).not.toContain(OPENID);
  });

  it('sends it as a WeCom app message with the agent id (WECOM_AGENT_ID + WECOM_SECRET)', async () => {
    const { received } = capture('https://qyapi.weixin.qq.com', '/cgi-bin/gettoken', '/cgi-bin/message/send');
    const { app: a } = app({
      WECOM_TOKEN: WC.token,
      WECOM_AES_KEY: WC.aesKey,
      WECOM_CORP_ID: WC.corpId,
      WECOM_AGENT_ID: '1000002',
      WECOM_SECRET: 'corp-secret',
    });
    const { path, init } = await encryptedPost(
      '/wecom',
      WC.token,
      wcCipher(),
      inboundXml({ content: LONG_QUESTION, from: 'ZhangSan', to: WC.corpId }),
    );
    await a.request(path, init);
    const [sent] = await received;
    expect(sent).toMatchObject({ touser: 'ZhangSan', agentid: 1000002, msgtype: 'text' });
  });

  it('logs a refused push and keeps the rest for 「全文」', async () => {
    server.use(
      http.get('https://api.weixin.qq.com/cgi-bin/token', () =>
        HttpResponse.json({ errcode: 40164, errmsg: 'invalid ip, not in whitelist' }),
      ),
    );
    const { app: a, logger } = app({ WECHAT_TOKEN: WX.token, WECHAT_APP_ID: WX.appId, WECHAT_APP_SECRET: 'app-secret-1' });
    const first = await plainPost(WX.token, inboundXml({ content: LONG_QUESTION }));
    await a.request(first.path, first.init);
    await expect
      .poll(() => logger.lines.find((l) => l.event === 'wechat_push_failed')?.data?.['message'], { timeout: 3000 })
      .toContain('whitelist');
    const more = await plainPost(WX.token, inboundXml({ content: '全文' }));
    expect(await replyContent(await a.request(more.path, more.init))).toMatch(/【第\d+条】/);
  });
});
