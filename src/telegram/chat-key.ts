// Chat ids never leave Telegram as they are: sessions and logs see a keyed hash, so a stored key names no person.

/**
 * A stable, non-reversible key for a chat: HMAC-SHA-256 of the chat id under a server secret (chat ids are small
 * integers, so a plain hash could be reversed by trying them all). Works on Node 20 and Workers (Web Crypto).
 * @example await chatKey('bot-token', 12345) // → 'tg:3f2a…' (32 hex digits)
 */
export async function chatKey(secret: string, chatId: number | string): Promise<string> {
  const key = await importKey(secret);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(String(chatId)));
  const hex = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `tg:${hex.slice(0, 32)}`;
}

const keys = new Map<string, Promise<CryptoKey>>();

function importKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(secret, key);
  }
  return key;
}
