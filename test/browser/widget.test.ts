// The embeddable widget in real chromium: a page on another origin (in EMBED_ORIGINS) adds the button with one script
// tag, opens it by keyboard, asks a money question in the framed chat and sees the amount; a page on an origin that is
// not allowed gets no button and cannot frame the chat (CSP frame-ancestors).
import { join } from 'node:path';
import { Hono } from 'hono';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Running } from '../support/server';
import { testDeps } from '../support/deps';
import { browserMissing, SCREENSHOTS, startHarness, type Harness } from './harness';

let h: Harness;
let allowedHost: Running;
let otherHost: Running;
let appBase = '';

/** A third-party page: one script tag (and, on the refused host, a hand-made iframe of the chat). */
function hostSite(extra: (base: string) => string): Hono {
  const site = new Hono();
  site.get('/', (c) =>
    c.html(`<!doctype html><html lang="en"><head><title>A county news site</title></head><body><h1>News</h1><p>Some article.</p>
<script src="${appBase}/widget.js" data-lang="zh" async></script>${extra(appBase)}</body></html>`),
  );
  return site;
}

describe.skipIf(browserMissing)('the embeddable widget in chromium', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    allowedHost = await listen(hostSite(() => ''));
    otherHost = await listen(hostSite((base) => `<iframe id="direct" title="direct" src="${base}/?embed=1"></iframe>`));
    h = await startHarness(testDeps({ open: { apiKeys: [], mcpAllowedOrigins: [], embedOrigins: [allowedHost.base] } }));
    appBase = h.base;
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await allowedHost?.close();
    await otherHost?.close();
  });

  it('opens from another origin by keyboard, answers a money question with the amount, and closes back to the button', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(allowedHost.base);
    const launcher = page.getByRole('button', { name: '打开石嘴山人才政策问答' });
    await launcher.waitFor();
    await page.keyboard.press('Tab');
    await expect(launcher.evaluate((n) => n.matches(':focus'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');
    const dialog = page.getByRole('dialog', { name: '石嘴山人才政策问答' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    const chat = page.frameLocator('iframe[title="石嘴山人才政策问答"]');
    await chat.getByRole('textbox').first().fill('我是石嘴山人，在读全日制博士，已经签了预引进协议，能拿多少补贴？');
    await chat.getByRole('textbox').first().press('Enter');
    await chat.getByText('2万元').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'widget-desktop-money.png') });
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(launcher.evaluate((n) => n.matches(':focus'))).resolves.toBe(true);
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('fills a phone screen when opened at 390×844', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(allowedHost.base);
    await page.getByRole('button', { name: '打开石嘴山人才政策问答' }).click();
    const box = await page.getByRole('dialog').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    await page.frameLocator('iframe[title="石嘴山人才政策问答"]').getByRole('textbox').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'widget-phone-open.png') });
    await page.keyboard.press('Escape');
  });

  it('refuses an origin that is not in EMBED_ORIGINS: no button, and the chat will not load in its frame', async () => {
    const page: Page = await h.context.newPage();
    const messages: string[] = [];
    page.on('console', (m: ConsoleMessage) => messages.push(m.text()));
    const refused = new Promise<void>((resolve) =>
      page.on('console', (m) => /frame-ancestors|Refused to frame/i.test(m.text()) && resolve()),
    );
    await page.goto(otherHost.base);
    await refused;
    await expect.poll(() => messages.some((m) => m.includes('is not in EMBED_ORIGINS'))).toBe(true);
    await expect(page.getByRole('button', { name: '打开石嘴山人才政策问答' }).count()).resolves.toBe(0);
    await expect(page.frameLocator('#direct').getByRole('textbox').count()).resolves.toBe(0);
    await page.close();
  });
});
