// The workers-ai provider through a fake `AI` binding: the same verified answers and the same fallbacks.
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config';
import { createModel } from '../../src/llm/model';
import type { AiBinding } from '../../src/llm/workers-ai';
import { testDeps } from '../support/deps';
import { ask, expectVerbatim, output, TEST_TIMEOUT_MS } from './support';

const QUESTION = '柔性引才有哪些方式？';
const GOOD = { answer: '柔性引才可以通过项目合作、客座教授等形式【第11条】。', citations: [{ id: '11', quote: '通过项目合作、客座教授' }] };

function aiDeps(run: AiBinding['run']) {
  const ai = { run: vi.fn(run) };
  const model = createModel(
    loadConfig({ LLM_PROVIDER: 'workers-ai', LLM_MODEL: '@cf/qwen/qwen2.5-coder-32b-instruct', LLM_TIMEOUT_MS: String(TEST_TIMEOUT_MS) }),
    { ai },
  );
  return { ai, deps: testDeps({ model, provider: 'workers-ai' }) };
}

describe('the workers-ai provider', () => {
  it('serves a verified answer from a JSON string response, calling AI.run with the configured model and messages', async () => {
    const { ai, deps } = aiDeps(async () => ({ response: output(GOOD.answer, GOOD.citations) }));
    const { body } = await ask(deps, QUESTION);
    expect(body.source).toBe('llm');
    expectVerbatim(deps, body);
    expect(ai.run.mock.calls[0]?.[0]).toBe('@cf/qwen/qwen2.5-coder-32b-instruct');
    expect(ai.run.mock.calls[0]?.[1].messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('accepts a response already parsed into an object (JSON-mode models)', async () => {
    const { deps } = aiDeps(async () => ({ response: GOOD }));
    expect((await ask(deps, QUESTION)).body.source).toBe('llm');
  });

  const faults: [string, AiBinding['run']][] = [
    ['never resolves', () => new Promise(() => {})],
    ['throws a capacity error', async () => Promise.reject(new Error('3040: Capacity temporarily exceeded'))],
    ['returns an empty response', async () => ({ response: '' })],
    ['returns an unexpected shape', async () => ({ result: 42 })],
    [
      'invents an amount',
      async () => ({ response: output('柔性引进人才可获50万元【第11条】。', [{ id: '11', quote: '对柔性引进人才' }]) }),
    ],
  ];
  for (const [fault, run] of faults) {
    it(`falls back to the cited extractive answer when the binding ${fault}`, async () => {
      const { deps } = aiDeps(run);
      const { status, body, ms } = await ask(deps, QUESTION);
      expect(status).toBe(200);
      expect(body).toMatchObject({ source: 'extractive', degraded: true });
      expect(body.citations[0]?.id).toBe('11');
      expectVerbatim(deps, body);
      expect(ms).toBeLessThan(TEST_TIMEOUT_MS + 1000);
    });
  }
});
