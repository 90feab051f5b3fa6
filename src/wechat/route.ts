// GET|POST /wechat: the Official Account's callback (明文, 兼容 or 安全模式) over the shared callback route.
import type { Hono } from 'hono';
import { activeSender } from './active';
import { callbackRoutes, type CallbackDeps } from './callback';
import type { WechatConfig } from './config';
import { messageCipher } from './protocol/crypto';

/** @example app.route('/', wechatRoutes({ token: 'Token of 基本配置' }, deps)) */
export function wechatRoutes(config: WechatConfig, deps: CallbackDeps): Hono {
  const cipher = config.aesKey && config.appId ? messageCipher(config.aesKey, config.appId) : undefined;
  const active =
    config.appId && config.appSecret
      ? { active: activeSender({ channel: 'wechat', appId: config.appId, appSecret: config.appSecret }, deps) }
      : {};
  return callbackRoutes(
    { channel: 'wechat', path: '/wechat', token: config.token, alwaysEncrypted: false, ...(cipher ? { cipher } : {}), ...active },
    deps,
  );
}
