// Node: the client address for the rate limits. Without TRUST_PROXY it is the socket's (X-Forwarded-For is ignored,
// since anyone can send it); with TRUST_PROXY it is read from X-Forwarded-For, but only through the proxies trusted
// (proxy-addr, the library Express uses for exactly this: it walks the chain from the socket outwards and stops at
// the first address that is not a trusted proxy).
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import proxyaddr from 'proxy-addr';
import type { TrustProxy } from '../config';

/** The client address from the socket and the X-Forwarded-For header, trusting only `trust`. */
export function clientAddress(socket: string, forwardedFor: string | undefined, trust: TrustProxy | undefined): string {
  if (!trust) return socket;
  const fake = {
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    connection: { remoteAddress: socket },
    socket: { remoteAddress: socket },
  };
  const test = 'hops' in trust ? (_addr: string, i: number) => i < trust.hops : proxyaddr.compile(trust.addresses);
  // proxy-addr reads only these three fields of Node's IncomingMessage, and there is no socket here to build a real one.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- see above
  return proxyaddr(fake as unknown as Parameters<typeof proxyaddr>[0], test);
}

/**
 * The rate limits' client key on Node.
 * @example nodeClientKey(parseTrustProxy(config.TRUST_PROXY ?? ''))
 */
export function nodeClientKey(trust: TrustProxy | undefined): (c: Context) => string {
  return (c) => {
    const socket = getConnInfo(c).remote.address ?? 'unknown';
    return clientAddress(socket, c.req.header('x-forwarded-for'), trust);
  };
}
