// One test per kind of button (src/telegram/callbacks.ts has one handler per kind), through bot.handleUpdate: every
// tap is acknowledged, and each kind does its one thing or, when stale, says the button has expired.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answer, ChatRequest } from '../../src/contract/answer';
import { createBot } from '../../src/telegram/bot';
import { testDeps } from '../support/deps';
import { TELEGRAM, buttonsOf, resetApi, sent, sentTexts, server, tapUpdate, textUpdate } from './support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => resetApi());

const STALE = '这个按钮已过期，请重新提问。';
const acks = () => sent('answerCallbackQuery').map((c) => c.body['text']);

/** A bot whose pipeline is scripted to ask for the degree (three options), recording each question it is asked. */
function clarifyingBot() {
  const asked: ChatRequest[] = [];
  const ask = async (r: ChatRequest): Promise<Answer> => {
    asked.push(r);
    return {
      answer: `答：${r.message}`,
      citations: [],
      amounts: [],
      source: 'rules',
      lang: 'zh',
      clarify: {
        fact: 'degree',
        question: '您（在读或攻读）的是哪个学历？',
        options: [
          { value: 'doctor', label: '博士：2万元（20000元）' },
          { value: 'master', label: '硕士：1万元（10000元）' },
          { value: 'bachelor', label: '本科：5000元' },
        ],
      },
    };
  };
  return { bot: createBot({ ...testDeps(), telegram: TELEGRAM, ask }), asked };
}

describe('one handler per button kind', () => {
  it('clause (c:12): sends the clause text', async () => {
    const bot = createBot({ ...testDeps(), telegram: TELEGRAM });
    await bot.handleUpdate(tapUpdate('c:12'));
    expect(acks()).toEqual([undefined]);
    expect(sentTexts()[0]).toMatch(/^第12条 实施基础人才储备计划/);
  });

  it('option (f:degree:doctor): answers the question last asked with the fact’s own words, 博士', async () => {
    const { bot, asked } = clarifyingBot();
    await bot.handleUpdate(textUpdate('预引进补贴多少？'));
    const doctor = buttonsOf(sent('sendMessage')[0]).find((b) => b.callback_data?.startsWith('f:degree:doctor'));
    await bot.handleUpdate(tapUpdate(doctor!.callback_data!));
    expect(asked.map((r) => r.message)).toEqual(['预引进补贴多少？', '博士']);
    expect(acks()).toEqual(['已选择：博士']);
  });

  it('option: a tap on an option of a question that is no longer pending is stale and asks nothing', async () => {
    const { bot, asked } = clarifyingBot();
    await bot.handleUpdate(tapUpdate('f:level:national'));
    expect(asked).toHaveLength(0);
    expect(acks()).toEqual([STALE]);
  });

  it('optionIndex (o:1): answers by position when fact:value would not fit', async () => {
    const { bot, asked } = clarifyingBot();
    await bot.handleUpdate(textUpdate('预引进补贴多少？'));
    await bot.handleUpdate(tapUpdate('o:1'));
    expect(asked.at(-1)?.message).toBe('硕士');
    await bot.handleUpdate(tapUpdate('o:9'));
    expect(acks()).toEqual(['已选择：硕士', STALE]);
  });

  it('lang (l:en): keeps English for the chat and says so in English', async () => {
    const bot = createBot({ ...testDeps(), telegram: TELEGRAM });
    await bot.handleUpdate(tapUpdate('l:en'));
    expect(acks()).toEqual(['Answers will be in English.']);
    expect(sentTexts()).toEqual(['Answers will be in English.']);
  });

  it('persona (p:firm): offers that kind of user’s starter questions; an unknown persona only acknowledges', async () => {
    const bot = createBot({ ...testDeps(), telegram: TELEGRAM });
    await bot.handleUpdate(tapUpdate('p:firm'));
    expect(sentTexts()).toEqual(['您可以这样问（点一下即可）：']);
    expect(buttonsOf(sent('sendMessage')[0]).map((b) => b.text)[0]).toBe('企业建博士后科研工作站有什么资助？');
    await bot.handleUpdate(tapUpdate('p:nobody'));
    expect(sentTexts()).toHaveLength(1);
    expect(acks()).toEqual([undefined, undefined]);
  });

  it('starter (q:grad:1): asks that starter question; an index past the list is stale', async () => {
    const { bot, asked } = clarifyingBot();
    await bot.handleUpdate(tapUpdate('q:grad:1'));
    expect(asked.map((r) => r.message)).toEqual(['回石嘴山创业有什么补贴？']);
    await bot.handleUpdate(tapUpdate('q:grad:7'));
    expect(asked).toHaveLength(1);
    expect(acks()).toEqual([undefined, STALE]);
  });

  it('calc (k:subjects:student): takes one /calc step and asks the next question', async () => {
    const bot = createBot({ ...testDeps(), telegram: TELEGRAM });
    await bot.handleUpdate(textUpdate('/calc'));
    await bot.handleUpdate(tapUpdate('k:subjects:student'));
    expect(acks()).toEqual([undefined]);
    expect(sentTexts()[1]).toMatch(/^2\. /);
  });

  it('anything else (zz:old): acknowledged as stale', async () => {
    const bot = createBot({ ...testDeps(), telegram: TELEGRAM });
    await bot.handleUpdate(tapUpdate('zz:old'));
    expect(acks()).toEqual([STALE]);
    expect(sentTexts()).toHaveLength(0);
  });
});
