// Retrieval as a user meets it: the right clause first, nothing for what the document does not cover.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { loadBundledSearch } from '../../src/search/load';
import { buildIndex } from '../../src/search/build';
import committedIndex from '../../corpus/index.json';
import { loadGolden, scoreSet } from '../golden/metrics';

const corpus = loadCorpus();
const search = loadBundledSearch(corpus);
const top = (q: string) => search.clauses(q, 3).map((h) => h.id);

describe('search', () => {
  it.each([
    ['博士后工作站有什么资助', '11'],
    ['我老家石嘴山的，在读博士，签预引进协议能拿多少', '12'],
    ['回老家开公司有补贴吗', '13'],
    ['国家级技能大师工作室', '6'],
    ['在职读研学费能报销吗', '16'],
    ['人才公寓怎么申请', '19'],
    ['孩子上学有照顾吗', '21'],
    ['How much is the postdoc workstation subsidy?', '11'],
    ['Who is in charge of talent housing?', '19'],
    ['第六条原文怎么说', '6'],
    ['文号是多少', 'notice'],
    ['到2025年人才总量目标', 'g2'],
    ['两个补贴能同时拿吗', 'final'],
  ])('ranks %s → %s', (q, id) => {
    expect(top(q)[0]).toBe(id);
  });

  it.each(['你好', '今天天气怎么样', '公积金怎么提取', '石嘴山落户条件是什么', 'What is the capital of France?', '讲个笑话'])(
    'retrieves nothing for %s',
    (q) => {
      expect(search.clauses(q)).toEqual([]);
    },
  );

  it('serves a snippet that is a verbatim sentence of the clause', () => {
    const [hit] = search.clauses('博士后科研工作站资助标准');
    expect(hit?.id).toBe('11');
    expect(corpus.byId.get('11')?.text).toContain(hit?.snippet);
    expect(hit?.snippet).toContain('30 万元');
  });

  it('loads the committed index, which matches a fresh build (run npm run corpus after changing the tokenizer)', () => {
    expect(JSON.parse(JSON.stringify(buildIndex(corpus)))).toEqual(committedIndex);
  });
});

describe('golden set (test/golden/lookup.json)', () => {
  const result = scoreSet(loadGolden('lookup.json'), (q) => search.clauses(q, 5).map((h) => h.id));

  it('puts the expected clause first for at least 95% of questions', () => {
    expect(result.all.top1, JSON.stringify(result.misses.slice(0, 15), null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('has the expected clause in the top 3 for at least 99% of questions', () => {
    expect(result.all.top3).toBeGreaterThanOrEqual(0.99);
  });
});
