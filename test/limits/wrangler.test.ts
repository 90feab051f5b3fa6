// Settings that must agree with wrangler.toml: the rate limiter's period (Retry-After on Workers) is configuration read
// from [vars], and this test fails when it and [[ratelimits]] differ, so nobody has to keep them equal by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

const toml = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8');

/** The text of one table: from its header to the next header. */
function table(header: string): string {
  const start = toml.indexOf(`${header}\n`);
  expect(start, `${header} in wrangler.toml`).toBeGreaterThanOrEqual(0);
  const rest = toml.slice(start + header.length);
  const next = rest.search(/^\[/m);
  return next < 0 ? rest : rest.slice(0, next);
}

describe('wrangler.toml', () => {
  it('sets RATE_LIMIT_PERIOD_SECONDS in [vars] to the period of [[ratelimits]], and the config reads it', () => {
    const period = /period\s*=\s*(\d+)/.exec(table('[[ratelimits]]'))?.[1];
    const vars = table('[vars]');
    const configured = /^RATE_LIMIT_PERIOD_SECONDS\s*=\s*"(\d+)"/m.exec(vars)?.[1];
    expect(period).toBeDefined();
    expect(configured).toBe(period);
    expect(loadConfig({ RATE_LIMIT_PERIOD_SECONDS: configured }).RATE_LIMIT_PERIOD_SECONDS).toBe(Number(period));
  });

  it('refuses a period Cloudflare does not offer', () => {
    expect(() => loadConfig({ RATE_LIMIT_PERIOD_SECONDS: '30' })).toThrow(/RATE_LIMIT_PERIOD_SECONDS must be 10 or 60/);
  });

  it('keeps sessions as long as SESSION_TTL_MINUTES in [vars] says, 30 minutes by default', () => {
    expect(/^SESSION_TTL_MINUTES\s*=\s*"30"/m.test(table('[vars]'))).toBe(true);
    expect(loadConfig({}).SESSION_TTL_MINUTES).toBe(30);
    expect(loadConfig({ SESSION_TTL_MINUTES: '5' }).SESSION_TTL_MINUTES).toBe(5);
  });
});
