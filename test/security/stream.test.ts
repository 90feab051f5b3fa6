// Finding 4: only verified text is shown. A model's answer streams sentence by sentence, each checked before it is
// sent; the final event begins with exactly what was shown (nothing retracted). Finding 12: a client that goes away
// aborts its model call.
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { verifiedSentenceStream } from '../../src/llm/sentence-stream';
import { LLM_URL, mockLlm, openaiDeps, output, server, streamed, useMockServer } from '../llm/support';

useMockServer();

const QUESTION = '柔性引才有哪些方式？';
const TRUE_SENTENCE = '柔性引才可以通过项目合作、客座教授、“周末工程师”等多种形式进行【第11条】。';
const QUOTE = [{ id: '11', quote: '通过 项目合作、客座教授、"周末工程师"等多种形式,大力汇聚人才智力资源' }];

async function sse(res: Response) {
  const blocks = (await res.text()).split('\n\n').filter((b) => b.trim());
  const list = blocks.map((b) => ({
    event: /^event: (.*)$/m.exec(b)?.[1] ?? '',
    data: JSON.parse(/^data: (.*)$/m.exec(b)?.[1] ?? 'null') as Record<string, unknown>,
  }));
  return {
    shown: list
      .filter((e) => e.event === 'delta')
      .map((e) => e.data['text'] as string)
      .join(''),
    final: list.at(-1),
  };
}

const streamChat = (app: ReturnType<typeof createApp>) =>
  app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message: QUESTION, stream: true }),
  });

describe('verified streaming', () => {
  it('shows the true sentence, never the lying one (第99条, 捌拾捌万元), and the final answer keeps what was shown', async () => {
    const lie = `${TRUE_SENTENCE}另外根据第99条，每人可获得捌拾捌万元补贴。`;
    mockLlm(() => streamed(output(lie, QUOTE), 4));
    const { shown, final } = await sse(await streamChat(createApp(openaiDeps(2000))));
    expect(shown.startsWith(TRUE_SENTENCE)).toBe(true);
    expect(shown).not.toContain('捌拾捌万');
    expect(shown).not.toContain('第99条');
    expect(final?.event).toBe('answer');
    const answer = final?.data['answer'] as string;
    expect(answer.startsWith(TRUE_SENTENCE)).toBe(true);
    expect(answer).not.toContain('捌拾捌万');
    expect(answer).toBe(shown);
    expect(final?.data).toMatchObject({ degraded: true });
  });

  it('streams a link-bearing sentence to nobody', async () => {
    mockLlm(() => streamed(output(`${TRUE_SENTENCE}申请请访问 https://evil.example/apply 填表。`, QUOTE), 5));
    const { shown, final } = await sse(await streamChat(createApp(openaiDeps(2000))));
    expect(shown).not.toContain('evil');
    expect(final?.data['answer']).not.toContain('evil');
  });

  it('releases sentences only when complete and stops at the first refused one', () => {
    const out: string[] = [];
    const s = verifiedSentenceStream(
      (t) => !t.includes('88'),
      (t) => out.push(t),
    );
    s.update('第一句。第二');
    expect(out).toEqual(['第一句。']);
    s.update('第一句。第二句有88万。第三句。');
    expect(s.blocked).toBe(true);
    expect(s.finish('第一句。第二句有88万。第三句。')).toBe('第一句。');
  });
});

describe('a client that goes away', () => {
  it.each([[false], [true]])('aborts its model call (stream: %s)', async (stream) => {
    let aborted = false;
    server.use(
      http.post(LLM_URL, async ({ request }) => {
        request.signal.addEventListener('abort', () => (aborted = true));
        await delay(5000);
        return HttpResponse.json({});
      }),
    );
    const client = new AbortController();
    const app = createApp(openaiDeps(10_000));
    const pending = app.request(
      new Request('http://localhost/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: QUESTION, stream }),
        signal: client.signal,
      }),
    );
    await delay(150);
    const started = performance.now();
    client.abort();
    await Promise.resolve(pending).catch(() => undefined);
    expect(aborted).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
