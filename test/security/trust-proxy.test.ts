// Finding 10: behind a reverse proxy each citizen gets their own rate-limit bucket. TRUST_PROXY (a hop count or a
// list of proxy addresses/CIDRs) makes the limiter read X-Forwarded-For, but only through the proxies trusted; on
// Workers the key is CF-Connecting-IP.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { parseTrustProxy } from '../../src/config';
import { clientAddress } from '../../src/web/client-ip-node';
import { cloudflareClientKey } from '../../src/web/rate-limit';

describe('TRUST_PROXY', () => {
  it('ignores X-Forwarded-For when unset (anyone can send it)', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', undefined)).toBe('203.0.113.9');
  });

  it('with a hop count, takes the address the trusted proxy saw', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.7', parseTrustProxy('1'))).toBe('198.51.100.7');
    // A client that forges X-Forwarded-For still gets its real address: the proxy appends what it saw.
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.7', parseTrustProxy('1'))).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '198.51.100.7, 10.0.0.9', parseTrustProxy('2'))).toBe('198.51.100.7');
  });

  it('with a CIDR list, trusts only those proxies', () => {
    const trust = parseTrustProxy('10.0.0.0/8, 127.0.0.1');
    expect(clientAddress('10.0.0.2', '198.51.100.7', trust)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.7, 10.1.1.1', trust)).toBe('198.51.100.7');
    // A request that did not come through a trusted proxy is keyed on its socket, whatever it claims.
    expect(clientAddress('203.0.113.9', '1.2.3.4', trust)).toBe('203.0.113.9');
  });

  it('is validated at start-up', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,::1' }).TRUST_PROXY).toBe('10.0.0.0/8,::1');
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY must be a hop count/);
  });

  it('on Workers keys on CF-Connecting-IP, never X-Forwarded-For', async () => {
    const app = new Hono().get('/', (c) => c.text(cloudflareClientKey(c)));
    const res = await app.request('/', { headers: { 'cf-connecting-ip': '198.51.100.7', 'x-forwarded-for': '6.6.6.6' } });
    expect(await res.text()).toBe('198.51.100.7');
  });
});
