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

  // An answer that cites nothing would pass "at most three" too: each must cite its clause first, with one to three
  // quotes, each verbatim in its clause and shown in the answer.
  it.each([
    ['高层次人才有哪些待遇', '10'],
    ['事业单位招聘有什么改革', '1'],
    ['What support is there for returnees?', '13'],
  ])('keeps %s short enough for a phone: 1–3 verbatim quotes, 第%s条 first', async (message, clause) => {
    const a = await answer(deps, { message });
    expect(a.citations[0]?.id).toBe(clause);
    expect(a.citations.length).toBeGreaterThanOrEqual(1);
    expect(a.citations.length).toBeLessThanOrEqual(3);
    for (const c of a.citations) {
      expect(deps.corpus.byId.get(c.id)?.text).toContain(c.quote);
      expect(a.answer).toContain(c.quote);
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
