// The page budget from issue 12: the chat page's HTML + script + stylesheet under 40 KiB gzipped.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { testDeps } from '../support/deps';

const app = createApp(testDeps());
const gz = async (path: string) => gzipSync(Buffer.from(await (await app.request(path)).arrayBuffer()), { level: 9 }).length;

describe('page weight', () => {
  it('keeps the chat page with its script and styles under 40 KiB gzipped', async () => {
    const sizes = { html: await gz('/'), js: await gz('/assets/app.js'), css: await gz('/assets/app.css') };
    const total = sizes.html + sizes.js + sizes.css;
    console.info(`page weight (gzip): html ${sizes.html} B, js ${sizes.js} B, css ${sizes.css} B, total ${total} B`);
    expect(total).toBeLessThan(40 * 1024);
  });
});
