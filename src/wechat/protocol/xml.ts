// Callback XML in and out, with fast-xml-parser (never regular expressions): the envelope, the message inside it, and
// the passive reply, plain or encrypted.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import * as z from '../../contract/zod';

/** The fields this assistant reads; WeChat and WeCom send more, which are ignored. */
export const CallbackMessage = z.looseObject({
  ToUserName: z.string().check(z.minLength(1)),
  FromUserName: z.string().check(z.minLength(1), z.maxLength(128)),
  CreateTime: z.string().check(z.regex(/^\d{1,12}$/)),
  MsgType: z.string().check(z.minLength(1), z.maxLength(32)),
  Content: z.optional(z.string()),
  MsgId: z.optional(z.string().check(z.maxLength(32))),
  Event: z.optional(z.string().check(z.maxLength(64))),
  Recognition: z.optional(z.string()),
  AgentID: z.optional(z.string()),
});
export type CallbackMessage = z.infer<typeof CallbackMessage>;

export class WechatXmlError extends Error {
  override name = 'WechatXmlError';
}

// Every value as a string: MsgId is a 64-bit integer that a JavaScript number would round.
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  processEntities: true,
  htmlEntities: false,
});

/**
 * The fields of `<xml>…</xml>` as strings (nested elements are dropped). Throws WechatXmlError on anything else.
 * @example parseXml('<xml><MsgType><![CDATA[text]]></MsgType></xml>') // → { MsgType: 'text' }
 */
export function parseXml(text: string): Record<string, string> {
  // A DOCTYPE could declare entities; WeChat never sends one.
  if (text.includes('<!DOCTYPE') || text.includes('<!ENTITY')) throw new WechatXmlError('a DOCTYPE is not accepted');
  if (XMLValidator.validate(text) !== true) throw new WechatXmlError('the body is not well-formed XML');
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch (err) {
    throw new WechatXmlError(`the body could not be parsed (${err instanceof Error ? err.message : String(err)})`);
  }
  const root = z.looseObject({ xml: z.unknown() }).safeParse(doc).data?.xml;
  if (typeof root !== 'object' || root === null) throw new WechatXmlError('the body has no <xml> root element');
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(root)) {
    if (typeof value === 'string' || typeof value === 'number') fields[key] = String(value);
  }
  return fields;
}

/** The message inside, checked; throws WechatXmlError naming the first problem. */
export function parseMessage(text: string): CallbackMessage {
  const parsed = CallbackMessage.safeParse(parseXml(text));
  if (!parsed.success) throw new WechatXmlError(`the message lacks ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data;
}

const builder = new XMLBuilder({ cdataPropName: '#cdata', suppressEmptyNode: false });

/** CDATA cannot contain its own terminator. */
function cdata(text: string) {
  return { '#cdata': text.replaceAll(']]>', ']] >') };
}

/** A passive text reply to `to` (the user) from `from` (the account), as WeChat and WeCom expect it. */
export function textReplyXml(to: string, from: string, createTime: number, content: string): string {
  return builder.build({
    xml: { ToUserName: cdata(to), FromUserName: cdata(from), CreateTime: createTime, MsgType: cdata('text'), Content: cdata(content) },
  });
}

/** The safe-mode wrapper around an encrypted reply. */
export function encryptedReplyXml(encrypt: string, signature: string, timestamp: string, nonce: string): string {
  return builder.build({ xml: { Encrypt: cdata(encrypt), MsgSignature: cdata(signature), TimeStamp: timestamp, Nonce: cdata(nonce) } });
}
