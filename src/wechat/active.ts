// Active (customer-service) messages: the rest of a long answer sent after the passive reply, through the Official
// Account's message/custom/send (WECHAT_APP_SECRET; a verified account with the server's IP whitelisted) or WeCom's
// message/send (WECOM_AGENT_ID + WECOM_SECRET). The access token is fetched once and kept until shortly before it
// expires; the recipient's OpenID / UserID lives only in this call, never in a store or a log line.
import * as z from '../contract/zod';
import type { Logger } from '../contract/logger';

export type ActiveConfig =
  { channel: 'wechat'; appId: string; appSecret: string } | { channel: 'wecom'; corpId: string; secret: string; agentId: string };

export interface ActiveSender {
  /** Sends one text message (≤ 2,048 bytes) to a user; throws ActiveSendError when WeChat says no. */
  send(toUser: string, text: string): Promise<void>;
}

class ActiveSendError extends Error {
  override name = 'ActiveSendError';
  constructor(
    readonly errcode: number,
    message: string,
  ) {
    super(message);
  }
}

const WECHAT_API = 'https://api.weixin.qq.com/cgi-bin';
const WECOM_API = 'https://qyapi.weixin.qq.com/cgi-bin';
/** Refresh this long before the stated expiry (tokens last 7,200 s). */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;
/** access_token invalid or expired: fetch a new one and try once more. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);

/** What the WeChat and WeCom APIs answer (every field optional: errors carry errcode, the token call the rest). */
const ApiReply = z.looseObject({
  errcode: z.optional(z.number()),
  errmsg: z.optional(z.string()),
  access_token: z.optional(z.string()),
  expires_in: z.optional(z.number()),
});
type ApiReply = z.infer<typeof ApiReply>;

/**
 * @example activeSender({ channel: 'wechat', appId, appSecret }, { logger }).send(openId, '其余内容…')
 */
export function activeSender(config: ActiveConfig, deps: { logger: Logger; fetch?: typeof fetch; now?: () => number }): ActiveSender {
  const doFetch = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const now = deps.now ?? Date.now;
  let token: { value: string; expires: number } | undefined;
  let pending: Promise<string> | undefined;

  async function call(url: string, init?: RequestInit): Promise<ApiReply> {
    const res = await doFetch(url, init);
    const parsed = ApiReply.safeParse(await res.json().catch(() => ({})));
    const body: ApiReply = parsed.success ? parsed.data : {};
    if (!res.ok) throw new ActiveSendError(res.status, `HTTP ${res.status}`);
    return body;
  }

  async function fetchToken(): Promise<string> {
    const url =
      config.channel === 'wechat'
        ? `${WECHAT_API}/token?grant_type=client_credential&appid=${encodeURIComponent(config.appId)}&secret=${encodeURIComponent(config.appSecret)}`
        : `${WECOM_API}/gettoken?corpid=${encodeURIComponent(config.corpId)}&corpsecret=${encodeURIComponent(config.secret)}`;
    const body = await call(url);
    if (!body.access_token)
      throw new ActiveSendError(body.errcode ?? -1, `no access_token (${body.errmsg ?? 'unknown'}); check the secret and the IP whitelist`);
    token = { value: body.access_token, expires: now() + (body.expires_in ?? 7200) * 1000 - EXPIRY_MARGIN_MS };
    return token.value;
  }

  async function accessToken(fresh = false): Promise<string> {
    if (!fresh && token && token.expires > now()) return token.value;
    // Concurrent sends share one token request.
    pending ??= fetchToken().finally(() => (pending = undefined));
    return pending;
  }

  async function post(toUser: string, text: string, fresh: boolean): Promise<ApiReply> {
    const value = await accessToken(fresh);
    const url =
      config.channel === 'wechat'
        ? `${WECHAT_API}/message/custom/send?access_token=${value}`
        : `${WECOM_API}/message/send?access_token=${value}`;
    const payload =
      config.channel === 'wechat'
        ? { touser: toUser, msgtype: 'text', text: { content: text } }
        : { touser: toUser, msgtype: 'text', agentid: Number(config.agentId), text: { content: text } };
    return call(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  }

  return {
    async send(toUser, text) {
      let reply = await post(toUser, text, false);
      if (reply.errcode && TOKEN_ERRORS.has(reply.errcode)) reply = await post(toUser, text, true);
      if (reply.errcode) throw new ActiveSendError(reply.errcode, reply.errmsg ?? 'refused');
    },
  };
}
