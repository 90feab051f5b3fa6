// Signatures of WeChat and WeCom callbacks: SHA-1 over the sorted, concatenated strings (token, timestamp, nonce and,
// in safe mode, the ciphertext). Web Crypto, so the same code runs on Node 20 and in workerd.

/**
 * The hex SHA-1 of the parts sorted and joined, as WeChat computes `signature` and `msg_signature`.
 * @example await sha1Signature(['AAAAA', '1714036504', '1514711492']) // → 'f464b24fc39322e44b38aa78f5edd27bd1441696'
 */
export async function sha1Signature(parts: string[]): Promise<string> {
  const joined = [...parts].sort().join('');
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(joined));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Constant-time comparison of two hex signatures (case-insensitive), so timing does not reveal a near miss. */
function sameSignature(given: string | undefined, expected: string): boolean {
  const a = (given ?? '').toLowerCase();
  let diff = a.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (a.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return diff === 0;
}

/** Whether `signature` signs these parts with the token. */
export async function verifySignature(signature: string | undefined, parts: string[]): Promise<boolean> {
  if (!signature) return false;
  return sameSignature(signature, await sha1Signature(parts));
}
