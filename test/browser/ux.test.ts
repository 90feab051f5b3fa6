// Issue 12 in real chromium, desktop 1366×800 and phone 390×844: every new question visible above the input bar, old
// clarify buttons disabled, one money card per dialogue with ✓/？/✗ conditions and "我理解的情况", reload keeps the
// conversation, dark mode, large text, feedback with a reason, share links, stop, counter, contact, axe. Screenshots
// go to screenshots/ (git-ignored).
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types';
import { memoryFeedbackStore } from '../../src/store/feedback';
import { memoryQuestionLog } from '../../src/store/question-log';
import { testDeps } from '../support/deps';
import { askAndWait, axeViolations, browserMissing, DESKTOP, openPage, PHONE, SCREENSHOTS, startHarness, type Harness } from './harness';

const feedback = memoryFeedbackStore();
const questions = memoryQuestionLog();
const ADMIN = 'ux-admin-token-0123456789';
let h: Harness;

const open = (path: string, viewport = DESKTOP): Promise<Page> => openPage(h, path, viewport);
const ask = askAndWait;

/** The newest question is inside the viewport and above the input bar. */
async function newestQuestionVisible(page: Page): Promise<{ top: number; bottom: number; barTop: number; height: number }> {
  return page.evaluate(() => {
    const users = document.querySelectorAll('#log .msg.user');
    const r = users[users.length - 1]!.getBoundingClientRect();
    const bar = document.getElementById('ask')!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, barTop: bar.top, height: window.innerHeight };
  });
}
function expectVisible(v: { top: number; bottom: number; barTop: number; height: number }): void {
  expect(v.top).toBeGreaterThanOrEqual(0);
  expect(v.bottom).toBeLessThanOrEqual(v.barTop);
  expect(v.barTop).toBeLessThanOrEqual(v.height);
}

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });

/** A made-up Answer as the understanding work will send it (checks, understood), served for one request. */
function fakeAnswer(over: Partial<Answer> = {}): Answer {
  return {
    answer: '石嘴山籍在读硕士研究生，签订预引进协议的，给予1万元生活补贴【第12条】。',
    citations: [{ id: '12', label: '第12条 实施基础人才储备计划', quote: '对石嘴山籍在读全日制博士、硕士研究生' }],
    amounts: [
      {
        ruleId: 'r12-pre-introduction',
        clause: '12',
        label: '石嘴山籍高校学生预引进生活补贴',
        min: 10000,
        max: 10000,
        currency: 'CNY',
        per: 'person',
        period: 'one-time',
        recipient: 'pre-introducing-employer',
        eligible: null,
        conditions: ['石嘴山籍', '在读全日制', '签订预引进协议'],
        obligations: ['毕业后服务期不少于5年'],
        checks: [
          { text: '石嘴山籍', status: 'met' },
          { text: '在读全日制', status: 'unknown' },
          { text: '已签预引进协议', status: 'unmet' },
        ],
      },
    ],
    understood: [
      { fact: 'origin', value: true, label: '石嘴山籍（平罗）', from: '平罗' },
      { fact: 'degree', value: 'master', label: '在读硕士', from: '读研' },
    ],
    source: 'rules',
    lang: 'zh',
    sessionId: 'fake-1',
    ...over,
  };
}
const json = (route: Route, body: unknown) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

describe.skipIf(browserMissing)('issue 12 in chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    h = await startHarness({
      ...testDeps(),
      feedback,
      questions,
      admin: { token: ADMIN, retentionDays: 30, timeZone: 'Asia/Shanghai' },
      contact: { text: '市人才服务中心', phone: '0952-1234567' },
    });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  for (const [name, vp] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`1 · ${name}: each new question is in view and clear of the input bar, while thinking and after the answer`, async () => {
      const page = await open('/', vp);
      const questions = ['技能大师工作室有多少经费', '国家级', '人才公寓归哪个部门管？', '博士后科研工作站有什么资助？'];
      for (const [i, q] of questions.entries()) {
        await page.route('**/api/chat', async (route) => {
          await new Promise((r) => setTimeout(r, 400));
          await route.continue();
        });
        await page.locator('#q').fill(q);
        await page.keyboard.press('Enter');
        await page.locator('#log .msg.bot .thinking').last().waitFor();
        expectVisible(await newestQuestionVisible(page));
        if (i === 1) await shot(page, `${name}-1-thinking`);
        await page.locator('#log .msg.bot').nth(i).locator('.actions').waitFor();
        await page.unroute('**/api/chat');
        await page.waitForTimeout(50);
        expectVisible(await newestQuestionVisible(page));
        await shot(page, `${name}-1-turn${i + 1}`);
      }
      // The network-error notice and its retry button show in the same place.
      await page.route('**/api/chat', (route) => route.abort());
      await page.locator('#q').fill('再问一次');
      await page.keyboard.press('Enter');
      const problem = page.locator('#log .msg.bot').last().locator('.problem');
      await problem.waitFor();
      expectVisible(await newestQuestionVisible(page));
      await expect(problem.getByRole('button', { name: '重试' }).isVisible()).resolves.toBe(true);
      const retry = await problem.getByRole('button', { name: '重试' }).boundingBox();
      const bar = await page.locator('#ask').boundingBox();
      expect(retry!.y + retry!.height).toBeLessThanOrEqual(bar!.y);
      await shot(page, `${name}-1-network-error`);
      await page.close();
    });

    it(`2 · 3 · ${name}: old clarify buttons are disabled and say so; a money dialogue keeps one card`, async () => {
      const page = await open('/', vp);
      await ask(page, '预引进生活补贴有多少钱？');
      const first = page.locator('#log .msg.bot').first();
      const option = first.locator('.options button').first();
      const label = (await option.textContent()) ?? '';
      await expect(first.locator('.clarify-q').isVisible()).resolves.toBe(true);
      await option.click();
      await page.locator('#log .msg.bot').nth(1).locator('.actions').waitFor();
      // 10: the option posts its short words, not the whole label with amounts.
      const posted = (await page.locator('#log .msg.user p').nth(1).textContent()) ?? '';
      expect(label).toContain(posted.trim());
      expect(posted).not.toMatch(/万元|元）/);
      // 10: focus is not lost to the page body.
      await expect(page.evaluate(() => document.activeElement !== document.body)).resolves.toBe(true);
      // 3: the card appears once in the dialogue, in the newest answer.
      await expect(page.locator('#log article.money[data-rule="r12-pre-introduction"]').count()).resolves.toBe(1);
      await expect(page.locator('#log .msg.bot').nth(1).locator('article.money').count()).resolves.toBeGreaterThan(0);
      await expect(first.locator('.moved').count()).resolves.toBeGreaterThan(0);
      // 2: every older clarify is disabled and says so.
      const oldButtons = first.locator('.options button');
      for (let i = 0; i < (await oldButtons.count()); i++) await expect(oldButtons.nth(i).isDisabled()).resolves.toBe(true);
      await expect(first.locator('.superseded-note').textContent()).resolves.toContain('已失效');
      await shot(page, `${name}-2-superseded`, true);
      // Reload keeps the conversation, old buttons still disabled.
      await page.reload();
      await page.locator('#log .msg.bot .actions').first().waitFor();
      await expect(page.locator('#log .msg.user').count()).resolves.toBe(2);
      await expect(page.locator('#log .msg.bot').first().locator('.options button').first().isDisabled()).resolves.toBe(true);
      await expect(page.locator('#log article.money[data-rule="r12-pre-introduction"]').count()).resolves.toBe(1);
      await shot(page, `${name}-reload`);
      await page.close();
    });

    it(`4 · ${name}: the card shows each condition met / unknown / not met, what was understood (tap to correct) and who receives the money`, async () => {
      const page = await open('/', vp);
      await page.route('**/api/chat', (route) => json(route, fakeAnswer()));
      await ask(page, '我是平罗人，在读研，预引进补贴多少？');
      const card = page.locator('#log article.money').first();
      await expect(card.locator('.check.met').textContent()).resolves.toContain('已满足');
      await expect(card.locator('.check.unknown').textContent()).resolves.toContain('待确认');
      await expect(card.locator('.check.unmet').textContent()).resolves.toContain('不满足');
      await expect(card.locator('.recipient').textContent()).resolves.toContain('拨付给与您签约的预引进单位');
      const line = page.locator('#log .understood').first();
      await expect(line.textContent()).resolves.toContain('我理解的情况：石嘴山籍（平罗）、在读硕士');
      await line.getByRole('button', { name: /在读硕士/ }).click();
      await expect(page.locator('#q').inputValue()).resolves.toContain('更正：不是“在读硕士”');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
      await shot(page, `${name}-4-card`);
      await page.close();
    });

    it(`10 · ${name}: a connection cut mid-answer says the question was sent`, async () => {
      const page = await open('/', vp);
      await page.route('**/api/chat', (route) =>
        route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'event: delta\ndata: "石嘴山籍在读"\n\n' }),
      );
      await ask(page, '预引进补贴？');
      const text = (await page.locator('#log .problem').last().textContent()) ?? '';
      expect(text).toContain('问题已发出');
      expect(text).not.toContain('没有发出去');
      await shot(page, `${name}-10-dropped`);
      await page.close();
    });
  }

  it('c · dark mode changes the background; large text raises the base font; both remembered', async () => {
    const page = await open('/');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const font = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const light = await bg();
    const normal = await font();
    await page.locator('#pref-dark').click();
    await page.locator('#pref-large').click();
    expect(await bg()).not.toBe(light);
    expect(await font()).toBeGreaterThan(normal);
    await ask(page, '博士后科研工作站有什么资助？');
    await shot(page, 'desktop-dark-large');
    await page.reload();
    expect(await bg()).not.toBe(light);
    expect(await font()).toBeGreaterThan(normal);
    await expect(page.locator('#pref-dark').getAttribute('aria-pressed')).resolves.toBe('true');
    const phone = await open('/', PHONE);
    await shot(phone, 'phone-light', true);
    await phone.locator('#pref-dark').click();
    await phone.locator('#pref-large').click();
    await ask(phone, '技能大师工作室有多少经费');
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'phone-dark-large');
    await page.close();
    await phone.close();
  });

  it('c · 新对话 asks first, 删除记录 clears the stored record, ?q= and /clause/12 reopen an answer and a clause', async () => {
    const page = await open('/?q=' + encodeURIComponent('人才公寓归哪个部门管？'));
    await page.locator('#log .msg.bot .actions').first().waitFor();
    await expect(page.locator('#log .msg.user').first().textContent()).resolves.toContain('人才公寓');
    await page.locator('#new-chat').click();
    await expect(page.locator('#confirm-new').isVisible()).resolves.toBe(true);
    await shot(page, 'desktop-confirm-new');
    await page.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => page.locator('#confirm-new').isVisible()).toBe(false);
    await expect(page.locator('#log .msg.user').count()).resolves.toBe(1);
    await page.locator('#new-chat').click();
    await page.getByRole('button', { name: '清空并开始新对话' }).click();
    await expect.poll(() => page.locator('#log .msg').count()).toBe(0);
    await ask(page, '奖补重复了怎么处理？');
    await page.locator('#delete-history').click();
    await expect(page.evaluate(() => localStorage.getItem('chat-history'))).resolves.toBeNull();
    await expect(page.locator('#log .msg').count()).resolves.toBe(0);
    const clause = await open('/clause/12');
    await clause.locator('#clause-title', { hasText: '第12条' }).waitFor();
    await shot(clause, 'desktop-clause-link');
    await page.close();
    await clause.close();
  });

  it('c · counter, stop button while streaming, contact on out-of-scope, operator notices hidden', async () => {
    const page = await open('/', PHONE);
    await page.locator('#q').fill('字'.repeat(1950));
    await expect(page.locator('#count').textContent()).resolves.toContain('1950/2000');
    await page.locator('#q').fill('字'.repeat(2000));
    await expect(page.locator('#count').textContent()).resolves.toContain('已达字数上限');
    await page.locator('#q').fill('');
    await page.route('**/api/chat', async (route) => {
      await new Promise((r) => setTimeout(r, 3000));
      await route.continue().catch(() => undefined);
    });
    await page.locator('#q').fill('柔性引才有哪些方式？');
    await page.keyboard.press('Enter');
    await expect(page.locator('#send').textContent()).resolves.toBe('停止');
    await shot(page, 'phone-stop');
    await page.locator('#send').click();
    await expect(page.locator('#log .problem').last().textContent()).resolves.toContain('已停止');
    await expect(page.locator('#send').textContent()).resolves.toBe('发送');
    await page.unroute('**/api/chat');
    await page.route('**/api/chat', (route) =>
      json(
        route,
        fakeAnswer({
          answer: '本文件是石嘴山市的政策，没有中卫市的规定。',
          amounts: [],
          citations: [],
          understood: [],
          outOfScope: true,
          scope: { reason: 'other_place', detail: '中卫', askInstead: '中卫市人社局' },
          source: 'extractive',
        }),
      ),
    );
    await ask(page, '中卫有什么人才政策？');
    const contact = page.locator('#log .msg.bot').last().locator('.contact');
    await expect(contact.textContent()).resolves.toContain('中卫市人社局');
    await expect(contact.textContent()).resolves.toContain('0952-1234567');
    await expect(page.locator('text=离线模式').count()).resolves.toBe(0);
    await shot(page, 'phone-out-of-scope', true);
    await page.close();
  });

  it('d · one vote per answer, changeable, with a reason; contact shown after 👎', async () => {
    const page = await open('/');
    await ask(page, '博士后科研工作站有什么资助？');
    const answer = page.locator('#log .msg.bot').last();
    await expect(answer.getByRole('button', { name: /有帮助/ }).textContent()).resolves.toContain('有帮助');
    await answer.getByRole('button', { name: /有帮助/ }).click();
    await answer.locator('.note', { hasText: '感谢反馈' }).waitFor();
    await answer.getByRole('button', { name: /没帮助/ }).click();
    await answer.locator('.reason-form').waitFor();
    await answer.getByLabel('看不懂').check();
    await answer.getByLabel('补充说明（可选）').fill('条款太长');
    await answer.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => feedback.entries.at(-1)?.reason).toBe('unclear');
    const mine = feedback.entries.filter((e) => e.message === '博士后科研工作站有什么资助？');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ rating: 'down', reason: 'unclear', comment: '条款太长' });
    await expect(answer.locator('.contact').textContent()).resolves.toContain('市人才服务中心');
    await shot(page, 'desktop-feedback-reason');
    await page.close();
  });

  it('c · language: an English answer has English card labels; switching re-renders the conversation', async () => {
    const page = await open('/');
    await ask(page, 'How much is the subsidy for a new postdoc research station?');
    const card = page.locator('#log article.money').first();
    await expect(card.locator('.kv').textContent()).resolves.toMatch(/Paid/);
    await expect(card.locator('.recipient').textContent()).resolves.toMatch(/^paid to the station/);
    await expect(card.locator('.amount').textContent()).resolves.toBe('CNY 300,000');
    await expect(page.locator('#log .vote.up').first().textContent()).resolves.toContain('有帮助');
    await page.locator('#lang-switch').click();
    await expect(page.locator('#log .vote.up').first().textContent()).resolves.toContain('Helpful');
    await expect(page.locator('#log .msg.user').count()).resolves.toBe(1);
    await shot(page, 'desktop-english');
    await page.locator('#lang-switch').click();
    await page.close();
  });

  it('e · calculator: several subjects, only the questions that matter, three groups, export', async () => {
    for (const [name, vp] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await open('/calc', vp);
      await expect(page.locator('#calc-questions .field:visible').count()).resolves.toBe(0);
      await shot(page, `${name}-calc-empty`, true);
      await page.getByLabel('在读学生预引进').check();
      await page.getByLabel('技能大师工作室').check();
      await page.locator('#f-degree').waitFor({ state: 'visible' });
      await expect(page.locator('#f-startedBusiness').isVisible()).resolves.toBe(false);
      await page.locator('#f-origin').selectOption('true');
      await page.locator('#f-degree').selectOption('doctor');
      await page.locator('#f-enrolled').selectOption('true');
      await page.locator('#f-fullTime').selectOption('true');
      await page.locator('#f-agreementSigned').selectOption('true');
      await page.getByRole('button', { name: '计算' }).click();
      await page.locator('#calc-results .result-group.yes .money').first().waitFor();
      await expect(page.locator('#calc-results .result-group.yes').textContent()).resolves.toContain('2万元');
      await expect(page.locator('#calc-results .result-group.unk').textContent()).resolves.toContain('技能大师工作室');
      const noCount = await page.locator('#calc-results .result-group.no .money').count();
      expect(noCount).toBeLessThan(5);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(vp.width);
      await shot(page, `${name}-calc-results`, true);
      const download = page.waitForEvent('download');
      await page.locator('#calc-export').click();
      expect((await download).suggestedFilename()).toBe('policy-calculator.txt');
      // Switching language re-renders the results in it.
      await page.locator('#lang-switch').click();
      await page.locator('#calc-results h2', { hasText: 'You qualify' }).waitFor();
      await expect(page.locator('#calc-results .result-group.yes .amount').first().textContent()).resolves.toBe('CNY 20,000');
      await page.locator('#lang-switch').click();
      await page.locator('#calc-results h2', { hasText: '可以享受' }).waitFor();
      await page.close();
    }
  });

  it('a11y · axe finds nothing moderate or worse on chat, calculator and clause dialog', async () => {
    const page = await open('/');
    await ask(page, '预引进生活补贴有多少钱？');
    await page.locator('#log .msg.bot .options button').first().click();
    await page.locator('#log .msg.bot').nth(1).locator('.actions').waitFor();
    await page
      .locator('#log .msg.bot')
      .last()
      .getByRole('button', { name: /没帮助/ })
      .click();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#pref-dark').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#pref-dark').click();
    const calc = await open('/calc', PHONE);
    await calc.getByLabel('在读学生预引进').check();
    await calc.getByRole('button', { name: '计算' }).click();
    await calc.locator('#calc-results .result-group').first().waitFor();
    expect(await axeViolations(calc)).toEqual([]);
    await page.close();
    await calc.close();
  });

  it('e · c · a broad question offers the calculator; model markdown shows bold safely; print hides the controls', async () => {
    const page = await open('/');
    await ask(page, '我们企业能享受哪些奖补？');
    const offer = page.locator('#log .msg.bot').last().locator('.calc-offer a');
    await expect(offer.getAttribute('href')).resolves.toBe('/calc');
    await page.route('**/api/chat', (route) =>
      json(
        route,
        fakeAnswer({ answer: '**博士**可获得2万元【第12条】。<img src=x onerror=alert(1)>', amounts: [], understood: [], source: 'llm' }),
      ),
    );
    await ask(page, '博士补贴？');
    const body = page.locator('#log .msg.bot').last().locator('.body');
    await expect(body.locator('strong').first().textContent()).resolves.toBe('博士');
    await expect(body.textContent()).resolves.not.toContain('**');
    await expect(body.locator('img').count()).resolves.toBe(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#ask').isVisible()).resolves.toBe(false);
    await expect(page.locator('#log .actions').first().isVisible()).resolves.toBe(false);
    await shot(page, 'desktop-print', true);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('f · /admin: totals, search, date filter, local time, 👎 by reason linked to its conversation; axe clean on laptop and phone', async () => {
    await feedback.add({
      id: 'fx',
      at: '2026-12-03T17:30:00.000Z',
      answerId: 't-x',
      message: '人才公寓归哪个部门管？',
      answer: '市住建局【第20条】',
      rating: 'down',
      reason: 'wrong',
      comment: '部门不对',
    });
    for (const [name, vp] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await h.context.newPage();
      await page.setExtraHTTPHeaders({ authorization: `Bearer ${ADMIN}` });
      await page.setViewportSize(vp);
      await page.goto(h.base + '/admin');
      await expect(page.locator('.totals').textContent()).resolves.toMatch(/问题 · Questions\s*\d+/);
      // 17:30 UTC on the 3rd is 01:30 on the 4th in Shanghai.
      await expect(page.locator('time[datetime="2026-12-03T17:30:00.000Z"]').first().textContent()).resolves.toBe('2026-12-04 01:30');
      await expect(page.locator('#h-down ~ h3', { hasText: '答案不对' }).count()).resolves.toBe(1);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(vp.width);
      await shot(page, `${name}-admin-full`, true);
      await shot(page, `${name}-admin`);
      await page.locator('#h-down').scrollIntoViewIfNeeded();
      await shot(page, `${name}-admin-down`);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('#h-down ~ .table-wrap a', { hasText: '查看对话' }).first().click();
      await expect(page.locator('#f-q').inputValue()).resolves.toBe('人才公寓归哪个部门管？');
      await expect(page.locator('#f-from').inputValue()).resolves.toBe('2026-12-04');
      await page.goto(h.base + '/admin?from=2020-01-01&to=2020-01-02');
      await expect(page.locator('.totals dd').first().textContent()).resolves.toBe('0');
      await page.close();
    }
  });
});
