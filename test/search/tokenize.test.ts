// The tokenizer: what a Chinese or English question becomes before it meets the index.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { loadRules } from '../../src/rules/load';
import { loadBundledReader } from '../../src/search/load';
import { tokenizeText } from '../../src/search/tokenize';
import { clauseRefs, parseNumber } from '../../src/understand/refs';
import { stem } from '../../src/understand/terms';

const reader = loadBundledReader(loadCorpus(), loadRules());
const analyzeQuery = (q: string) => reader.understand(q).terms;
const tokenizeQuery = (q: string) => [...new Set([...analyzeQuery(q).own, ...analyzeQuery(q).expanded])];

describe('tokenizeText (documents)', () => {
  it('emits every character bigram and the whole domain term', () => {
    const terms = tokenizeText('博士后科研工作站');
    expect(terms).toEqual(expect.arrayContaining(['博士', '士后', '后科', '工作', '作站', '博士后科研工作站']));
  });

  it('folds full-width characters and case, and keeps numbers as words', () => {
    expect(tokenizeText('ＡＢＣ 351人才')).toEqual(expect.arrayContaining(['abc', '351', '人才']));
  });
});

describe('a question as search terms (the reader)', () => {
  it('drops filler (请问, 多少钱, 的) so it cannot match anything', () => {
    const own = analyzeQuery('请问博士的补贴是多少钱？').own;
    expect(own).toEqual(expect.arrayContaining(['博士', '补贴']));
    expect(own).not.toContain('多少');
    expect(own).not.toContain('请问');
  });

  it('maps colloquial words to the document wording: 老家是石嘴山 → 石嘴山籍, 读研 → 硕士', () => {
    const expanded = analyzeQuery('我老家是石嘴山的，在西安读研').expanded;
    expect(expanded).toEqual(expect.arrayContaining(['石嘴山籍', '硕士']));
  });

  it('maps English to Chinese: postdoc workstation subsidy → 博士后科研工作站, 补贴', () => {
    expect(tokenizeQuery('postdoc workstation subsidies')).toEqual(expect.arrayContaining(['博士后科研工作站', '补贴']));
  });

  it('does not drop the city name from glossary matching although it is noise for ranking', () => {
    const a = analyzeQuery('石嘴山人读博士');
    expect(a.own).not.toContain('石嘴');
    expect(a.expanded).toContain('石嘴山籍');
  });

  it("stems English so word forms meet: subsidies/subsidy, recruiting/recruitment, master's/master", () => {
    expect(stem('subsidies')).toBe(stem('subsidy'));
    expect(stem('recruiting')).toBe(stem('recruitment'));
    expect(stem("master's")).toBe(stem('master'));
    expect(stem('labs')).toBe(stem('lab'));
  });
});

describe('clause references', () => {
  it('reads 第六条, 第12条, 12条, clause 6 and article 25', () => {
    const known = new Set(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(clauseRefs('第六条原文怎么说', known)).toEqual(['6']);
    expect(clauseRefs('第十二条和第 14 条', known)).toEqual(['12', '14']);
    expect(clauseRefs('12条说了什么', known)).toEqual(['12']);
    expect(clauseRefs('What does clause 6 say? And article 25?', known)).toEqual(['6', '25']);
    expect(clauseRefs('第三十条', known)).toEqual([]);
  });

  it('parses Chinese numerals up to 二十五', () => {
    expect(['六', '十', '十二', '二十', '二十五', '7'].map(parseNumber)).toEqual([6, 10, 12, 20, 25, 7]);
  });
});
