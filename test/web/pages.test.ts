// The chat page, the calculator and their assets through app.request: served, bilingual, behind a strict CSP.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { testDeps } from '../support/deps';

const app = createApp(testDeps());

describe('pages', () => {
  // The CSP header and the script tag are asserted by the shared contract (test/contract/http.ts) on Node and workerd.
  it('serves the chat at / with starter questions and no inline script', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('石嘴山籍博士签了预引进协议，有多少补贴？');
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(html).not.toMatch(/ style=/);
    expect(html).toContain('href="/calc"');
  });

  it('serves the calculator at /calc with a labelled control for every fact', async () => {
    const res = await app.request('/calc');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('政策计算器');
    const selects = [...html.matchAll(/<select id="([^"]+)"/g)].map((m) => m[1]);
    expect(selects.length).toBeGreaterThan(3);
    for (const id of selects) expect(html).toContain(`<label for="${id}">`);
  });

  it('renders English from ?lang=en and from the lang cookie', async () => {
    const byQuery = await (await app.request('/?lang=en')).text();
    expect(byQuery).toContain('<html lang="en"');
    expect(byQuery).toContain('Shizuishan Talent Policy Assistant');
    const byCookie = await (await app.request('/calc', { headers: { cookie: 'lang=en' } })).text();
    expect(byCookie).toContain('Policy calculator');
  });

  it('serves the script and stylesheet from this origin with the right types', async () => {
    const js = await app.request('/assets/app.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(await js.text()).toContain('textContent');
    const css = await app.request('/assets/app.css');
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('never builds DOM from strings in the page script', async () => {
    const js = await (await app.request('/assets/app.js')).text();
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });
});
