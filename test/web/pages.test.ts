// The chat page, the calculator and their assets through app.request: served, bilingual, behind a strict CSP.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { readFileSync } from 'node:fs';
import { testDeps } from '../support/deps';
import { bundleClient, GENERATED, generatedModule } from '../../src/web/assets/build';

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

  it('serves the esbuild bundle of src/web/assets/client/*.ts, in sync with the sources (run `npm run client` after editing them)', async () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generatedModule(await bundleClient()));
  }, 30_000);

  it('opens a shared clause link /clause/12 as the chat page, and 404s a malformed one', async () => {
    const res = await app.request('/clause/12');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('id="clause-dialog"');
    expect((await app.request('/clause/<x>')).status).toBe(404);
  });

  it('puts the configured contact (CONTACT_TEXT / CONTACT_PHONE) on the chat page, escaped', async () => {
    const withContact = createApp(testDeps({ contact: { text: '市人才服务中心 <b>', phone: '0952-1234567' } }));
    const html = await (await withContact.request('/')).text();
    expect(html).toContain('data-contact-text="市人才服务中心 &lt;b&gt;"');
    expect(html).toContain('data-contact-phone="0952-1234567"');
  });

  it('has one h1 and dark / large-text switches on every page', async () => {
    for (const path of ['/', '/calc']) {
      const html = await (await app.request(path)).text();
      expect(html.match(/<h1[ >]/g)).toHaveLength(1);
      expect(html).toContain('id="pref-dark"');
      expect(html).toContain('id="pref-large"');
    }
  });
});
