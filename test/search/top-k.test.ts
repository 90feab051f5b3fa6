// Retrieval keeps only the few best clauses of a query (src/search/index.ts) instead of sorting every match: it must
// return exactly what the full ranking did, as a stable sort over every matched clause. Checked on a synthetic corpus of
// recombined real sentences, where equal scores are common, and on the real document.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/load';
import { buildCorpus, loadCorpus } from '../../src/corpus/load';
import { loadLanguage } from '../../src/corpus/vocabulary';
import { buildIndex } from '../../src/search/build';
import { loadCompact } from '../../src/search/compact';
import { DEFAULT_TUNING, loadSearch, queryOf } from '../../src/search/index';
import { createReader } from '../../src/understand/read';
import { syntheticCorpus } from '../bench/synthetic';
import { loadGolden } from '../golden/metrics';

const PASSAGE_WEIGHT = DEFAULT_TUNING.passageWeight;

/** The ranking as it was computed before: every match an object, a Map and a Set, one stable sort. */
function fullRanking(corpus: Corpus, index: ReturnType<typeof buildIndex>, q: Parameters<typeof queryOf>[0]) {
  const { terms, weights } = queryOf(q);
  const clauseResults = loadCompact(index.clauses).search(terms, weights);
  const passages = loadCompact(index.passages).search(terms, weights);
  const sentencesOf = (clauseId: string) => passages.filter((r) => clauseOf.get(r.id) === clauseId).map((r) => r.id);
  const clauseOf = new Map(corpus.passages.map((p) => [p.id, p.clauseId]));
  const clauseScores = new Map(clauseResults.map((r) => [r.id, r.score]));
  const best = new Map<string, { id: string; score: number }>();
  for (const r of passages) {
    const clauseId = clauseOf.get(r.id);
    if (clauseId !== undefined && !best.has(clauseId)) best.set(clauseId, r);
  }
  return [...new Set([...clauseScores.keys(), ...best.keys()])]
    .map((id) => ({
      id,
      score: (clauseScores.get(id) ?? 0) + PASSAGE_WEIGHT * (best.get(id)?.score ?? 0),
      passage: best.get(id)?.id,
      sentences: sentencesOf(id),
    }))
    .sort((a, b) => b.score - a.score);
}

function compare(corpus: Corpus, questions: string[], limit: number) {
  const index = buildIndex(corpus);
  const reader = createReader(loadLanguage(), corpus);
  // No score floor: every matched clause takes part, so the order is compared over all of them.
  const search = loadSearch(corpus, index, reader, { ...DEFAULT_TUNING, scoreFloor: 0 });
  const text = new Map(corpus.passages.map((p) => [p.id, p.text]));
  let ties = 0;
  for (const message of questions) {
    const q = reader.understand(message);
    if (q.clauseRefs.length > 0 || !q.scope.inScope) continue;
    const full = fullRanking(corpus, index, q).slice(0, limit);
    const hits = search.clauses(q, limit);
    expect(
      hits.map((h) => [h.id, h.snippet]),
      message,
    ).toEqual(full.map((r) => [r.id, text.get(r.passage ?? '') ?? corpus.byId.get(r.id)!.text.slice(0, 80)]));
    for (const r of full)
      expect(
        search.passages(q, r.id, 5).map((p) => p.id),
        message,
      ).toEqual(r.sentences.slice(0, 5));
    ties += full.filter((r, i) => i > 0 && r.score === full[i - 1]!.score).length;
  }
  return ties;
}

describe('the best few clauses', () => {
  const questions = loadGolden('lookup.json')
    .map((g) => g.q)
    .slice(0, 60);

  it('are the first ones of the full ranking on a corpus of 400 recombined clauses, equal scores included', () => {
    // Each clause twice, under two ids (and once more under another title): equal scores are common, so the order among
    // them is really tested.
    const { documents, clauses } = syntheticCorpus(200, 2);
    const twice = documents.map((document) => ({
      document,
      clauses: clauses
        .filter((c) => c.documentId === document.id)
        .flatMap((c) => [c, { ...c, id: String(Number(c.id) + 1000) }, { ...c, id: String(Number(c.id) + 2000), title: '其他' }]),
    }));
    const ties = compare(buildCorpus(twice), questions, 8);
    expect(ties).toBeGreaterThan(50);
  });

  it('are the first ones of the full ranking on the real document', () => {
    compare(loadCorpus(), questions, 29);
  });
});
