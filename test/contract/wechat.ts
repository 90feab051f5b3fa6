// The WeChat and WeCom channels driven through their HTTP routes exactly as WeChat and WeCom call them, written once
// and run on Node (test/wechat/routes.test.ts) and in workerd (test/workers/wechat.test.ts).
import { describe, expect, it } from 'vitest';
import type { QuestionLog } from '../../src/store/question-log';
import { messageCipher } from '../../src/wechat/protocol/crypto';
import { sha1Signature } from '../../src/wechat/protocol/signature';
import type { RecordingLogger } from '../support/deps';
import {
  DOC,
  encryptedPost,
  inboundXml,
  OPENID,
  plainPost,
  replyContent,
  utf8Bytes,
  WC,
  WECHAT_VARS,
  WECOM_VARS,
  WX,
  wcCipher,
  wxCipher,
  type Send,
} from '../wechat/support';

export interface Harness {
  send: Send;
  logger: RecordingLogger;
  questions: QuestionLog;
}

export interface HarnessOptions {
  /** The server's wall clock (the published samples carry their own old timestamps). */
  clock?: Date;
  /** Configure a model whose endpoint never answers (the runtime's own suite makes it hang). */
  hangingModel?: boolean;
}

/** Builds a fresh app (its own memory, the runtime's stores) for an environment. */
export type MakeHarness = (env: Record<string, string>, options?: HarnessOptions) => Harness;

const WECHAT_ENV = WECHAT_VARS;
const WECOM_ENV = WECOM_VARS;
const at = (timestamp: string) => new Date(Number(timestamp) * 1000);

export function describeWechatContract(make: MakeHarness): void {
  /** One safe-mode text message from OPENID; the reply's Content, decrypted and its signature checked. */
  async function ask(h: Harness, content: string, extra: Parameters<typeof inboundXml>[0] = {}) {
    const { path, init } = await encryptedPost('/wechat', WX.token, wxCipher(), inboundXml({ content, ...extra }));
    const res = await h.send(path, init);
    expect(res.status).toBe(200);
    return replyContent(res, { token: WX.token, cipher: wxCipher() });
  }

  describe('published sample values', () => {
    it('echoes echostr for the URL check of the WeChat guide (Token AAAAA)', async () => {
      const h = make({ WECHAT_TOKEN: DOC.token }, { clock: at(DOC.urlCheck.timestamp) });
      const { signature, echostr, timestamp, nonce } = DOC.urlCheck;
      const res = await h.send(`/wechat?signature=${signature}&echostr=${echostr}&timestamp=${timestamp}&nonce=${nonce}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(echostr);
    });

    it('accepts the plain-mode push of the WeChat guide and answers it', async () => {
      const h = make({ WECHAT_TOKEN: DOC.token }, { clock: at(DOC.plain.timestamp) });
      const { signature, timestamp, nonce } = DOC.plain;
      const res = await h.send(`/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`, {
        method: 'POST',
        body: inboundXml({ content: '博士后工作站有什么资助？', createTime: Number(timestamp) }),
      });
      expect(res.status).toBe(200);
      expect(await replyContent(res)).toContain('【第11条】');
    });

    it('verifies the safe-mode push of the WeChat guide by its msg_signature and decrypts it (a 19-byte pad)', async () => {
      const s = DOC.safe;
      const h = make({ WECHAT_TOKEN: DOC.token, WECHAT_AES_KEY: s.aesKey, WECHAT_APP_ID: s.appId }, { clock: at(s.timestamp) });
      expect(messageCipher(s.aesKey, s.appId).decrypt(s.encrypt)).toBe(s.plaintext);
      const body = `<xml><ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName><Encrypt><![CDATA[${s.encrypt}]]></Encrypt></xml>`;
      const query = `signature=${s.signature}&timestamp=${s.timestamp}&nonce=${s.nonce}&openid=o9AgO5Kd5ggOC-bXrbNODIiE3bGY&encrypt_type=aes&msg_signature=${s.msgSignature}`;
      // The guide's sample is a JSON-format push: authentic and decrypted, it is not an XML message, so "success".
      const res = await h.send(`/wechat?${query}`, { method: 'POST', body });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('success');
      expect(h.logger.lines.find((l) => l.event === 'wechat_undecryptable')?.data).toMatchObject({ code: 'bad_xml' });
      const tampered = await h.send(`/wechat?${query.replace(s.msgSignature, s.msgSignature.replace(/^0/, '1'))}`, {
        method: 'POST',
        body,
      });
      expect(tampered.status).toBe(401);
    });

    it('encrypts and signs a reply exactly as the WeChat guide shows', async () => {
      const r = DOC.reply;
      const encrypt = messageCipher(DOC.safe.aesKey, DOC.safe.appId).encrypt(r.plaintext, new TextEncoder().encode(r.random));
      expect(encrypt).toBe(r.encrypt);
      expect(await sha1Signature([DOC.token, r.timestamp, r.nonce, encrypt])).toBe(r.msgSignature);
    });

    it("answers the safe-mode message of WeChat's sample code, encrypting the reply", async () => {
      const s = DOC.sample;
      const h = make({ WECHAT_TOKEN: s.token, WECHAT_AES_KEY: s.aesKey, WECHAT_APP_ID: s.appId }, { clock: at(s.timestamp) });
      const res = await h.send(`/wechat?timestamp=${s.timestamp}&nonce=${s.nonce}&encrypt_type=aes&msg_signature=${s.msgSignature}`, {
        method: 'POST',
        body: s.body,
      });
      expect(res.status).toBe(200);
      const reply = await replyContent(res, { token: s.token, cipher: messageCipher(s.aesKey, s.appId) });
      expect(reply.length).toBeGreaterThan(0);
    });

    it("passes WeCom's URL verification sample by decrypting echostr", async () => {
      const w = DOC.wecom;
      const h = make({ WECOM_TOKEN: w.token, WECOM_AES_KEY: w.aesKey, WECOM_CORP_ID: w.corpId }, { clock: at(w.verify.timestamp) });
      const v = w.verify;
      const res = await h.send(
        `/wecom?msg_signature=${v.msgSignature}&timestamp=${v.timestamp}&nonce=${v.nonce}&echostr=${encodeURIComponent(v.echostr)}`,
      );
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(v.plaintext);
    });

    it("answers WeCom's sample message (你好 from ChenJiaShun) with an encrypted greeting", async () => {
      const w = DOC.wecom;
      const h = make({ WECOM_TOKEN: w.token, WECOM_AES_KEY: w.aesKey, WECOM_CORP_ID: w.corpId }, { clock: at(w.post.timestamp) });
      const p = w.post;
      const res = await h.send(`/wecom?msg_signature=${p.msgSignature}&timestamp=${p.timestamp}&nonce=${p.nonce}`, {
        method: 'POST',
        body: p.body,
      });
      expect(res.status).toBe(200);
      expect(await replyContent(res, { token: w.token, cipher: messageCipher(w.aesKey, w.corpId) })).toContain('您好');
      expect(JSON.stringify(h.logger.lines)).not.toContain(p.from);
    });
  });

  describe('GET /wechat and /wecom refuse what WeChat did not sign', () => {
    it('answers 401 to a wrong or missing signature and to a stale timestamp, 400 without echostr', async () => {
      const h = make({ WECHAT_TOKEN: DOC.token }, { clock: at(DOC.urlCheck.timestamp) });
      const { signature, echostr, timestamp, nonce } = DOC.urlCheck;
      expect(
        (await h.send(`/wechat?signature=${signature.replace('f', 'e')}&echostr=${echostr}&timestamp=${timestamp}&nonce=${nonce}`)).status,
      ).toBe(401);
      expect((await h.send(`/wechat?echostr=${echostr}&timestamp=${timestamp}&nonce=${nonce}`)).status).toBe(401);
      expect((await h.send(`/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`)).status).toBe(400);
      const later = make({ WECHAT_TOKEN: DOC.token }, { clock: new Date(Number(timestamp) * 1000 + 10 * 60 * 1000) });
      const stale = await later.send(`/wechat?signature=${signature}&echostr=${echostr}&timestamp=${timestamp}&nonce=${nonce}`);
      expect(stale.status).toBe(401);
      expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('stale_timestamp');
      expect(later.logger.lines.some((l) => l.event === 'wechat_refused')).toBe(true);
    });

    it('has no /wechat or /wecom route without their configuration', async () => {
      const h = make({});
      expect((await h.send('/wechat?signature=x&timestamp=1&nonce=1&echostr=1')).status).toBe(404);
      expect((await h.send('/wecom?msg_signature=x&timestamp=1&nonce=1&echostr=1')).status).toBe(404);
    });
  });

  describe('POST /wechat in plain and safe mode', () => {
    it('answers a money question in safe mode: 2万元, 【第12条】 and how to read the clause, encrypted, under 2,048 bytes', async () => {
      const h = make(WECHAT_ENV);
      const { path, init } = await encryptedPost(
        '/wechat',
        WX.token,
        wxCipher(),
        inboundXml({ content: '我是石嘴山籍全日制在读博士，签了预引进协议，能拿多少生活补贴？' }),
      );
      const res = await h.send(path, init);
      expect(res.status).toBe(200);
      const reply = await replyContent(res, { token: WX.token, cipher: wxCipher() });
      expect(reply).toContain('每人2万元（20000元）');
      expect(reply).toContain('【第12条】');
      expect(reply).toContain('回复「原文12」查看条文');
      expect(reply).not.toMatch(/\*\*|^#/m);
      expect(utf8Bytes(reply)).toBeLessThanOrEqual(2048);
      const [logged] = await h.questions.recent(5);
      expect(logged).toMatchObject({ channel: 'wechat' });
      expect(JSON.stringify(h.logger.lines)).not.toContain(OPENID);
    });

    it('refuses a tampered ciphertext (401), a body without <Encrypt> or plain text with a key set (400), malformed XML (400) and an oversized body (413)', async () => {
      const h = make(WECHAT_ENV);
      const tampered = await encryptedPost('/wechat', WX.token, wxCipher(), inboundXml({ content: '你好' }), { tamper: true });
      expect((await h.send(tampered.path, tampered.init)).status).toBe(401);
      const noEncrypt = await encryptedPost('/wechat', WX.token, wxCipher(), inboundXml({ content: '你好' }));
      expect((await h.send(noEncrypt.path, { ...noEncrypt.init, body: '<xml><ToUserName>gh</ToUserName></xml>' })).status).toBe(400);
      const plainOnly = await plainPost(WX.token, inboundXml({ content: '你好' }));
      const refused = await h.send(plainOnly.path, plainOnly.init);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('encryption_required');
      expect(h.logger.lines.filter((l) => l.event === 'wechat_refused')).toHaveLength(3);

      const p = make({ WECHAT_TOKEN: WX.token });
      const broken = await plainPost(WX.token, '<xml><ToUserName>gh</ToUserName><Content>');
      const res = await p.send(broken.path, broken.init);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_xml');
      const big = await plainPost(WX.token, `<xml><Content>${'博'.repeat(30000)}</Content></xml>`);
      expect((await p.send(big.path, big.init)).status).toBe(413);
      const unsigned = await plainPost('another-token', inboundXml({ content: '你好' }));
      expect((await p.send(unsigned.path, unsigned.init)).status).toBe(401);
      expect(p.logger.lines.filter((l) => l.event === 'wechat_refused')).toHaveLength(3);
    });

    it('answers "success" (not 5xx) to a signed message for another AppID, and logs it', async () => {
      const h = make(WECHAT_ENV);
      const { path, init } = await encryptedPost(
        '/wechat',
        WX.token,
        messageCipher(WX.aesKey, 'wx_someone_else'),
        inboundXml({ content: '你好' }),
      );
      const res = await h.send(path, init);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('success');
      expect(h.logger.lines.find((l) => l.event === 'wechat_undecryptable')?.data).toMatchObject({ code: 'bad_receive_id' });
    });
  });

  it('answers "success" and logs when WeChat sends safe mode to a server configured for plain mode', async () => {
    const h = make({ WECHAT_TOKEN: WX.token });
    const { path, init } = await encryptedPost('/wechat', WX.token, wxCipher(), inboundXml({ content: '你好' }));
    expect(await (await h.send(path, init)).text()).toBe('success');
    expect(h.logger.lines.find((l) => l.event === 'wechat_undecryptable')?.data).toMatchObject({ code: 'safe_mode_off' });
  });

  describe('conversation', () => {
    it('answers a re-delivered message once, with the same reply', async () => {
      const h = make({ WECHAT_TOKEN: WX.token });
      const body = inboundXml({ content: '人才公寓归哪个部门管？', msgId: '6054768590064713999' });
      const first = await plainPost(WX.token, body);
      const again = await plainPost(WX.token, body, undefined, '999');
      const a = await replyContent(await h.send(first.path, first.init));
      const b = await replyContent(await h.send(again.path, again.init));
      expect(a).toContain('【第19条】');
      expect(b).toBe(a);
      expect(await h.questions.recent(10)).toHaveLength(1);
      expect(h.logger.lines.some((l) => l.event === 'wechat_duplicate')).toBe(true);
    });

    it('asks for the level with numbered replies and answers 「3」 with the national amount from 第6条', async () => {
      const h = make(WECHAT_ENV);
      const first = await ask(h, '技能大师工作室有多少经费');
      expect(first).toMatch(/回复 1：市级 3万元（30000元）/);
      expect(first).toMatch(/回复 3：国家级 10万元（100000元）/);
      const second = await ask(h, '3');
      expect(second).toContain('10万元（100000元）');
      expect(second).toContain('【第6条】');
      // The next fact that decides, asked the same way; 「1」 now answers it.
      expect(second).toMatch(/回复 1：是，新认定/);
      const third = await ask(h, '1');
      // The reply may open with what was understood (我理解的情况：…), then the result.
      expect(third).toMatch(/(^|\n)符合：技能大师工作室建设经费/);
      expect(third).toContain('10万元（100000元）');
      expect(third).not.toContain('回复 1：');
      expect(await ask(h, '2')).toContain('没有待选择的选项');
    });

    it('sends a long Chinese answer in replies of at most 2,048 bytes: the core and options first, then 「全文」', async () => {
      const h = make(WECHAT_ENV);
      // The first of these whose answer (POST /api/chat, the same pipeline) is over WeChat's limit.
      const candidates = ['国家级的平台都有什么奖励', '国家级和自治区级的平台、基地、工作室各有什么奖补', '企业建平台能拿哪些补贴'];
      let question: string | undefined;
      let clarifies = false;
      for (const message of candidates) {
        const res = await h.send('/api/chat', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message }),
        });
        const body = (await res.json()) as { answer: string; clarify?: unknown };
        if (utf8Bytes(body.answer) > 2048) {
          [question, clarifies] = [message, body.clarify !== undefined];
          break;
        }
      }
      expect(question, 'one candidate question has an answer over 2,048 bytes').toBeDefined();
      const first = await ask(h, question!);
      expect(utf8Bytes(first)).toBeLessThanOrEqual(2048);
      expect(first).toMatch(/【第\d+条】/);
      expect(first).toContain('回复「全文」');
      // The options come with the first reply, so a bare 「1」 can answer them.
      if (clarifies) expect(first).toMatch(/回复 1：/);
      const rest = await ask(h, '全文');
      expect(utf8Bytes(rest)).toBeLessThanOrEqual(2048);
      expect(rest).toMatch(/【第\d+条】/);
      expect(first).not.toContain(rest.slice(0, 40));
      expect(await ask(h, '全文')).toContain('已经全部发完');
    });

    it('greets a new follower with three starter questions for each kind of user', async () => {
      const h = make(WECHAT_ENV);
      const reply = await ask(h, '', { type: 'event', event: 'subscribe', content: undefined, msgId: null });
      expect(reply).toContain('欢迎关注');
      for (const heading of ['学生 / 毕业生', '企业 / 用人单位', '人才工作人员']) expect(reply).toContain(heading);
      expect(reply.match(/^· /gm)).toHaveLength(9);
      expect(await ask(h, '', { type: 'event', event: 'unsubscribe', content: undefined, msgId: null })).toBe('');
    });

    it('answers images and other types politely and reads voice through Recognition', async () => {
      const h = make(WECHAT_ENV);
      expect(await ask(h, '', { type: 'image', content: undefined })).toContain('看不了图片');
      expect(await ask(h, '', { type: 'location', content: undefined })).toContain('只能回答文字问题');
      expect(await ask(h, '', { type: 'voice', content: undefined, recognition: '' })).toContain('没能识别这段语音');
      expect(await ask(h, '', { type: 'voice', content: undefined, recognition: '博士后工作站有什么资助？' })).toContain('【第11条】');
    });

    it('answers at most 10 messages a minute per user, then asks them to wait (once)', async () => {
      const h = make(WECHAT_ENV);
      for (let i = 0; i < 10; i++) expect(await ask(h, '帮助')).toContain('原文12');
      expect(await ask(h, '帮助')).toContain('请稍等一分钟');
      expect(await ask(h, '帮助')).toBe('');
      expect(await ask(h, '帮助', { from: 'oAnotherUser' })).toContain('原文12');
    });

    it('shows a clause on 「原文12」', async () => {
      const h = make(WECHAT_ENV);
      const reply = await ask(h, '原文12');
      expect(reply).toContain('第12条');
      expect(reply).toContain('预引进');
      expect(utf8Bytes(reply)).toBeLessThanOrEqual(2048);
    });
  });

  describe('POST /wecom', () => {
    it('answers an encrypted question from a WeCom user, encrypted for the corp', async () => {
      const h = make(WECOM_ENV);
      const { path, init } = await encryptedPost(
        '/wecom',
        WC.token,
        wcCipher(),
        inboundXml({ content: '技能大师工作室有多少经费', to: WC.corpId, from: 'ZhangSan' }),
      );
      const res = await h.send(path, init);
      expect(res.status).toBe(200);
      const reply = await replyContent(res, { token: WC.token, cipher: wcCipher() });
      expect(reply).toMatch(/回复 2：自治区级/);
      expect((await h.questions.recent(5))[0]).toMatchObject({ channel: 'wecom' });
      expect(JSON.stringify(h.logger.lines)).not.toContain('ZhangSan');
    });

    it('checks the receive id against the corp id and refuses plain or unsigned bodies', async () => {
      const h = make(WECOM_ENV);
      const other = await encryptedPost('/wecom', WC.token, messageCipher(WC.aesKey, 'ww_other_corp'), inboundXml({ content: '你好' }));
      const res = await h.send(other.path, other.init);
      expect(await res.text()).toBe('success');
      expect(h.logger.lines.find((l) => l.event === 'wecom_undecryptable')?.data).toMatchObject({ code: 'bad_receive_id' });
      const plain = await plainPost(WC.token, inboundXml({ content: '你好' }));
      expect((await h.send(plain.path.replace('/wechat', '/wecom'), plain.init)).status).toBe(400);
      const forged = await encryptedPost('/wecom', 'not-the-token', wcCipher(), inboundXml({ content: '你好' }));
      expect((await h.send(forged.path, forged.init)).status).toBe(401);
    });
  });

  describe("WeChat's five seconds", () => {
    it('replies within 5 s with the verified extractive answer when the model hangs, and a retry gets the same reply', async () => {
      const h = make({ WECHAT_TOKEN: WX.token }, { hangingModel: true });
      const body = inboundXml({ content: '柔性引才有哪些方式？' });
      const first = await plainPost(WX.token, body);
      const retry = await plainPost(WX.token, body, undefined, '31337');
      const started = Date.now();
      const pending = h.send(first.path, first.init);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [a, b] = await Promise.all([pending, h.send(retry.path, retry.init)]);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(5000);
      const [ra, rb] = [await replyContent(a), await replyContent(b)];
      expect(ra).toContain('【第11条】');
      expect(rb).toBe(ra);
      expect(await h.questions.recent(10)).toHaveLength(1);
    }, 15000);
  });
}
