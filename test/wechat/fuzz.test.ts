// Whatever reaches /wechat and /wecom — arbitrary queries, bodies, XML with odd fields, correctly signed or not — the
// answer is a reply, "success" or a 4xx with an error a person can read: never a 5xx.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { buildDeps } from '../../src/deps';
import { recordingLogger } from '../support/deps';
import { encryptedPost, plainPost, WC, wcCipher, WECHAT_VARS, WECOM_VARS, WX, wxCipher } from './support';

const RUNS = Number(process.env.FC_RUNS ?? 60);
const app = createApp(buildDeps(loadConfig({ ...WECHAT_VARS, ...WECOM_VARS }), {}, recordingLogger()));

async function expectNo5xx(res: Response): Promise<void> {
  expect(res.status).toBeLessThan(500);
  const text = await res.text();
  if (res.status >= 400) expect((JSON.parse(text) as { error: { code: string } }).error.code).toMatch(/^[a-z_]+$/);
}

/** XML built from arbitrary field names and values, sometimes a real message shape. */
const xmlish = fc.oneof(
  fc.string(),
  fc
    .dictionary(
      fc.constantFrom('ToUserName', 'FromUserName', 'CreateTime', 'MsgType', 'Content', 'MsgId', 'Event', 'Recognition', 'Encrypt', 'x'),
      fc.string({ maxLength: 60 }),
    )
    .map(
      (fields) =>
        `<xml>${Object.entries(fields)
          .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
          .join('')}</xml>`,
    ),
  fc.constantFrom('<xml><xml></xml>', '<!DOCTYPE x [<!ENTITY a "b">]><xml>&a;</xml>', '<xml><MsgType>text</MsgType></xml>', ''),
);

describe('fuzzing the WeChat and WeCom routes', () => {
  it('never answers 5xx to arbitrary unsigned requests', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/wechat', '/wecom'),
        fc.constantFrom('GET', 'POST'),
        fc.string({ maxLength: 80 }),
        xmlish,
        async (path, method, query, body) => {
          const init: RequestInit = method === 'POST' ? { method, body } : { method };
          await expectNo5xx(await app.request(`${path}?${encodeURI(query)}`, init));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never answers 5xx to correctly signed plain, safe-mode and WeCom bodies of any content', async () => {
    await fc.assert(
      fc.asyncProperty(xmlish, fc.constantFrom('plain', 'safe', 'wecom'), async (body, mode) => {
        const signed =
          mode === 'plain'
            ? await plainPost(WX.token, body)
            : mode === 'safe'
              ? await encryptedPost('/wechat', WX.token, wxCipher(), body)
              : await encryptedPost('/wecom', WC.token, wcCipher(), body);
        await expectNo5xx(await app.request(signed.path, signed.init));
      }),
      { numRuns: RUNS },
    );
  });
});
