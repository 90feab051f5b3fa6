// The packed index ranks exactly as MiniSearch did: the same documents, in the same order, with the same scores (the
// same doubles, since both add BM25+ in the same order), on every golden lookup and held-out question.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { loadRules } from '../../src/rules/load';
import { buildMiniSearch } from '../../src/search/build';
import { loadCompact } from '../../src/search/compact';
import { queryOf, type SerializedIndex } from '../../src/search/index';
import { loadBundledReader } from '../../src/search/load';
import committed from '../../corpus/index.json';
import { loadGolden } from '../golden/metrics';

const corpus = loadCorpus();
const reader = loadBundledReader(corpus, loadRules());
const index = committed as SerializedIndex;
const minisearch = buildMiniSearch(corpus);
const packed = { clauses: loadCompact(index.clauses), passages: loadCompact(index.passages) };

/** MiniSearch's own ranking of the query the pipeline makes of a question (as src/search ran it before the packed index). */
function miniSearchRanking(engine: Pick<MiniSearch, 'search'>, q: string) {
  const { terms, weights } = queryOf(reader.understand(q));
  const text = terms.join(' ');
  if (!text) return [];
  return engine
    .search(text, { tokenize: (s) => s.split(' '), processTerm: (t) => t, boostTerm: weights.term, boost: weights.field })
    .map((r) => ({ id: String(r.id), score: r.score }));
}

const questions = [...loadGolden('lookup.json'), ...loadGolden('heldout.json')].map((g) => g.q);

describe('the packed index', () => {
  it.each(['clauses', 'passages'] as const)('ranks %s exactly as MiniSearch.search on every lookup and held-out question', (which) => {
    let compared = 0;
    for (const q of questions) {
      const { terms, weights } = queryOf(reader.understand(q));
      expect(packed[which].search(terms, weights), q).toEqual(miniSearchRanking(minisearch[which], q));
      compared++;
    }
    expect(compared).toBe(questions.length);
    expect(compared).toBeGreaterThan(500);
  });

  it('counts a term given twice once among the terms matched, as MiniSearch does', () => {
    const weights = { term: () => 1, field: {} };
    const once = packed.clauses.search(['博士'], weights);
    const twice = packed.clauses.search(['博士', '博士'], weights);
    const engine = minisearch.clauses;
    const reference = engine
      .search('博士 博士', { tokenize: (s) => s.split(' '), processTerm: (t) => t })
      .map((r) => ({ id: String(r.id), score: r.score }));
    expect(twice).toEqual(reference);
    expect(twice[0]?.score).toBeCloseTo(2 * once[0]!.score, 9);
  });

  it('finds nothing for a term the corpus never uses', () => {
    expect(packed.clauses.search(['量子'], { term: () => 1, field: {} })).toEqual([]);
  });
});
