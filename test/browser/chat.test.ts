// The web chat in real chromium: money answer with card and chip, the clause dialog, clarify taps, XSS as text,
// the calculator, the language switch, feedback, and both viewports (390×844, 1366×800), with screenshots.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryFeedbackStore } from '../../src/store/feedback';
import { testDeps } from '../support/deps';
import { askAndWait, browserMissing, DESKTOP, openPage, PHONE, SCREENSHOTS, startHarness, type Harness } from './harness';

if (browserMissing)
  console.warn('SKIPPED test/browser: /usr/bin/chromium is missing (apt-get install -y chromium); CI installs it and runs this suite.');

const feedback = memoryFeedbackStore();
let h: Harness;

const open = (path: string, viewport = DESKTOP): Promise<Page> => openPage(h, path, viewport);
const ask = askAndWait;

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });

describe.skipIf(browserMissing)('web chat in chromium', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    h = await startHarness({ ...testDeps(), feedback });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('answers a money question with the amount card and the clause chip, at 1366×800', async () => {
    const page = await open('/');
    // The operator's offline notice is not shown to citizens.
    await expect(page.locator('#offline').count()).resolves.toBe(0);
    await shot(page, 'desktop-empty');
    await ask(page, '石嘴山籍在读博士，已签预引进协议，能拿多少补贴？');
    const answer = page.locator('#log .msg.bot').last();
    await expect(answer.locator('.chip', { hasText: '第12条' }).first().isVisible()).resolves.toBe(true);
    await shot(page, 'desktop-money');
    await expect(answer.locator('.money .amount').first().textContent()).resolves.toContain('2万元');
    await expect(answer.locator('.money .yuan').first().textContent()).resolves.toContain('20,000元');
  });

  it('opens a chip as a dialog with the quoted sentence highlighted, and closes it with Esc and a tap outside', async () => {
    const page = await open('/');
    await ask(page, '预引进生活补贴是怎么规定的？');
    const chip = page.locator('#log .msg.bot').last().locator('.chip', { hasText: '第12条' }).first();
    await chip.click();
    const dialog = page.locator('#clause-dialog');
    await dialog.locator('mark').first().waitFor();
    await expect(page.locator('#clause-title').textContent()).resolves.toContain('第12条');
    await expect(page.locator('#clause-lead').textContent()).resolves.toContain('市人社局');
    await expect(dialog.locator('mark').allTextContents()).resolves.toContainEqual(expect.stringContaining('预引进'));
    await shot(page, 'desktop-clause-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(chip.evaluate((n) => n === document.activeElement)).resolves.toBe(true);
    await chip.click();
    await dialog.locator('mark').first().waitFor();
    await page.mouse.click(5, 5);
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('continues the same session when a clarifying option is tapped', async () => {
    const page = await open('/');
    const sessions: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/chat')) sessions.push((JSON.parse(r.postData() ?? '{}') as { sessionId: string }).sessionId);
    });
    await ask(page, '预引进生活补贴有多少钱？');
    const option = page.locator('#log .msg.bot').last().locator('.options button').first();
    await option.waitFor({ timeout: 5000 });
    const label = (await option.textContent()) ?? '';
    // The options appear once, as buttons, not again as "· …" lines in the answer text.
    const paragraphs = await page.locator('#log .msg.bot').last().locator('p').allTextContents();
    expect(paragraphs.filter((p) => p.startsWith('· '))).toEqual([]);
    // Conditions and obligations are on the money card, not repeated above it.
    expect(paragraphs.filter((p) => /^(条件|义务)：/.test(p))).toEqual([]);
    await expect(page.locator('#log .msg.bot').last().locator('article.money').first().textContent()).resolves.toContain(
      '毕业后服务期不少于5年',
    );
    await option.click();
    await page.locator('#log .msg.bot').nth(1).locator('.actions').waitFor();
    // The option posts its short words (博士), not the whole label with amounts.
    const posted = ((await page.locator('#log .msg.user p').last().textContent()) ?? '').trim();
    expect(label.startsWith(posted)).toBe(true);
    expect(posted).not.toContain('万元');
    expect(sessions).toHaveLength(2);
    // The first question starts a conversation; the tap continues it with the id the server issued.
    expect(sessions[0]).toBeUndefined();
    expect(sessions[1]).toMatch(/^w-[A-Za-z0-9_-]{32}$/);
    await shot(page, 'desktop-clarify');
  });

  it('shows <img src=x onerror=alert(1)> as literal text and runs nothing', async () => {
    const page = await open('/');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const attack = '<img src=x onerror=alert(1)>';
    await ask(page, attack);
    await expect(page.locator('#log .msg.user p').last().textContent()).resolves.toBe(attack);
    await expect(page.locator('#log img').count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await shot(page, 'desktop-xss');
  });

  it('records 👍 through POST /api/feedback and copies nothing it should not', async () => {
    const page = await open('/');
    await ask(page, '博士后科研工作站有什么资助？');
    const answer = page.locator('#log .msg.bot').last();
    await answer.getByRole('button', { name: '有帮助' }).click();
    await answer.locator('.note', { hasText: '感谢反馈' }).waitFor();
    expect(feedback.entries.at(-1)).toMatchObject({ rating: 'up', message: '博士后科研工作站有什么资助？' });
  });

  it('switches the interface to English and back without losing the conversation', async () => {
    const page = await open('/');
    await ask(page, '博士后科研工作站有什么资助？');
    await page.locator('#lang-switch').click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#send').textContent()).resolves.toBe('Send');
    await expect(page.locator('#log .msg.bot').count()).resolves.toBe(1);
    await page.locator('#new-chat').click();
    // A conversation on screen: 新对话 asks before clearing it.
    await page.getByRole('button', { name: 'Clear and start again' }).click();
    // The dialog's close event clears the log: wait for it before counting the turns of the next question.
    await page.locator('#log .msg').first().waitFor({ state: 'detached' });
    await expect(page.locator('.starter').first().textContent()).resolves.toMatch(/^[\x20-\x7e’]+$/);
    await ask(page, 'How much is the subsidy for a new postdoc research station?');
    await expect(page.locator('#log .msg.bot').last().getAttribute('lang')).resolves.toBe('en');
    await shot(page, 'desktop-english');
    await page.locator('#lang-switch').click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.reload();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  });

  it('fits a 390×844 phone with no sideways scroll, keyboard-only', async () => {
    const page = await open('/', PHONE);
    await shot(page, 'phone-empty');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
    await page.keyboard.type('博士后科研工作站有什么资助？');
    await page.keyboard.press('Enter');
    await page.locator('#log .msg.bot .actions').first().waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-answer');
    await shot(page, 'phone-answer-viewport', false);
    await page.locator('#log .chip').first().click();
    await page.locator('#clause-dialog mark').first().waitFor();
    await shot(page, 'phone-clause-dialog');
  });

  it('uses the calculator at /calc and lists benefits with their clause', async () => {
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await open('/calc', viewport);
      await shot(page, `${name}-calc-form`, false);
      await page.getByLabel('在读学生预引进').check();
      await page.locator('#f-origin').waitFor({ state: 'visible' });
      await page.locator('#f-origin').selectOption('true');
      await page.locator('#f-degree').selectOption('doctor');
      await page.locator('#f-enrolled').selectOption('true');
      await page.locator('#f-fullTime').selectOption('true');
      await page.locator('#f-agreementSigned').selectOption('true');
      await page.getByRole('button', { name: '计算' }).click();
      await page.locator('#calc-results .result-group.yes .money').first().waitFor();
      await shot(page, `${name}-calc`);
      await shot(page, `${name}-calc-results`, false);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(viewport.width);
      const eligible = page.locator('#calc-results .result-group').first();
      await expect(eligible.locator('.money .amount').first().textContent()).resolves.toContain('2万元');
      await expect(eligible.locator('.chip', { hasText: '第12条' }).first().isVisible()).resolves.toBe(true);
      await expect(eligible.locator('.money .recipient').first().textContent()).resolves.toContain('预引进单位');
      // Only the chosen subject's awards: nothing about studios or stations in 不符合.
      await expect(page.locator('#calc-results .result-group.no').textContent()).resolves.not.toContain('工作室');
    }
  });
});
