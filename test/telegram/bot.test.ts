// The bot driven through bot.handleUpdate with preset botInfo; the Bot API is msw at the configured root.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answer, ChatRequest } from '../../src/answer/types';
import { createBot, type BotDeps } from '../../src/telegram/bot';
import { testDeps } from '../support/deps';
import { GROUP_CHAT, TELEGRAM, buttonsOf, calls, resetApi, script, sent, sentTexts, server, tapUpdate, textUpdate } from './support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => resetApi());

function botWith(overrides: Partial<BotDeps> = {}) {
  const deps = testDeps();
  const bot = createBot({ ...deps, telegram: TELEGRAM, ...overrides });
  return { bot, logger: deps.logger, corpus: deps.corpus };
}

/** A scripted pipeline: returns the given answer (or what `make` builds from the request). */
function scripted(make: (r: ChatRequest) => Partial<Answer>): (r: ChatRequest) => Promise<Answer> {
  return async (r) => ({ answer: '', citations: [], amounts: [], source: 'extractive', lang: 'zh', ...make(r) });
}

describe('questions', () => {
  it('answers a question with a quote, its clause tag and a 查看原文 button that sends the clause', async () => {
    const { bot, corpus } = botWith();
    await bot.handleUpdate(textUpdate('企业建博士后科研工作站有什么资助？'));
    const [text] = sentTexts();
    expect(text).toContain('【第11条】');
    expect(sent('sendMessage')[0]!.body['parse_mode']).toBe('HTML');
    const button = buttonsOf(sent('sendMessage')[0]).find((b) => b.text.includes('查看原文'));
    expect(button).toMatchObject({ text: '查看原文 第11条', callback_data: 'c:11' });

    await bot.handleUpdate(tapUpdate('c:11'));
    expect(sent('answerCallbackQuery')).toHaveLength(1);
    expect(sentTexts()[1]).toContain(corpus.byId.get('11')!.text);
  });

  it('answers 2万元 from 第12条 for a Shizuishan-born doctoral student with a pre-introduction agreement', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('我是石嘴山籍全日制在读博士，已经签了预引进协议，能拿多少生活补贴？'));
    const [text] = sentTexts();
    expect(text).toMatch(/^符合：石嘴山籍高校学生预引进生活补贴 — 每人2万元（20000元），一次性，发放给预引进单位/);
    expect(text).toContain('【第12条】');
  });

  it('asks a clarifying question as buttons, and the tap completes the answer', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('我是石嘴山籍全日制在读学生，已经签了预引进协议，生活补贴有多少？'));
    expect(sentTexts()[0]).toContain('您（在读或攻读）的是哪个学历？');
    const buttons = buttonsOf(sent('sendMessage')[0]);
    expect(buttons.map((b) => b.text)).toContain('博士：2万元（20000元）');
    const doctor = buttons.find((b) => b.text.startsWith('博士'));

    await bot.handleUpdate(tapUpdate(doctor!.callback_data!));
    expect(sent('answerCallbackQuery')[0]!.body).toMatchObject({ text: '已选择：博士' });
    const last = sentTexts().at(-1)!;
    expect(last).toMatch(/^符合：.*每人2万元（20000元）/);
    expect(last).toContain('【第12条】');
    expect(buttonsOf(sent('sendMessage').at(-1))).toContainEqual({ text: '查看原文 第12条', callback_data: 'c:12' });
  });

  it('escapes HTML markup from the question, the model and the corpus', async () => {
    const { bot } = botWith({ ask: scripted((r) => ({ answer: `您问：${r.message}【第12条】` })) });
    await bot.handleUpdate(textUpdate('<b>博士</b> & <a href="x">补贴</a>'));
    const html = String(sent('sendMessage')[0]!.body['text']);
    expect(html).toBe('您问：&lt;b&gt;博士&lt;/b&gt; &amp; &lt;a href=&quot;x&quot;&gt;补贴&lt;/a&gt;<b>【第12条】</b>');
  });

  it('sends a 6000-character answer as two messages split at a sentence end', async () => {
    const long = '对石嘴山籍全日制在读博士研究生给予2万元生活补贴。'.repeat(240).slice(0, 6000);
    const { bot } = botWith({ ask: scripted(() => ({ answer: long })) });
    await bot.handleUpdate(textUpdate('很长的回答'));
    const texts = sentTexts();
    expect(texts).toHaveLength(2);
    for (const t of sent('sendMessage')) expect(String(t.body['text']).length).toBeLessThan(4096);
    expect(texts[0]!.endsWith('。')).toBe(true);
    expect(texts.join('')).toBe(long);
  });

  it('shows "typing…" while a slow answer is pending', async () => {
    const slow = scripted(() => ({ answer: '好的。' }));
    const { bot } = botWith({
      ask: (r) => new Promise((done) => setTimeout(() => done(slow(r)), 80)),
      typing: { delayMs: 10, intervalMs: 1000 },
    });
    await bot.handleUpdate(textUpdate('问题'));
    expect(calls.map((c) => c.method)).toEqual(['sendChatAction', 'sendMessage']);
    expect(sent('sendChatAction')[0]!.body['action']).toBe('typing');
  });

  it('limits questions per chat and says so once', async () => {
    const { bot } = botWith({ telegram: { ...TELEGRAM, messagesPerMinute: 2 }, ask: scripted(() => ({ answer: '答。' })) });
    for (let i = 0; i < 4; i++) await bot.handleUpdate(textUpdate(`问题${i}`));
    expect(sentTexts()).toEqual(['答。', '答。', '您发得有点快，请稍等一分钟再问。']);
  });
});

describe('updates and groups', () => {
  it('handles a re-delivered update once', async () => {
    const { bot, logger } = botWith();
    const update = textUpdate('博士后工作站有什么资助？');
    await bot.handleUpdate(update);
    await bot.handleUpdate(update);
    expect(sent('sendMessage')).toHaveLength(1);
    expect(logger.lines.some((l) => l.event === 'telegram_duplicate_update')).toBe(true);
  });

  it('ignores a group message that does not mention the bot, answers one that does or replies to it', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('博士后工作站有什么资助？', { chat: GROUP_CHAT }));
    expect(calls).toHaveLength(0);

    await bot.handleUpdate(textUpdate('@szs_policy_bot 博士后工作站有什么资助？', { chat: GROUP_CHAT }));
    await bot.handleUpdate(textUpdate('技能大师工作室呢？', { chat: GROUP_CHAT, replyToBot: true }));
    await bot.handleUpdate(textUpdate('/clause 12', { chat: GROUP_CHAT }));
    expect(sentTexts()).toHaveLength(3);
    expect(sentTexts()[0]).toContain('【第11条】');
    expect(sent('sendMessage')[0]!.body['reply_parameters']).toMatchObject({ allow_sending_without_reply: true });
  });
});

describe('commands', () => {
  it('/clause 12 sends the verbatim text of 第12条 with its departments', async () => {
    const { bot, corpus } = botWith();
    await bot.handleUpdate(textUpdate('/clause 12'));
    const [text] = sentTexts();
    const clause = corpus.byId.get('12')!;
    expect(text).toContain(clause.label);
    expect(text).toContain(clause.text);
    expect(text).toContain(`牵头部门：${clause.lead.join('、')}`);
  });

  it('/clause without an id lists all 29 parts; an unknown id says which exist', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('/clause'));
    await bot.handleUpdate(textUpdate('/clause 99'));
    const [list, unknown] = sentTexts();
    expect(list!.split('\n').filter((l) => / — /.test(l))).toHaveLength(29);
    expect(unknown).toBe('没有“99”这一部分。可用：1–25、notice、g1、g2、final。');
  });

  it('/start offers a button per kind of user, whose starter questions are answered when tapped', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('/start'));
    expect(sentTexts()[0]).toContain('石党办发〔2020〕32号');
    const personas = buttonsOf(sent('sendMessage')[0]);
    expect(personas.map((b) => b.text)).toEqual(['🎓 学生 / 毕业生', '🏭 企业 / 用人单位', '🏛 人才工作人员']);

    await bot.handleUpdate(tapUpdate(personas[1]!.callback_data!));
    const starters = buttonsOf(sent('sendMessage')[1]);
    expect(starters[0]!.text).toBe('企业建博士后科研工作站有什么资助？');

    await bot.handleUpdate(tapUpdate(starters[0]!.callback_data!));
    expect(sentTexts()[2]).toContain('【第11条】');
    expect(sent('answerCallbackQuery')).toHaveLength(2);
  });

  it('/lang English switches the answers and the bot’s own words to English', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('/lang'));
    const english = buttonsOf(sent('sendMessage')[0]).find((b) => b.text === 'English');
    await bot.handleUpdate(tapUpdate(english!.callback_data!));
    expect(sentTexts()[1]).toBe('Answers will be in English.');
    await bot.handleUpdate(textUpdate('博士后工作站有什么资助？'));
    expect(sentTexts()[2]).toMatch(/^[A-Z][a-z]+ /);
    expect(sentTexts()[2]).toContain('【第11条】');
  });

  it('/help lists the commands; /new confirms the conversation is forgotten', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('/help'));
    await bot.handleUpdate(textUpdate('/new'));
    expect(sentTexts()[0]).toContain('/clause 12');
    expect(sentTexts()[1]).toBe('好的，已清除本次对话记住的信息。请提出新的问题。');
  });

  it('/calc walks through one question per tap and ends with the amount the rules computed', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(textUpdate('/calc'));
    expect(sentTexts()[0]).toBe('1. 您问的是哪一类补贴？');
    const student = buttonsOf(sent('sendMessage')[0]).find((b) => b.text === '在读学生预引进');
    await bot.handleUpdate(tapUpdate(student!.callback_data!));
    // Answer each further question as a Shizuishan-born doctoral student with a signed agreement would.
    for (let step = 0; step < 8 && buttonsOf(sent('sendMessage').at(-1)).some((b) => b.callback_data?.startsWith('k:')); step++) {
      const buttons = buttonsOf(sent('sendMessage').at(-1));
      const pick = buttons.find((b) => /:doctor$/.test(b.callback_data ?? '')) ?? buttons.find((b) => /:true$/.test(b.callback_data ?? ''));
      await bot.handleUpdate(tapUpdate(pick!.callback_data!));
    }
    const result = sentTexts().at(-1)!;
    expect(result).toMatch(/^符合：石嘴山籍高校学生预引进生活补贴 — 每人2万元（20000元）/);
    expect(result).toContain('【第12条】');
    expect(sent('answerCallbackQuery').length).toBe(sent('sendMessage').length - 1);
  });

  it('acknowledges a tap on a button it no longer knows', async () => {
    const { bot } = botWith();
    await bot.handleUpdate(tapUpdate('zz:old'));
    expect(sent('answerCallbackQuery')[0]!.body).toMatchObject({ text: '这个按钮已过期，请重新提问。' });
  });
});

describe('Bot API failures', () => {
  it('retries a 429 after retry_after and delivers the answer', async () => {
    script('sendMessage', {
      status: 429,
      json: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 0.05', parameters: { retry_after: 0.05 } },
    });
    const { bot } = botWith({ ask: scripted(() => ({ answer: '答。' })) });
    const started = Date.now();
    await bot.handleUpdate(textUpdate('问题'));
    expect(sent('sendMessage')).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(sentTexts()).toEqual(['答。', '答。']);
  });

  it('logs a 500 and apologises to the user when the apology gets through', async () => {
    script('sendMessage', { status: 500, json: { ok: false, error_code: 500, description: 'Internal Server Error' } });
    const { bot, logger } = botWith({ ask: scripted(() => ({ answer: '答。' })) });
    await bot.handleUpdate(textUpdate('问题'));
    expect(sentTexts().at(-1)).toBe('抱歉，刚才处理您的问题时出错了，请稍后再试。');
    expect(logger.lines.find((l) => l.event === 'telegram_answer_failed')?.data).toMatchObject({ method: 'sendMessage', code: 500 });
    expect(logger.lines.some((l) => l.event === 'telegram_apology_sent')).toBe(true);
  });

  it('apologises when the pipeline itself throws, and never logs the chat id or the question', async () => {
    const { bot, logger } = botWith({ ask: () => Promise.reject(new Error('model down')) });
    await bot.handleUpdate(textUpdate('我的问题'));
    expect(sentTexts()).toEqual(['抱歉，刚才处理您的问题时出错了，请稍后再试。']);
    const logged = JSON.stringify(logger.lines);
    expect(logged).not.toContain('777');
    expect(logged).not.toContain('我的问题');
    // Nor the chat key: it is the key to the chat's conversation state (finding 8).
    expect(logged).not.toMatch(/tg:[0-9a-f]{8}/);
  });
});
