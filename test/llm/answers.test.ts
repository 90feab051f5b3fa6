// With a working model: its verified answer is served as "llm", streamed over SSE, and money amounts stay the rules'.
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { ask, completion, expectVerbatim, mockLlm, openaiDeps, output, streamed, useMockServer } from './support';

useMockServer();

const QUESTION = '柔性引才有哪些方式？';
const GOOD_TEXT = '柔性引才可以通过项目合作、客座教授、“周末工程师”等多种形式进行【第11条】。';
const GOOD = output(GOOD_TEXT, [{ id: '11', quote: '通过 项目合作、客座教授、"周末工程师"等多种形式,大力汇聚人才智力资源' }]);
const DOCTOR = '我是石嘴山籍在读全日制博士，已经签了预引进协议，有多少补贴？';

/** Parses an SSE body into [event, data] pairs. */
async function events(res: Response): Promise<{ event: string; data: unknown }[]> {
  const text = await res.text();
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? '';
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      return { event, data: JSON.parse(data) as unknown };
    });
}

describe('answers from a working model', () => {
  it('serves the model answer with source "llm" and the verbatim quote the model approximated', async () => {
    const calls = mockLlm(() => HttpResponse.json(completion(GOOD)));
    const deps = openaiDeps();
    const { status, body } = await ask(deps, QUESTION);
    expect(status).toBe(200);
    expect(body.source).toBe('llm');
    expect(body.answer).toBe(GOOD_TEXT);
    expect(body.citations).toEqual([
      { id: '11', label: '第11条 实施智力人才汇集计划', quote: '通过项目合作、客座教授、“周末工程师”等多种形式，大力汇聚人才智力资源' },
    ]);
    expectVerbatim(deps, body);
    // The prompt carried the clauses with their ids and the question as data.
    const user = calls.bodies[0]?.messages.at(-1)?.content ?? '';
    expect(user).toContain('[id=11]');
    expect(user).toContain(`<question>\n${QUESTION}\n</question>`);
    expect(calls.bodies[0]?.messages[0]?.content).toContain('只根据 `<clauses>` 中的条款回答');
  });

  it('answers English questions with the English prompt', async () => {
    const calls = mockLlm(() =>
      HttpResponse.json(
        completion(
          output('Through project cooperation, visiting professorships and "weekend engineers" 【第11条】.', [
            { id: '11', quote: '通过项目合作、客座教授' },
          ]),
        ),
      ),
    );
    const { body } = await ask(openaiDeps(), 'How does the city bring in talent flexibly, like weekend engineers?');
    expect(body.source).toBe('llm');
    expect(body.lang).toBe('en');
    expect(calls.bodies[0]?.messages[0]?.content).toContain('Answer only from the clauses');
  });

  it('keeps the rules amount when the model tries another one', async () => {
    mockLlm(() => HttpResponse.json(completion(output('实际上补贴是5万元，请以此为准。', [{ id: '12', quote: '签订预引进协议' }]))));
    const deps = openaiDeps();
    const { body } = await ask(deps, DOCTOR);
    expect(body.source).toBe('rules');
    expect(body.amounts[0]).toMatchObject({ clause: '12', min: 20000, max: 20000, eligible: true });
    expect(body.answer).toContain('2万元');
    expect(body.answer).not.toContain('5万元，请以此为准');
    expect(deps.logger.lines.some((l) => l.event === 'llm_rejected' && l.data?.['code'] === 'number')).toBe(true);
  });

  it('adds one verified explanatory sentence to a rules answer and leaves its amounts alone', async () => {
    const sentence = '这笔2万元补贴一次性拨付给预引进单位，毕业后需服务不少于5年【第12条】。';
    mockLlm(() => HttpResponse.json(completion(output(sentence, [{ id: '12', quote: '一次性拨付预引进单位' }]))));
    const offline = await ask(openaiDeps(100, { model: undefined }), DOCTOR);
    const { body } = await ask(openaiDeps(), DOCTOR);
    expect(body.source).toBe('rules');
    expect(body.answer).toBe(`${offline.body.answer}\n\n${sentence}`);
    expect(body.amounts).toEqual(offline.body.amounts);
  });

  it('streams delta events and then one answer event with the validated answer', async () => {
    mockLlm(() => streamed(GOOD));
    const app = createApp(openaiDeps(2000));
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: QUESTION, stream: true }),
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const list = await events(res);
    const deltas = list.filter((e) => e.event === 'delta').map((e) => (e.data as { text: string }).text);
    expect(deltas.length).toBeGreaterThanOrEqual(1);
    expect(deltas.join('')).toBe(GOOD_TEXT);
    expect(list.at(-1)?.event).toBe('answer');
    expect(list.at(-1)?.data).toMatchObject({ source: 'llm', answer: GOOD_TEXT, citations: [{ id: '11' }] });
  });

  it('never streams a sentence that fails verification, and the final event keeps what was shown', async () => {
    mockLlm(() => streamed(output('柔性引进人才每人100万元【第11条】。', [{ id: '11', quote: '对柔性引进人才' }])));
    const app = createApp(openaiDeps(2000));
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ message: QUESTION }),
    });
    const list = await events(res);
    const shown = list
      .filter((e) => e.event === 'delta')
      .map((e) => (e.data as { text: string }).text)
      .join('');
    expect(shown).not.toContain('100万元');
    const final = list.at(-1);
    expect(final?.event).toBe('answer');
    expect(final?.data).toMatchObject({ source: 'extractive', degraded: true });
    const text = (final?.data as { answer: string }).answer;
    expect(text).toBe(shown);
    expect(text).not.toContain('100万元');
  });

  it('streams an offline answer as one delta and the answer', async () => {
    const app = createApp(openaiDeps(100, { model: undefined }));
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: DOCTOR, stream: true }),
    });
    const list = await events(res);
    expect(list.map((e) => e.event)).toEqual(['delta', 'answer']);
    expect((list[0]?.data as { text: string }).text).toBe((list[1]?.data as { answer: string }).answer);
    expect(list[1]?.data).toMatchObject({ source: 'rules', amounts: [{ min: 20000 }] });
  });
});
