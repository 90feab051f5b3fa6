// The offline answer a user reads: the substance of the clause, verbatim, with its citation and lead department.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/pipeline';
import { testDeps } from '../support/deps';

const deps = testDeps();

describe('extractive answers', () => {
  it('quotes the substance of 第19条, not its bare heading 加大人才住房保障力度。', async () => {
    const a = await answer(deps, { message: 'What does the policy say about housing for graduates?' });
    expect(a.citations[0]?.id).toBe('19');
    expect(a.citations.map((c) => c.quote)).not.toContain('加大人才住房保障力度。');
    expect(a.answer).toContain('共有产权房、人才公寓、公租住房');
    expect(a.answer).toContain('Lead department: 市住建局.');
  });

  it('keeps answers short enough for a phone: at most three quotes', async () => {
    for (const message of ['高层次人才有哪些待遇', '事业单位招聘有什么改革', 'What support is there for returnees?']) {
      const a = await answer(deps, { message });
      expect(a.citations.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('English money questions', () => {
  it('reads "doing a full-time PhD" as still studying and answers 20,000 yuan outright', async () => {
    const a = await answer(deps, {
      message: "I'm from Shizuishan, doing a full-time PhD, and I signed a pre-introduction agreement. How much do I get?",
    });
    expect(a.source).toBe('rules');
    expect(a.clarify).toBeUndefined();
    expect(a.amounts[0]).toMatchObject({ ruleId: 'r12-pre-introduction', min: 20000, max: 20000, eligible: true });
    expect(a.answer).toContain('20,000 yuan (2万元)');
  });
});
