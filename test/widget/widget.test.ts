// /widget.js and the framing rule of /?embed=1, through app.request (the browser test proves them in chromium).
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { testDeps } from '../support/deps';

const HOST = 'https://www.example.gov.cn';
const app = (embedOrigins: string[]) => createApp(testDeps({ open: { apiKeys: [], mcpAllowedOrigins: [], embedOrigins } }));

describe('embedding', () => {
  it('serves /widget.js as JavaScript that any site may load, with the allowed origins written in', async () => {
    const res = await app([HOST]).request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const js = await res.text();
    expect(js).toContain(`var ALLOWED = ["${HOST}"];`);
    expect(js).toContain('/?embed=1&lang=');
    // No third-party address at all (the SVG namespace is a name, never fetched).
    expect(js).not.toMatch(/https?:\/\/(?!www\.example\.gov\.cn|www\.w3\.org\/2000\/svg')[a-z]/i);
  });

  it('lets EMBED_ORIGINS frame /?embed=1 and nothing else', async () => {
    const embedded = await app([HOST]).request('/?embed=1&lang=zh');
    expect(embedded.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${HOST}`);
    expect(embedded.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(embedded.headers.get('x-frame-options')).toBeNull();
    const head = await app([HOST]).request('/?embed=1', { method: 'HEAD' });
    expect(head.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${HOST}`);
    const plain = await app([HOST]).request('/');
    expect(plain.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(plain.headers.get('x-frame-options')).toBe('DENY');
    const unset = await app([]).request('/?embed=1');
    expect(unset.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('reads EMBED_ORIGINS, MCP_ALLOWED_ORIGINS and API_KEYS as comma-separated lists and refuses a path or a short key', () => {
    const config = loadConfig({
      EMBED_ORIGINS: ' https://A.example.gov.cn, http://localhost:3000 ',
      API_KEYS: 'k-0123456789abcdef,k-fedcba9876543210',
    });
    expect(config.EMBED_ORIGINS).toEqual(['https://a.example.gov.cn', 'http://localhost:3000']);
    expect(config.API_KEYS).toHaveLength(2);
    expect(config.MCP_ALLOWED_ORIGINS).toEqual([]);
    expect(() => loadConfig({ EMBED_ORIGINS: 'https://example.gov.cn/chat' })).toThrow(/EMBED_ORIGINS.*origin such as/);
    expect(() => loadConfig({ API_KEYS: 'short' })).toThrow(/API_KEYS.*16 characters/);
  });
});
