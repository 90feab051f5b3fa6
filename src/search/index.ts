// Clause and sentence retrieval over the packed indexes (src/search/compact.ts, built by `npm run corpus` from
// MiniSearch's, src/search/build.ts): rank, add a clause's best sentence to its score, and refuse weak matches.
import type { Clause, Passage } from '../corpus/schema';
import type { Corpus } from '../corpus/load';
import { loadLanguage } from '../corpus/vocabulary';
import type { Question } from '../understand/question';
import type { Reader } from '../understand/read';
import { loadCompact, type PackedIndex, type Ranked, type Weights } from './compact';
import { tokenizeText } from './tokenize';

/** One ranked clause, as served by GET /api/search. */
export interface ClauseHit {
  id: string;
  label: string;
  score: number;
  snippet: string;
}

/** The serialized indexes (corpus/<id>/index.json is one of these). */
export interface SerializedIndex {
  version: number;
  clauses: PackedIndex;
  passages: PackedIndex;
}

/** Version 2 is the packed format (1 was MiniSearch's own JSON). */
export const INDEX_VERSION = 2;

/**
 * Ranking weights, chosen by sweeping them on test/golden (see README "How it works"): whole domain terms count
 * more than bigrams, terms the glossary adds count less than the user's own words, and a clause's best sentence
 * adds to the clause's own score.
 */
export interface SearchTuning {
  domainTermBoost: number;
  expandedBoost: number;
  /** The last turn's topic in a follow-up: below the message's own and glossed words, so it only breaks their ties. */
  carriedBoost: number;
  passageWeight: number;
  titleBoost: number;
  aliasBoost: number;
  /** Weight of words that name who asks (博士, 企业) rather than what about. */
  subjectBoost: number;
  /** A query whose best clause scores below this retrieves nothing. */
  scoreFloor: number;
}

const DEFAULT_TUNING: SearchTuning = {
  domainTermBoost: 1,
  expandedBoost: 0.3,
  carriedBoost: 0.15,
  passageWeight: 0.6,
  titleBoost: 1,
  aliasBoost: 3,
  subjectBoost: 0.3,
  scoreFloor: 6,
};

/** A clause as the clause index sees it (src/search/build.ts indexes these fields). */
export type ClauseDoc = Pick<Clause, 'id' | 'label' | 'title' | 'text'> & { departments: string; aliases: string };

/** A question as the pipeline has read it, or raw text (GET /api/search, evaluation), which the search reads itself. */
type Query = string | Question;

/** The search engine the pipeline uses. */
export interface Search {
  /**
   * Clauses ranked for the question; empty when nothing clears the score floor, or when the question is about another
   * place or an uncovered topic (a detail the text does not give still finds the clause nearest to it).
   */
  clauses(query: Query, limit?: number): ClauseHit[];
  /** The passages of one clause that best answer the question, best first. */
  passages(query: Query, clauseId: string, limit?: number): Passage[];
}

let subjectTerms: Set<string> | undefined;

function termBoost(query: Question['terms'], tuning: SearchTuning) {
  subjectTerms ??= new Set(loadLanguage().vocabulary.subjectWords.flatMap((w) => tokenizeText(w)));
  const SUBJECT_TERMS = subjectTerms;
  const own = new Set(query.own);
  const expanded = new Set(query.expanded);
  // The carried topic weighs as much in all as two of its terms would: a long topic does not outweigh the new words.
  const carried = tuning.carriedBoost * Math.min(1, 2 / Math.max(1, query.carried?.length ?? 0));
  return (term: string): number => {
    const base = term.length > 2 ? tuning.domainTermBoost : 1;
    if (!own.has(term)) return base * (expanded.has(term) ? tuning.expandedBoost : carried);
    const subject = SUBJECT_TERMS.has(term) ? tuning.subjectBoost : 1;
    return base * subject;
  };
}

/**
 * A question's terms as the indexes are queried with them, and how much each term and field weighs.
 * @example queryOf(reader.understand('博士补贴')) // { terms: ['博士', '补贴', …], weights: { term, field } }
 */
export function queryOf(q: Question, tuning: SearchTuning = DEFAULT_TUNING): { terms: string[]; weights: Weights } {
  const a = q.terms;
  // Joined and split on spaces, as MiniSearch read its query string: a term holding a space is its words.
  const terms = [...new Set([...a.own, ...a.expanded, ...(a.carried ?? [])])]
    .join(' ')
    .split(' ')
    .filter((t) => t !== '');
  return {
    terms,
    weights: { term: termBoost(a, tuning), field: { title: tuning.titleBoost, aliases: tuning.aliasBoost, departments: 0.5 } },
  };
}

/**
 * Loads the prebuilt packed indexes (a base64 decode and typed arrays, no tree to rebuild, so a cold Worker starts fast).
 * @example const search = loadSearch(loadCorpus(), indexJson, reader); search.clauses('博士后工作站有什么资助')
 */
export function loadSearch(corpus: Corpus, serialized: SerializedIndex, reader: Reader, tuning: SearchTuning = DEFAULT_TUNING): Search {
  if (serialized.version !== INDEX_VERSION)
    throw new Error(`search index version ${serialized.version}, expected ${INDEX_VERSION}: run npm run corpus`);
  const clauseIndex = loadCompact(serialized.clauses);
  const passageIndex = loadCompact(serialized.passages);
  const passageById = new Map(corpus.passages.map((p) => [p.id, p]));
  const read = (q: Query): Question => (typeof q === 'string' ? reader.understand(q) : q);

  type Results = { passages: Ranked[]; clauses: Ranked[]; bestPassage: Map<string, Ranked> };
  // The pipeline asks for clauses (several times) and for passages of the same question: remember the last one's results.
  let last: { q: Question; ranked: Results } | undefined;

  function rank(q: Question): Results {
    if (last?.q === q) return last.ranked;
    const { terms, weights } = queryOf(q, tuning);
    const clauseResults = clauseIndex.search(terms, weights);
    const passages = passageIndex.search(terms, weights);
    const clauseScores = new Map(clauseResults.map((r) => [r.id, r.score]));
    // Passage results come best first, so the first one seen for a clause is its best sentence.
    const bestPassage = new Map<string, Ranked>();
    for (const r of passages) {
      const clauseId = passageById.get(r.id)?.clauseId;
      if (clauseId !== undefined && !bestPassage.has(clauseId)) bestPassage.set(clauseId, r);
    }
    const ids = new Set([...clauseScores.keys(), ...bestPassage.keys()]);
    const clauses = [...ids]
      .map((id) => ({ id, score: (clauseScores.get(id) ?? 0) + tuning.passageWeight * (bestPassage.get(id)?.score ?? 0) }))
      .sort((a, b) => b.score - a.score);
    const ranked = { passages, clauses, bestPassage };
    last = { q, ranked };
    return ranked;
  }

  return {
    clauses(query, limit = 5) {
      const q = read(query);
      const refs = q.clauseRefs;
      if (refs.length === 0 && !q.scope.inScope && q.scope.reason !== 'detail_not_in_text') return [];
      const { clauses: ranked, bestPassage } = rank(q);
      if (refs.length === 0 && (!ranked[0] || ranked[0].score < tuning.scoreFloor)) return [];
      // A part named by number comes first, whatever the words around it score.
      const top = ranked[0]?.score ?? 0;
      const named = refs.map((id: string, i: number) => ({ id, score: top + tuning.scoreFloor * (refs.length - i) }));
      return [...named, ...ranked.filter((r) => !refs.includes(r.id))].slice(0, limit).map(({ id, score }) => {
        const clause = corpus.byId.get(id);
        const best = passageById.get(bestPassage.get(id)?.id ?? '');
        return {
          id,
          label: clause?.label ?? id,
          score: Math.round(score * 100) / 100,
          snippet: best?.text ?? clause?.text.slice(0, 80) ?? '',
        };
      });
    },
    passages(query, clauseId, limit = 3) {
      return rank(read(query))
        .passages.map((r) => passageById.get(r.id))
        .filter((p): p is Passage => p?.clauseId === clauseId)
        .slice(0, limit);
    },
  };
}
