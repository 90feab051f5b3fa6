// GET|POST /wecom: a WeCom (企业微信) app's callback. The same protocol pieces and rendering as the Official Account;
// WeCom always encrypts, verifies the URL by decrypting echostr, and puts the CorpID where the AppID would be.
import type { Hono } from 'hono';
import { activeSender } from '../wechat/active';
import { callbackRoutes, type CallbackDeps } from '../wechat/callback';
import { messageCipher } from '../wechat/protocol/crypto';
import type { WecomConfig } from './config';

/** @example app.route('/', wecomRoutes({ token, aesKey, corpId }, deps)) */
export function wecomRoutes(config: WecomConfig, deps: CallbackDeps): Hono {
  const active =
    config.agentId && config.secret
      ? { active: activeSender({ channel: 'wecom', corpId: config.corpId, secret: config.secret, agentId: config.agentId }, deps) }
      : {};
  return callbackRoutes(
    {
      channel: 'wecom',
      path: '/wecom',
      token: config.token,
      alwaysEncrypted: true,
      cipher: messageCipher(config.aesKey, config.corpId),
      ...active,
    },
    deps,
  );
}
