// Who a request comes from, for the rate limits: TRUST_PROXY's grammar (checked at start-up) and the Workers key.
// The Node reading of X-Forwarded-For lives in client-ip-node.ts (it uses proxy-addr, a Node library).

/** A hop count, or a comma-separated list of IPv4/IPv6 addresses or CIDRs (and proxy-addr's names loopback, linklocal, uniquelocal). */
const ENTRY = /^(?:loopback|linklocal|uniquelocal|[0-9a-f:.]+(?:\/\d{1,3})?)$/i;

/** The parsed TRUST_PROXY: how many proxies, or which ones. */
export type TrustProxy = { hops: number } | { addresses: string[] };

/**
 * @example parseTrustProxy('1') // → { hops: 1 }; parseTrustProxy('10.0.0.0/8, 127.0.0.1') // → { addresses: ['10.0.0.0/8', '127.0.0.1'] }
 */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim();
  if (/^\d{1,2}$/.test(text)) return { hops: Number(text) };
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length > 0 && list.every((e) => ENTRY.test(e) && /[0-9a-z]/i.test(e)) ? { addresses: list } : undefined;
}

export function isTrustProxy(value: string): boolean {
  return parseTrustProxy(value) !== undefined;
}
