// The guard alone: what passes, what is rejected and why, and how numbers are read.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { guard, type GuardContext } from '../../src/llm/guard';
import { numbersIn } from '../../src/llm/numbers';
import { verbatimSpan } from '../../src/llm/normalize';
import { output } from './support';

const ctx: GuardContext = {
  corpus: loadCorpus(),
  retrieved: new Set(['12', '13']),
  question: '博士预引进有补贴吗',
  citationsRequired: true,
};

describe('the guard', () => {
  it('accepts a cited answer whose numbers all occur in the cited clause, returning the verbatim quote', () => {
    const result = guard(
      output('签订预引进协议的石嘴山籍博士每人2万元，服务期不少于5年【第12条】。', [
        { id: '12', quote: '分别按照每人2万元、1万元、0.5万元标准' },
      ]),
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      answer: expect.any(String),
      citations: [{ id: '12', label: '第12条 实施基础人才储备计划', quote: '分别按照每人2万元、1万元、0.5万元标准' }],
    });
  });

  it('accepts 20000元 for 2万元 and 5万—20万 for 5—20万元, but not 3万元', () => {
    const quote = [{ id: '13', quote: '给予一次性5—20万元的创业补贴' }];
    expect(guard(output('回石创业补贴为5万至20万元【第13条】。', quote), ctx).ok).toBe(true);
    expect(guard(output('回石创业补贴为50000—200000元【第13条】。', quote), ctx).ok).toBe(true);
    expect(guard(output('回石创业补贴为3万元【第13条】。', quote), ctx)).toMatchObject({ ok: false, code: 'number' });
  });

  it('reads Chinese numerals too: 二十万 is not in clause 12', () => {
    expect(guard(output('博士可得二十万元【第12条】。', [{ id: '12', quote: '签订预引进协议' }]), ctx)).toMatchObject({
      ok: false,
      code: 'number',
    });
  });

  it('lets a rules result license its own numbers', () => {
    const licensed = guard(output('您可获得20000元。', []), { ...ctx, citationsRequired: false, licensed: new Set([20000]) });
    expect(licensed.ok).toBe(true);
  });

  it('rejects uncited claims and clause marks that were not cited', () => {
    expect(guard(output('可以申请。', []), ctx)).toMatchObject({ ok: false, code: 'uncited' });
    expect(guard(output('见【第13条】。', [{ id: '12', quote: '签订预引进协议' }]), ctx)).toMatchObject({ ok: false, code: 'uncited' });
  });

  it('rejects one-character quotes and output wrapped in prose', () => {
    expect(guard(output('有【第12条】。', [{ id: '12', quote: '的' }]), ctx)).toMatchObject({ ok: false, code: 'quote' });
    expect(guard('Sure! Here is the answer: 有补贴', ctx)).toMatchObject({ ok: false, code: 'not_json' });
  });

  it('accepts JSON in a markdown fence, as small local models write it', () => {
    expect(guard('```json\n' + output('有补贴【第12条】。', [{ id: '12', quote: '签订预引进协议' }]) + '\n```', ctx).ok).toBe(true);
  });
});

describe('numbers and quotes', () => {
  it('reads amounts, ranges, percentages and Chinese numerals as values', () => {
    expect(numbersIn('每人2万元、0.5万元，5—20万元，不低于80%，百分之八十，两万元，第二十五条').map((n) => n.value)).toEqual([
      20000, 5000, 50000, 200000, 80, 80, 20000, 25,
    ]);
  });

  it('finds a quote despite whitespace and full/half-width punctuation and returns the original span', () => {
    expect(verbatimSpan('按照每个 30 万元标准给予引才资助；', '按照每个30万元标准给予引才资助;')).toBe('按照每个 30 万元标准给予引才资助');
  });
});
