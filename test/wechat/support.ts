// Drives /wechat and /wecom exactly as WeChat and WeCom do: signed query strings, XML bodies, safe-mode envelopes.
// Shared by the Node suite and the workerd suite (no msw, no Node APIs).
import { messageCipher, type MessageCipher } from '../../src/wechat/protocol/crypto';
import { sha1Signature } from '../../src/wechat/protocol/signature';
import { parseXml } from '../../src/wechat/protocol/xml';

/**
 * Published sample values.
 * WeChat (公众号 / 小程序 消息推送 guide, https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html,
 * also the Official Account 消息加解密说明 https://developers.weixin.qq.com/doc/subscription/guide/dev/push/encryption.html):
 * Token "AAAAA"; URL check, plain-mode push, safe-mode push (EncodingAESKey of 43 "A", AppID wxba5fad812f8e6fb9,
 * a plaintext whose PKCS#7 pad is 19 bytes, which 16-byte padding would reject) and the encrypted reply example.
 * WeChat's own sample code (cryptoDemo.zip, Sample.py, linked from the same 消息加解密说明 page): token "spamtest".
 * WeCom (企业微信 加解密库, https://developer.work.weixin.qq.com/document/path/90307, Tencent's weworkapi_python
 * callback/Sample.py): token hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo, corp ww1436e0e65a779aee.
 */
export const DOC = {
  token: 'AAAAA',
  urlCheck: {
    signature: 'f464b24fc39322e44b38aa78f5edd27bd1441696',
    echostr: '4375120948345356249',
    timestamp: '1714036504',
    nonce: '1514711492',
  },
  plain: { signature: '899cf89e464efb63f54ddac96b0a0a235f53aa78', timestamp: '1714037059', nonce: '486452656' },
  safe: {
    aesKey: 'A'.repeat(43),
    appId: 'wxba5fad812f8e6fb9',
    signature: '6c5c811b55cc85e0e1b54100749188c20beb3f5d',
    msgSignature: '046e02f8204d34f8ba5fa3b1db94908f3df2e9b3',
    timestamp: '1714112445',
    nonce: '415670741',
    encrypt:
      '+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04=',
    plaintext:
      '{"ToUserName":"gh_97417a04a28d","FromUserName":"o9AgO5Kd5ggOC-bXrbNODIiE3bGY","CreateTime":1714112445,"MsgType":"event","Event":"debug_demo","debug_str":"hello world"}',
  },
  reply: {
    random: '707722b803182950',
    plaintext: '{"demo_resp":"good luck"}',
    encrypt: 'ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ==',
    msgSignature: '1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1',
    timestamp: '1713424427',
    nonce: '415670741',
  },
  sample: {
    token: 'spamtest',
    aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
    appId: 'wx2c2769f8efd9abc2',
    msgSignature: '5d197aaffba7e9b25a30732f161a50dee96bd5fa',
    timestamp: '1409735669',
    nonce: '1320562132',
    body: '<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName><CreateTime>1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[abcdteT]]></Content><MsgId>6054768590064713728</MsgId><Encrypt><![CDATA[hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=]]></Encrypt></xml>',
  },
  wecom: {
    token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo',
    aesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt',
    corpId: 'ww1436e0e65a779aee',
    verify: {
      msgSignature: '012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb',
      timestamp: '1476416373',
      nonce: '47744683',
      echostr: 'fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==',
      plaintext: '1288432023552776189',
    },
    post: {
      msgSignature: '0c3914025cb4b4d68103f6bfc8db550f79dcf48e',
      timestamp: '1476422779',
      nonce: '1597212914',
      body: '<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName>\n<Encrypt><![CDATA[Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+]]></Encrypt>\n<AgentID><![CDATA[1000002]]></AgentID>\n</xml>',
      /** What the sample's Encrypt holds. */
      content: '你好',
      from: 'ChenJiaShun',
    },
  },
} as const;

/** The configuration the channel tests run with (safe-mode keys as generated in the admin console: 43 characters). */
export const WX = { token: 'wechat-test-token', aesKey: 'Sz6VYtZGbcAh3nNLm8EwWq1x2KpR4dFfT7uJ9oXcBaE', appId: 'wx0123456789abcdef' };
export const WC = { token: 'wecom-test-token', aesKey: 'kP3mW8xQ2rT5vY7zA1cE4gH6jL9nB0dF2hK4mN6pR8s', corpId: 'ww0123456789abcdef' };
export const OPENID = 'oTestOpenId_Abc123XyZ456';

/** Both channels as `wrangler secret put` (or .env) would configure them: the Official Account in safe mode, a WeCom app. */
export const WECHAT_VARS = { WECHAT_TOKEN: WX.token, WECHAT_AES_KEY: WX.aesKey, WECHAT_APP_ID: WX.appId };
export const WECOM_VARS = { WECOM_TOKEN: WC.token, WECOM_AES_KEY: WC.aesKey, WECOM_CORP_ID: WC.corpId };

/** A model whose endpoint never answers; each suite makes https://llm.test hang its own way (msw, a stubbed fetch). */
export const HANGING_MODEL_VARS = {
  LLM_PROVIDER: 'openai',
  LLM_BASE_URL: 'https://llm.test/v1',
  LLM_API_KEY: 'sk-test',
  LLM_MODEL: 'deepseek-chat',
  LLM_TIMEOUT_MS: '8000',
};

export interface Inbound {
  type?: string;
  content?: string;
  msgId?: string | null;
  event?: string;
  recognition?: string;
  from?: string;
  createTime?: number;
  to?: string;
}

let msgCounter = 7_000_000_000_000_000_000n;

/** A message as WeChat sends it (plain XML with CDATA). */
export function inboundXml(m: Inbound = {}): string {
  const type = m.type ?? 'text';
  const msgId = m.msgId === undefined ? String((msgCounter += 1n)) : m.msgId;
  const fields = [
    `<ToUserName><![CDATA[${m.to ?? 'gh_test_account'}]]></ToUserName>`,
    `<FromUserName><![CDATA[${m.from ?? OPENID}]]></FromUserName>`,
    `<CreateTime>${m.createTime ?? Math.floor(Date.now() / 1000)}</CreateTime>`,
    `<MsgType><![CDATA[${type}]]></MsgType>`,
    m.content !== undefined ? `<Content><![CDATA[${m.content}]]></Content>` : '',
    m.event ? `<Event><![CDATA[${m.event}]]></Event>` : '',
    m.recognition !== undefined
      ? `<MediaId><![CDATA[media-1]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[${m.recognition}]]></Recognition>`
      : '',
    type === 'image' ? '<PicUrl><![CDATA[https://mmbiz.example/pic.jpg]]></PicUrl><MediaId><![CDATA[media-2]]></MediaId>' : '',
    msgId ? `<MsgId>${msgId}</MsgId>` : '',
  ];
  return `<xml>${fields.join('')}</xml>`;
}

export type Send = (path: string, init?: RequestInit) => Promise<Response>;

export interface Signed {
  path: string;
  init: RequestInit;
}

/** A plain-mode POST /wechat as WeChat signs it (signature over token, timestamp, nonce). */
export async function plainPost(
  token: string,
  body: string,
  timestamp = String(Math.floor(Date.now() / 1000)),
  nonce = '1234567',
): Promise<Signed> {
  const signature = await sha1Signature([token, timestamp, nonce]);
  return {
    path: `/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&openid=${OPENID}`,
    init: { method: 'POST', headers: { 'content-type': 'text/xml' }, body },
  };
}

/** A safe-mode POST: the message encrypted into <Encrypt>, msg_signature over it. */
export async function encryptedPost(
  path: '/wechat' | '/wecom',
  token: string,
  cipher: MessageCipher,
  message: string,
  options: { timestamp?: string; nonce?: string; tamper?: boolean } = {},
): Promise<Signed> {
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? '7654321';
  const encrypt = cipher.encrypt(message);
  const msgSignature = await sha1Signature([token, timestamp, nonce, encrypt]);
  const sent = options.tamper ? `${encrypt.slice(0, 10)}${encrypt[10] === 'A' ? 'B' : 'A'}${encrypt.slice(11)}` : encrypt;
  const body = `<xml><ToUserName><![CDATA[gh_test_account]]></ToUserName><Encrypt><![CDATA[${sent}]]></Encrypt></xml>`;
  const query =
    path === '/wechat'
      ? `signature=${await sha1Signature([token, timestamp, nonce])}&timestamp=${timestamp}&nonce=${nonce}&openid=${OPENID}&encrypt_type=aes&msg_signature=${msgSignature}`
      : `msg_signature=${msgSignature}&timestamp=${timestamp}&nonce=${nonce}`;
  return { path: `${path}?${query}`, init: { method: 'POST', headers: { 'content-type': 'text/xml' }, body } };
}

/** The Content of a reply, decrypting and checking its signature when it is encrypted. */
export async function replyContent(res: Response, crypt?: { token: string; cipher: MessageCipher }): Promise<string> {
  const text = await res.text();
  if (text === 'success') return '';
  let fields = parseXml(text);
  if (crypt) {
    const encrypt = fields['Encrypt'] ?? '';
    const expected = await sha1Signature([crypt.token, fields['TimeStamp'] ?? '', fields['Nonce'] ?? '', encrypt]);
    if (fields['MsgSignature'] !== expected) throw new Error('the reply MsgSignature does not sign its Encrypt');
    fields = parseXml(crypt.cipher.decrypt(encrypt));
  }
  if (fields['MsgType'] !== 'text') throw new Error(`unexpected reply ${text}`);
  return fields['Content'] ?? '';
}

export const wxCipher = () => messageCipher(WX.aesKey, WX.appId);
export const wcCipher = () => messageCipher(WC.aesKey, WC.corpId);
export const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;
