// Finding 9 (and the Telegram part of 1): in groups each member has their own state, buttons answer only the member
// who asked, commands for other bots are ignored; the per-chat limit counts commands and button taps too.
import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type BotDeps } from '../../src/telegram/bot';
import { testDeps } from '../support/deps';
import { GROUP_CHAT, TELEGRAM, buttonsOf, calls, resetApi, sent, sentTexts, server, tapUpdate, textUpdate } from '../telegram/support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => resetApi());

const OTHER = { id: 888, is_bot: false, first_name: 'Wang', language_code: 'zh-hans' };

function botWith(overrides: Partial<BotDeps> = {}) {
  const deps = testDeps();
  return { bot: createBot({ ...deps, telegram: TELEGRAM, ...overrides }), logger: deps.logger };
}

/** The same update sent by another member. */
function byOther(update: Update): Update {
  const u = structuredClone(update) as Update & { message?: { from: unknown }; callback_query?: { from: unknown } };
  if (u.message) u.message.from = OTHER;
  if (u.callback_query) u.callback_query.from = OTHER;
  return u;
}

describe('the per-chat limit', () => {
  it('counts commands', async () => {
    const { bot } = botWith({ telegram: { ...TELEGRAM, messagesPerMinute: 2 } });
    for (let i = 0; i < 5; i++) await bot.handleUpdate(textUpdate('/help'));
    expect(sentTexts()).toHaveLength(3);
    expect(sentTexts()[2]).toBe('您发得有点快，请稍等一分钟再问。');
  });

  it('counts button taps', async () => {
    const { bot } = botWith({ telegram: { ...TELEGRAM, messagesPerMinute: 2 } });
    for (let i = 0; i < 5; i++) await bot.handleUpdate(tapUpdate('c:12'));
    expect(sentTexts()).toHaveLength(2);
    const answers = sent('answerCallbackQuery');
    expect(answers.at(-1)?.body['text']).toBe('您发得有点快，请稍等一分钟再问。');
  });
});

describe('groups', () => {
  it('keeps each member’s facts apart: one member’s facts never answer another’s question', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('@szs_policy_bot 我是石嘴山人，在读全日制博士，能拿多少补贴？', { chat: GROUP_CHAT }));
    resetApi();
    await bot.handleUpdate(byOther(textUpdate('@szs_policy_bot 已经签了预引进协议', { chat: GROUP_CHAT })));
    // Without the first member's 博士 the rules still ask for the degree: that member's facts are not this one's.
    expect(sentTexts().join('\n')).toContain('您（在读或攻读）的是哪个学历');
    expect(sentTexts().join('\n')).not.toMatch(/^符合：.*2万元（20000元）/m);
    resetApi();
    await bot.handleUpdate(textUpdate('@szs_policy_bot 已经签了预引进协议', { chat: GROUP_CHAT }));
    expect(sentTexts().join('\n')).toContain('2万元（20000元）');
  });

  it('answers a tap on another member’s buttons with a short notice and changes nothing', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('@szs_policy_bot 预引进生活补贴多少钱', { chat: GROUP_CHAT }));
    const option = buttonsOf(sent('sendMessage').at(-1)).find(
      (b) => b.callback_data?.startsWith('f:') || b.callback_data?.startsWith('o:'),
    );
    expect(option?.callback_data).toMatch(/~[0-9a-z]+$/);
    resetApi();
    await bot.handleUpdate(byOther(tapUpdate(option!.callback_data!, GROUP_CHAT)));
    expect(sent('sendMessage')).toHaveLength(0);
    expect(String(sent('answerCallbackQuery')[0]?.body['text'])).toContain('其他人');
    // The asker's own tap still works: their pending question was not touched.
    resetApi();
    await bot.handleUpdate(tapUpdate(option!.callback_data!, GROUP_CHAT));
    expect(sentTexts().join('\n')).toMatch(/万元/);
  });

  it('ignores commands addressed to another bot', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('/start@other_bot', { chat: GROUP_CHAT }));
    await bot.handleUpdate(textUpdate('/help@other_bot'));
    expect(calls).toHaveLength(0);
    await bot.handleUpdate(textUpdate('/help@szs_policy_bot', { chat: GROUP_CHAT }));
    expect(sentTexts()).toHaveLength(1);
  });
});
