// Browser-suite harness: the app in-process on a random loopback port, and Debian's chromium driven by playwright-core.
import { mkdtempSync, rmSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp, type AppDeps } from '../../src/app';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'screenshots');

/** Skip only on a developer machine without chromium; in CI a missing browser must fail. */
export const browserMissing = !existsSync(CHROMIUM) && !process.env['CI'];

export interface Harness {
  base: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts the app on 127.0.0.1:0 and a fresh chromium profile. */
export async function startHarness(deps: AppDeps): Promise<Harness> {
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: createApp(deps).fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve({ server: s, port: info.port }));
  });
  const profile = mkdtempSync(join(tmpdir(), 'chat-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
  });
  context.setDefaultTimeout(10_000);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    base: `http://127.0.0.1:${port}`,
    context,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 800 };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core run inside the page (its source injected, as the strict CSP allows page.evaluate); moderate or worse only. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => ['moderate', 'serious', 'critical'].includes(v.impact))
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' ') + ' ' + ((n as { failureSummary?: string }).failureSummary ?? '').slice(0, 200)),
      }));
  });
}

/** A new tab with no saved conversation or preferences (the suite shares one profile, so localStorage persists). */
export async function freshPage(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.base + '/healthz');
  await page.evaluate(() => localStorage.clear());
  return page;
}

/** A fresh tab at this size, opened on a path. */
export async function openPage(h: Harness, path: string, viewport = DESKTOP): Promise<Page> {
  const page = await freshPage(h);
  await page.setViewportSize(viewport);
  await page.goto(h.base + path);
  return page;
}

/** Sends with Enter and waits for the answer (or the problem) of that turn. */
export async function askAndWait(page: Page, question: string): Promise<void> {
  const before = await page.locator('#log .msg.bot').count();
  await page.locator('#q').fill(question);
  await page.keyboard.press('Enter');
  await page.locator('#log .msg.bot').nth(before).locator('.actions, .problem').first().waitFor();
}
