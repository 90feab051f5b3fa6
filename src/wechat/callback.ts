// The callback route both channels share: check the signature (and the timestamp's age), decrypt in safe mode, parse
// the XML, answer each message once, and reply passively within WeChat's 5 seconds, encrypted when the request was.
// Anything malformed, unsigned, stale or oversized is refused with a 4xx and logged; an authentic message this server
// cannot read (wrong EncodingAESKey or AppID) gets "success", since WeChat's retries would only repeat the failure.
import { Hono, type Context } from 'hono';
import { answer, type AnswerDeps } from '../answer/pipeline';
import type { Answer, ChatRequest } from '../contract/answer';
import { describeError } from '../contract/logger';
import type { ModelPort } from '../llm/model';
import type { KvNamespace } from '../store/bindings';
import { chatKey } from '../telegram/chat-key';
import { perMinute, toldOnce } from '../limits/limiter';
import type { ActiveSender } from './active';
import { converse } from './conversation';
import { WECHAT_MESSAGES } from './messages';
import { WechatCryptoError, type MessageCipher } from './protocol/crypto';
import { sha1Signature, verifySignature } from './protocol/signature';
import { encryptedReplyXml, parseMessage, parseXml, textReplyXml, WechatXmlError, type CallbackMessage } from './protocol/xml';
import { channelState, memoryKv, type Seen } from './state';

/** WeChat gives a passive reply 5 seconds; the answer gets 4 of them, the rest is network and encryption. */
const ANSWER_BUDGET_MS = 4000;
/** Callback bodies are a few hundred bytes (a 2,000-character question encrypted is under 10 KiB). */
const MAX_BODY_BYTES = 64 * 1024;
/** A signed request older or newer than this is refused as a replay. */
const MAX_SKEW_SECONDS = 300;
/** Recent message keys answered by this process (each also recorded in the shared store). */
const RECENT_MAX = 2000;
const POLL_MS = 250;
/** Customer-service messages wait this long so the passive reply arrives first. */
const PUSH_DELAY_MS = 800;

export interface CallbackSpec {
  channel: 'wechat' | 'wecom';
  path: '/wechat' | '/wecom';
  /** Signs every callback; also the key of the hash that stands in for OpenIDs / UserIDs. */
  token: string;
  /** Safe mode: present when the EncodingAESKey is configured (always for WeCom). */
  cipher?: MessageCipher;
  /** WeCom encrypts everything, including the echostr of the URL check; the Official Account says so per request. */
  alwaysEncrypted: boolean;
  /** Customer-service / app messages, when configured: the rest of a long answer follows the passive reply. */
  active?: ActiveSender;
}

export interface CallbackDeps extends AnswerDeps {
  /** The shared key-value store (SESSIONS on Workers, SQLite's kv table on Node); memory without it. */
  kv?: KvNamespace;
  /** Milliseconds on a monotonic clock, for the 4-second budget (tests may pass their own). */
  now?: () => number;
  /** Replaces answer() (tests). */
  ask?: (request: ChatRequest) => Promise<Answer>;
  /** Messages per user per minute (CHAT_MESSAGES_PER_MINUTE, as for Telegram chats). */
  messagesPerMinute: number;
}

type Refusal = { status: 400 | 401 | 413; code: string; message: string };

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

const refuse = (status: Refusal['status'], code: string, message: string) => new Refused({ status, code, message });

/** The model may use only what is left of the budget; after it the verified extractive answer is served. */
function withinBudget(model: ModelPort | undefined, remainingMs: number): ModelPort | undefined {
  if (!model) return undefined;
  const ready = model.ready?.bind(model);
  return {
    provider: model.provider,
    model: model.model,
    timeoutMs: Math.max(0, Math.min(model.timeoutMs, Math.floor(remainingMs))),
    now: () => model.now(),
    complete: (messages, options) => model.complete(messages, options),
    ...(ready ? { ready } : {}),
  };
}

/**
 * GET and POST at `spec.path` as a Hono sub-app.
 * @example app.route('/', callbackRoutes({ channel: 'wechat', path: '/wechat', token, alwaysEncrypted: false }, deps))
 */
export function callbackRoutes(spec: CallbackSpec, deps: CallbackDeps): Hono {
  const route = new Hono();
  const { logger } = deps;
  const prefix = spec.channel === 'wechat' ? 'wx' : 'wc';
  const state = channelState(deps.kv ?? memoryKv(), prefix, logger);
  const now = deps.now ?? (() => performance.now());
  const recent = new Map<string, Promise<string>>();
  // Each question may cost a model call; one user's flood should not.
  const limiter = toldOnce(perMinute(deps.messagesPerMinute, () => deps.clock().getTime()));

  const respond = (c: Context, err: unknown) => {
    if (err instanceof Refused) {
      logger.warn(`${spec.channel}_refused`, { status: err.refusal.status, code: err.refusal.code, path: spec.path });
      return c.json({ error: { code: err.refusal.code, message: err.refusal.message } }, err.refusal.status);
    }
    throw err;
  };

  /** timestamp, nonce and the signature over `extra` (the ciphertext or echostr in safe mode), and the timestamp's age. */
  async function checkSigned(
    c: Context,
    signatureParam: 'signature' | 'msg_signature',
    extra: string[],
  ): Promise<{ timestamp: string; nonce: string }> {
    const timestamp = c.req.query('timestamp');
    const nonce = c.req.query('nonce');
    if (!timestamp || !nonce || !/^\d{1,12}$/.test(timestamp))
      throw refuse(400, 'missing_params', 'timestamp and nonce are required query parameters.');
    const ok = await verifySignature(c.req.query(signatureParam), [spec.token, timestamp, nonce, ...extra]);
    if (!ok)
      throw refuse(
        401,
        'bad_signature',
        `Missing or wrong ${signatureParam}. Check that the Token here equals the one in the admin console.`,
      );
    const skew = Math.abs(deps.clock().getTime() / 1000 - Number(timestamp));
    if (skew > MAX_SKEW_SECONDS)
      throw refuse(
        401,
        'stale_timestamp',
        `The timestamp is more than ${MAX_SKEW_SECONDS} seconds away from the server's clock (a replay, or a wrong clock).`,
      );
    return { timestamp, nonce };
  }

  // URL verification: the Official Account echoes echostr; WeCom decrypts it (and checks it was meant for this corp).
  route.get(spec.path, async (c) => {
    try {
      const echostr = (c.req.query('echostr') ?? '').replaceAll(' ', '+');
      if (!echostr) throw refuse(400, 'missing_params', 'echostr is required for URL verification.');
      if (!spec.alwaysEncrypted) {
        await checkSigned(c, 'signature', []);
        return c.text(echostr);
      }
      await checkSigned(c, 'msg_signature', [echostr]);
      try {
        return c.text(spec.cipher!.decrypt(echostr));
      } catch (err) {
        if (!(err instanceof WechatCryptoError)) throw err;
        throw refuse(400, 'decrypt_failed', `echostr could not be decrypted (${err.code}): check the EncodingAESKey and the corp id.`);
      }
    } catch (err) {
      return respond(c, err);
    }
  });

  route.post(spec.path, async (c) => {
    const started = now();
    let message: CallbackMessage;
    let signed: { timestamp: string; nonce: string };
    let encrypted: boolean;
    try {
      const declared = Number(c.req.header('content-length') ?? '0');
      if (declared > MAX_BODY_BYTES) throw refuse(413, 'too_large', `A callback body is at most ${MAX_BODY_BYTES} bytes.`);
      const raw = await c.req.text();
      if (new TextEncoder().encode(raw).length > MAX_BODY_BYTES)
        throw refuse(413, 'too_large', `A callback body is at most ${MAX_BODY_BYTES} bytes.`);
      encrypted = spec.alwaysEncrypted || c.req.query('encrypt_type') === 'aes';
      if (!encrypted) {
        // With a key configured, WeChat sends 安全模式 and 兼容模式 messages with encrypt_type=aes; accepting a plain
        // one would let a replayed query signature (it does not cover the body) carry any message.
        if (spec.cipher)
          throw refuse(
            400,
            'encryption_required',
            'WECHAT_AES_KEY is set, so only encrypted (安全模式 / 兼容模式) messages are accepted; unset it for 明文模式.',
          );
        signed = await checkSigned(c, 'signature', []);
        message = parseMessage(raw);
      } else {
        const envelope = parseXml(raw);
        const encrypt = envelope['Encrypt'];
        if (!encrypt) throw refuse(400, 'missing_encrypt', 'An encrypted callback needs an <Encrypt> element.');
        signed = await checkSigned(c, 'msg_signature', [encrypt]);
        if (!spec.cipher) {
          // WeChat's own request (signed with our token) while the console says 安全模式 and this server has no key.
          logger.error(`${spec.channel}_undecryptable`, {
            code: 'safe_mode_off',
            message: 'set WECHAT_AES_KEY and WECHAT_APP_ID to the values of 基本配置',
          });
          return c.text('success');
        }
        try {
          message = parseMessage(spec.cipher.decrypt(encrypt));
        } catch (err) {
          if (!(err instanceof WechatCryptoError || err instanceof WechatXmlError)) throw err;
          // Signed with our token, so it is WeChat's: retrying cannot help, and 5xx would show users 无法提供服务.
          logger.error(`${spec.channel}_undecryptable`, {
            code: err instanceof WechatCryptoError ? err.code : 'bad_xml',
            message: err.message,
          });
          return c.text('success');
        }
      }
    } catch (err) {
      if (err instanceof WechatXmlError) return respond(c, refuse(400, 'bad_xml', `The body is not a callback message: ${err.message}.`));
      return respond(c, err);
    }

    const user = await chatKey(spec.token, message.FromUserName, prefix);
    const messageKey = `${user.slice(prefix.length + 1)}:${message.MsgId ?? `${message.CreateTime}:${message.Event ?? message.MsgType}`}`;
    let reply = recent.get(messageKey);
    if (reply) logger.info(`${spec.channel}_duplicate`, { user, source: 'memory' });
    else {
      // Workers end the isolate's work with the response unless it is handed to waitUntil; Node just lets it run.
      const defer = (work: Promise<void>) => {
        try {
          c.executionCtx.waitUntil(work);
        } catch {
          void work;
        }
      };
      reply = answerOnce(messageKey, user, message, started, defer);
      recent.set(messageKey, reply);
      const oldest = recent.keys().next();
      if (recent.size > RECENT_MAX && !oldest.done) recent.delete(oldest.value);
    }
    const text = await reply;
    if (!text) return c.text('success');
    const xml = textReplyXml(message.FromUserName, message.ToUserName, Math.floor(deps.clock().getTime() / 1000), text);
    if (!encrypted || !spec.cipher) return c.body(xml, 200, { 'content-type': 'application/xml; charset=utf-8' });
    const encrypt = spec.cipher.encrypt(xml);
    const signature = await sha1Signature([spec.token, signed.timestamp, signed.nonce, encrypt]);
    return c.body(encryptedReplyXml(encrypt, signature, signed.timestamp, signed.nonce), 200, {
      'content-type': 'application/xml; charset=utf-8',
    });
  });

  /** The reply text for a message seen for the first time here; a message another process is answering is awaited briefly. */
  async function answerOnce(
    messageKey: string,
    user: string,
    message: CallbackMessage,
    started: number,
    defer: (work: Promise<void>) => void,
  ): Promise<string> {
    const seen = await state.seen(messageKey);
    if (seen) {
      logger.info(`${spec.channel}_duplicate`, { user, source: 'store', status: seen.status });
      return seen.status === 'done' ? seen.reply : waitForOther(messageKey, started);
    }
    await state.markSeen(messageKey, { status: 'pending' });
    let reply: string;
    try {
      const ask = (request: ChatRequest) => {
        const model = withinBudget(deps.model, ANSWER_BUDGET_MS - (now() - started));
        return deps.ask ? deps.ask(request) : answer({ ...deps, model }, request);
      };
      const current = await state.user(user);
      if (message.MsgType !== 'event') {
        const decision = await limiter.take(user);
        if (decision !== 'ok') {
          logger.warn(`${spec.channel}_rate_limited`, { user });
          const reply = decision === 'notify' ? WECHAT_MESSAGES[current.lang ?? 'zh'].rateLimited : '';
          await state.markSeen(messageKey, { status: 'done', reply });
          return reply;
        }
      }
      const turn = await converse(
        { corpus: deps.corpus, ask, channel: spec.channel, pushRest: spec.active !== undefined },
        user,
        current,
        message,
      );
      if (turn.state) await state.saveUser(user, turn.state);
      if (turn.push?.length && spec.active) defer(push(spec.active, message.FromUserName, user, turn.push));
      reply = turn.reply;
      logger.info(`${spec.channel}_reply`, {
        user,
        type: message.MsgType,
        bytes: new TextEncoder().encode(reply).length,
        ms: Math.round(now() - started),
      });
    } catch (err) {
      logger.error(`${spec.channel}_answer_failed`, {
        user,
        ...describeError(err),
      });
      reply = WECHAT_MESSAGES.zh.apology;
    }
    await state.markSeen(messageKey, { status: 'done', reply } satisfies Seen);
    return reply;
  }

  /** Sends the rest of an answer after the passive reply; a refusal is logged (the rest stays available as 「全文」). */
  async function push(active: ActiveSender, toUser: string, user: string, pieces: string[]): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, PUSH_DELAY_MS));
    try {
      for (const piece of pieces) await active.send(toUser, piece);
      logger.info(`${spec.channel}_pushed`, { user, messages: pieces.length });
    } catch (err) {
      logger.warn(`${spec.channel}_push_failed`, {
        user,
        ...describeError(err),
      });
    }
  }

  /** Another isolate is answering this message: take its reply if it lands within the budget, else say so. */
  async function waitForOther(messageKey: string, started: number): Promise<string> {
    while (now() - started < ANSWER_BUDGET_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const seen = await state.seen(messageKey);
      if (seen?.status === 'done') return seen.reply;
    }
    return WECHAT_MESSAGES.zh.busy;
  }

  return route;
}
