// Retrieval inside workerd equals retrieval on Node: Intl.Segmenter's Chinese word breaks (used to drop filler words)
// come from the runtime's ICU data, so the golden-set threshold is asserted here too.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { loadBundledSearch } from '../../src/search/load';
import { contentChunks } from '../../src/understand/terms';
import lookup from '../golden/lookup.json';

const search = loadBundledSearch(loadCorpus());

describe('retrieval in workerd', () => {
  it('segments a question as Node does: filler words dropped whole', () => {
    expect(contentChunks('请问博士的补贴是多少')).toEqual([['博士'], ['补贴']]);
  });

  it('puts the expected clause first for at least 95% of test/golden/lookup.json', () => {
    const questions = lookup as { q: string; expect: string[] }[];
    const right = questions.filter((g) => {
      const top = search.clauses(g.q, 1)[0]?.id;
      return g.expect.length === 0 ? top === undefined : top !== undefined && g.expect.includes(top);
    });
    expect(right.length / questions.length).toBeGreaterThanOrEqual(0.95);
  });
});
