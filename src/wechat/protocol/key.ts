// The EncodingAESKey and base64, without the cipher: start-up validates the key with this alone, so @noble/ciphers
// loads only with the WeChat routes (a chunk of their own).
export type CryptoErrorCode = 'bad_key' | 'bad_base64' | 'bad_length' | 'bad_padding' | 'bad_receive_id';

/** The ciphertext or the key is unusable; `code` says which check failed (never the key or the plaintext). */
export class WechatCryptoError extends Error {
  override name = 'WechatCryptoError';
  constructor(
    readonly code: CryptoErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Standard base64 → bytes (atob exists on Node 20 and in workerd). */
export function fromBase64(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new WechatCryptoError('bad_base64', 'the ciphertext is not base64');
  }
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The 32-byte AES key of a 43-character EncodingAESKey (base64 without its trailing '='). */
export function aesKeyOf(encodingAesKey: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey))
    throw new WechatCryptoError('bad_key', 'EncodingAESKey must be 43 characters a–z, A–Z, 0–9');
  const key = fromBase64(`${encodingAesKey}=`);
  if (key.length !== 32) throw new WechatCryptoError('bad_key', 'EncodingAESKey must decode to 32 bytes');
  return key;
}
