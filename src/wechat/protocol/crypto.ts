// WeChat's message encryption (安全模式), shared by the Official Account and WeCom: AES-256-CBC keyed by the 43-character
// EncodingAESKey, IV = the key's first 16 bytes, plaintext = 16 random bytes + 4-byte big-endian length + message +
// receive id (AppID or CorpID), padded with PKCS#7 to a multiple of 32 bytes. Web Crypto's AES-CBC insists on 16-byte
// PKCS#7 and rejects a pad of 17–32, so the cipher runs without padding (@noble/ciphers) and the pad is handled here.
import { cbc } from '@noble/ciphers/aes.js';

/** WeChat pads to 32 bytes, not AES's block of 16. */
const PAD_BLOCK = 32;
const RANDOM_BYTES = 16;

export { WechatCryptoError } from './key';
import { WechatCryptoError, aesKeyOf, fromBase64, toBase64 } from './key';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface MessageCipher {
  /** The message inside `Encrypt` (or a WeCom echostr); throws WechatCryptoError when it is not ours. */
  decrypt(encrypted: string): string;
  /** `Encrypt` for a reply; `random` only for reproducing published test vectors. */
  encrypt(message: string, random?: Uint8Array): string;
}

/**
 * The cipher for one account: `receiveId` is the Official Account's AppID or WeCom's CorpID, checked on every decrypt.
 * @example messageCipher('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'wxba5fad812f8e6fb9').decrypt(encrypt)
 */
export function messageCipher(encodingAesKey: string, receiveId: string): MessageCipher {
  const key = aesKeyOf(encodingAesKey);
  const iv = key.slice(0, 16);
  const aes = () => cbc(key, iv, { disablePadding: true });
  return {
    decrypt(encrypted) {
      const data = fromBase64(encrypted);
      if (data.length === 0 || data.length % 16 !== 0)
        throw new WechatCryptoError('bad_length', 'the ciphertext is not a whole number of AES blocks');
      const plain = aes().decrypt(data);
      const pad = plain[plain.length - 1] ?? 0;
      if (pad < 1 || pad > PAD_BLOCK || pad > plain.length)
        throw new WechatCryptoError('bad_padding', 'the padding is not PKCS#7 to 32 bytes (wrong EncodingAESKey?)');
      const content = plain.subarray(RANDOM_BYTES, plain.length - pad);
      if (content.length < 4) throw new WechatCryptoError('bad_length', 'the plaintext is too short');
      const length = new DataView(content.buffer, content.byteOffset, 4).getUint32(0, false);
      if (4 + length > content.length)
        throw new WechatCryptoError('bad_length', 'the stated message length exceeds the plaintext (wrong EncodingAESKey?)');
      let message: string;
      let id: string;
      try {
        message = decoder.decode(content.subarray(4, 4 + length));
        id = decoder.decode(content.subarray(4 + length));
      } catch {
        throw new WechatCryptoError('bad_padding', 'the plaintext is not UTF-8 (wrong EncodingAESKey?)');
      }
      if (id !== receiveId) throw new WechatCryptoError('bad_receive_id', 'the message is for another AppID/CorpID');
      return message;
    },
    encrypt(message, random = crypto.getRandomValues(new Uint8Array(RANDOM_BYTES))) {
      const body = encoder.encode(message);
      const id = encoder.encode(receiveId);
      const length = RANDOM_BYTES + 4 + body.length + id.length;
      const pad = PAD_BLOCK - (length % PAD_BLOCK);
      const plain = new Uint8Array(length + pad).fill(pad);
      plain.set(random.subarray(0, RANDOM_BYTES), 0);
      new DataView(plain.buffer).setUint32(RANDOM_BYTES, body.length, false);
      plain.set(body, RANDOM_BYTES + 4);
      plain.set(id, RANDOM_BYTES + 4 + body.length);
      return toBase64(aes().encrypt(plain));
    },
  };
}
