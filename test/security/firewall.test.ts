// Finding 3 and 5: the number firewall reads every numeral system, refuses numerals it cannot value, keeps a rules
// answer's sentence to the evaluator's amounts, and refuses links, addresses and markup in model output.
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { guard, type GuardContext } from '../../src/llm/guard';
import { scanNumbers } from '../../src/llm/numbers';
import { ask, completion, mockLlm, openaiDeps, output, useMockServer } from '../llm/support';

useMockServer();

const ctx: GuardContext = { corpus: loadCorpus(), retrieved: new Set(['12']), question: '博士预引进有补贴吗', citationsRequired: true };
const QUOTE = [{ id: '12', quote: '分别按照每人2万元、1万元、0.5万元标准' }];
const says = (text: string) => guard(output(`签订预引进协议的博士每人2万元【第12条】。${text}`, QUOTE), ctx);

describe('the number firewall', () => {
  it('still accepts the amounts the clause gives', () => {
    expect(says('硕士1万元。').ok).toBe(true);
    expect(says('学士0.5万元，即5000元。').ok).toBe(true);
  });

  it.each([
    ['financial numerals', '每人可获得捌拾捌万元补贴。'],
    ['ordinary Chinese numerals', '每人可获得八十八万元。'],
    ['两 and 千', '另有两千元交通费。'],
    ['English words', 'Each gets fifty thousand yuan.'],
    ['English words with a scale on digits', 'Each gets 1.5 million yuan.'],
    ['full-width digits', '每人可获得８８万元。'],
    ['circled digits', '每人可获得⑧⑧万元。'],
    ['Roman numerals (Unicode)', '每人可获得Ⅷ万元。'],
    ['Roman numerals (capitals)', '每人可获得XX万元。'],
    ['Arabic-Indic digits', '每人可获得٨٨万元。'],
    ['mathematical bold digits', '每人可获得𝟖𝟖万元。'],
    ['a percentage in words', '报销百分之九十。'],
    ['a ratio', '报销五分之三。'],
    ['成 (tenths)', '可报销七成。'],
  ])('rejects an invented amount written in %s', (_name, text) => {
    expect(says(text)).toMatchObject({ ok: false, code: 'number' });
  });

  it.each([['十十万元'], ['five twenty yuan'], ['➊万元'], ['ⅯⅯⅯⅯ万元']])('rejects a numeral it cannot value: %s', (text) => {
    expect(says(`另有${text}。`)).toMatchObject({ ok: false, code: 'number' });
  });

  it('values every numeral system alike', () => {
    const values = (t: string) => scanNumbers(t).numbers.map((n) => n.value);
    for (const t of ['捌拾捌万', '八十八万', '88万', '８８万', '⑧⑧万', '٨٨万', '𝟖𝟖万', 'eighty-eight thousand yuan']) {
      expect(values(t)[0]).toBe(t.startsWith('eighty') ? 88000 : 880000);
    }
    expect(values('不低于80%，百分之八十，五分之四，4/5，八成，eighty percent')).toEqual([80, 80, 80, 80, 80, 80]);
    expect(values('人才队伍建设陆续推进')).toEqual([]);
  });
});

describe('links and markup in model output', () => {
  it.each([
    ['a URL', '详见 https://evil.example/apply 。'],
    ['a full-width URL', '详见 ｈｔｔｐｓ：／／evil.example 。'],
    ['a bare domain', '到 szs-rencai.com 报名。'],
    ['www', '到 www.evil 报名。'],
    ['an e-mail address', '材料发至 apply@evil.cn 。'],
    ['an HTML tag', '<a href="x">点此申请</a>。'],
    ['an image tag', '<img src=x onerror=alert(1)>'],
    ['a markdown link', '[点此申请](x)。'],
  ])('rejects %s', (_name, text) => {
    expect(says(text)).toMatchObject({ ok: false, code: 'link' });
  });
});

describe('a rules answer’s extra sentence', () => {
  const DOCTOR = '我是石嘴山籍在读全日制博士，已经签了预引进协议，有多少补贴？';

  it.each([
    ['88万 in financial numerals', '每人可获得捌拾捌万元补贴【第12条】。'],
    ['another amount the clause gives for someone else', '每人可获得1万元【第12条】。'],
  ])('is dropped when it states %s', async (_name, sentence) => {
    mockLlm(() => HttpResponse.json(completion(output(sentence, [{ id: '12', quote: '一次性拨付预引进单位' }]))));
    const { body } = await ask(openaiDeps(), DOCTOR);
    expect(body.source).toBe('rules');
    expect(body.answer).toContain('2万元');
    expect(body.answer).not.toContain('捌拾捌万');
    expect(body.answer).not.toContain('可获得1万元');
  });
});
