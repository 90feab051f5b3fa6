// A money conversation as a graduate has it: short replies fill the pending fact, a what-if changes one fact,
// and a new question is not mistaken for a reply.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/pipeline';
import { testDeps } from '../support/deps';

describe('a money conversation', () => {
  it('goes from a vague question to 2万元, then 1万元 for "那如果是硕士呢", then back to retrieval for a new question', async () => {
    const deps = testDeps();
    const ask = (message: string) => answer(deps, { message, sessionId: 'grad-1' });

    const first = await ask('预引进补贴能拿多少');
    expect(first.source).toBe('rules');
    expect(first.clarify?.fact).toBe('degree');
    expect(first.clarify?.options.map((o) => o.label)).toContain('博士：2万元（20000元）');

    let settled = first;
    for (const reply of ['博士', '是石嘴山人', '在读', '全日制', '签了']) settled = await ask(reply);
    expect(settled.clarify).toBeUndefined();
    expect(settled.amounts.find((x) => x.ruleId === 'r12-pre-introduction')).toMatchObject({
      min: 20000,
      max: 20000,
      eligible: true,
      clause: '12',
    });
    expect(settled.answer).toContain('2万元（20000元）');

    const whatIf = await ask('那如果是硕士呢');
    expect(whatIf.source).toBe('rules');
    expect(whatIf.amounts[0]).toMatchObject({ ruleId: 'r12-pre-introduction', min: 10000, max: 10000 });

    const fresh = await ask('博士能不能直接进事业单位');
    expect(fresh.source).toBe('extractive');
    expect(fresh.citations[0]?.id).toBe('1');
  });
});
