// The states a person must understand, with /api/chat stubbed in the browser: rate limited, network error with retry,
// the plain-JSON fallback when the server does not stream, and a range amount shown as a range.
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types';
import { testDeps } from '../support/deps';
import { browserMissing, freshPage, SCREENSHOTS, startHarness, type Harness } from './harness';

let h: Harness;

const rangeAnswer: Answer = {
  answer: '回石创业补贴为5—20万元。【第13条】',
  citations: [
    {
      id: '13',
      label: '第13条 实施在外人才回引计划',
      quote: '对石嘴山籍在外人才回石创办或入股经营企业的，按照营业收入、纳税额度和吸纳就业人数给予一次性5—20万元的创业补贴。',
    },
  ],
  amounts: [
    {
      ruleId: 'r13-return-business',
      clause: '13',
      label: '在外人才回石创业补贴',
      min: 50000,
      max: 200000,
      currency: 'CNY',
      per: 'person',
      period: 'one-time',
      recipient: 'person',
      eligible: true,
      conditions: ['石嘴山籍', '回石创办或入股经营企业'],
      obligations: [],
    },
  ],
  source: 'rules',
  lang: 'zh',
  lead: ['市人社局'],
};

async function ask(page: Page, question: string): Promise<void> {
  await page.locator('#q').fill(question);
  await page.keyboard.press('Enter');
}

describe.skipIf(browserMissing)('chat states in chromium', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    h = await startHarness(testDeps());
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('says when it is rate limited, and Retry asks again', async () => {
    const page = await freshPage(h);
    let calls = 0;
    await page.route('**/api/chat', (route: Route) => {
      calls += 1;
      if (calls === 1)
        return route.fulfill({
          status: 429,
          contentType: 'application/json',
          headers: { 'retry-after': '5' },
          body: '{"error":{"code":"rate_limited","message":"slow down"}}',
        });
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(rangeAnswer) });
    });
    await page.goto(h.base + '/');
    await ask(page, '回乡创业补贴多少？');
    await page.getByText('提问太频繁了').waitFor();
    await page.getByRole('button', { name: '重试' }).click();
    await page.locator('#log .money').waitFor();
    expect(calls).toBe(2);
  });

  it('explains a network error and recovers on Retry, taking the plain JSON answer when the server does not stream', async () => {
    const page = await freshPage(h);
    let calls = 0;
    await page.route('**/api/chat', (route: Route) => {
      calls += 1;
      return calls === 1
        ? route.abort('internetdisconnected')
        : route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(rangeAnswer) });
    });
    await page.goto(h.base + '/');
    await ask(page, '回乡创业补贴多少？');
    await page.getByText('网络出错').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-network-error.png') });
    await page.getByRole('button', { name: '重试' }).click();
    const card = page.locator('#log .money');
    await card.waitFor();
    await expect(card.locator('.amount').textContent()).resolves.toBe('5–20万元');
    await expect(card.locator('.yuan').textContent()).resolves.toBe('50,000–200,000元');
    await expect(card.textContent()).resolves.toContain('市人社局');
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-range.png'), fullPage: true });
  });

  it('shows streamed text, then settles into the final answer event', async () => {
    const page = await freshPage(h);
    const sse = [
      `event: delta\ndata: ${JSON.stringify({ text: '回石创业' })}\n\n`,
      `event: delta\ndata: ${JSON.stringify({ text: '补贴…' })}\n\n`,
      `event: answer\ndata: ${JSON.stringify(rangeAnswer)}\n\n`,
    ].join('');
    await page.route('**/api/chat', (route: Route) => route.fulfill({ status: 200, contentType: 'text/event-stream', body: sse }));
    await page.goto(h.base + '/');
    await ask(page, '回乡创业补贴多少？');
    await page.locator('#log .money').waitFor();
    await expect(page.locator('#log .msg.bot .body > p').first().textContent()).resolves.toBe('回石创业补贴为5—20万元。【第13条】');
    await expect(page.locator('#log .streaming').count()).resolves.toBe(0);
  });
});
