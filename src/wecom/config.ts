// The WeCom (企业微信) app callback's configuration: enabled only when token, AES key and corp id are all set.
import { ConfigError, type Config } from '../config';
import { checkAesKey } from '../wechat/config';

export interface WecomConfig {
  /** 应用 → 接收消息 → Token. */
  token: string;
  /** 应用 → 接收消息 → EncodingAESKey (WeCom always encrypts). */
  aesKey: string;
  /** 我的企业 → 企业ID: the receive id inside every message. */
  corpId: string;
  /** For active replies (message/send): the app's AgentId and Secret. */
  agentId?: string;
  secret?: string;
}

/** The WeCom settings, or undefined when none of the three is set; a partial set stops start-up. */
export function wecomConfig(config: Config): WecomConfig | undefined {
  const { WECOM_TOKEN: token, WECOM_AES_KEY: aesKey, WECOM_CORP_ID: corpId } = config;
  if (!token && !aesKey && !corpId) return undefined;
  if (!token || !aesKey || !corpId) {
    const missing = [!token && 'WECOM_TOKEN', !aesKey && 'WECOM_AES_KEY', !corpId && 'WECOM_CORP_ID'].filter(Boolean).join(', ');
    throw new ConfigError(
      `${missing}: WeCom needs WECOM_TOKEN, WECOM_AES_KEY and WECOM_CORP_ID together (企业微信管理后台 → 应用 → 接收消息).`,
    );
  }
  checkAesKey('WECOM_AES_KEY', aesKey);
  if (config.WECOM_AGENT_ID && !/^\d{1,12}$/.test(config.WECOM_AGENT_ID))
    throw new ConfigError("WECOM_AGENT_ID: the app's numeric AgentId (应用 → AgentId).");
  return {
    token,
    aesKey,
    corpId,
    ...(config.WECOM_AGENT_ID ? { agentId: config.WECOM_AGENT_ID } : {}),
    ...(config.WECOM_SECRET ? { secret: config.WECOM_SECRET } : {}),
  };
}
