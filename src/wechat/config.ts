// The WeChat Official Account part of the configuration: present only when WECHAT_TOKEN is set (no token, no /wechat).
import { ConfigError, type Config } from '../config';
import { aesKeyOf } from './protocol/key';

export interface WechatConfig {
  /** 基本配置 → Token: signs every callback (and keys the hash that stands in for OpenIDs). */
  token: string;
  /** 安全模式 / 兼容模式: the 43-character EncodingAESKey and the account's AppID (the receive id inside every message). */
  aesKey?: string;
  appId?: string;
  /** Enables customer-service messages (a verified account, the server IP on the whitelist). */
  appSecret?: string;
}

/** Checks a 43-character EncodingAESKey at start-up, so a typo stops the deploy rather than every message. */
export function checkAesKey(name: string, value: string): void {
  try {
    aesKeyOf(value);
  } catch {
    throw new ConfigError(`${name}: must be the 43-character EncodingAESKey (a–z, A–Z, 0–9) shown in the admin console.`);
  }
}

/** The WeChat settings, or undefined when WECHAT_TOKEN is not set. */
export function wechatConfig(config: Config): WechatConfig | undefined {
  if (!config.WECHAT_TOKEN) return undefined;
  if (config.WECHAT_AES_KEY) {
    checkAesKey('WECHAT_AES_KEY', config.WECHAT_AES_KEY);
    if (!config.WECHAT_APP_ID)
      throw new ConfigError(
        'WECHAT_APP_ID: required with WECHAT_AES_KEY (safe mode checks it inside every message); see 公众平台 → 开发 → 基本配置.',
      );
  }
  if (config.WECHAT_APP_SECRET && !config.WECHAT_APP_ID)
    throw new ConfigError(
      'WECHAT_APP_ID: required with WECHAT_APP_SECRET (customer-service messages fetch an access token for that AppID).',
    );
  return {
    token: config.WECHAT_TOKEN,
    ...(config.WECHAT_AES_KEY ? { aesKey: config.WECHAT_AES_KEY } : {}),
    ...(config.WECHAT_APP_ID ? { appId: config.WECHAT_APP_ID } : {}),
    ...(config.WECHAT_APP_SECRET ? { appSecret: config.WECHAT_APP_SECRET } : {}),
  };
}
