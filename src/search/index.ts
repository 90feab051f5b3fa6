// Clause and sentence retrieval over the packed indexes (src/search/compact.ts, built by `npm run corpus` from
// MiniSearch's, src/search/build.ts): rank, add a clause's best sentence to its score, and refuse weak matches.
import type { Clause, Passage } from '../corpus/schema';
import type { Corpus } from '../corpus/load';
import { loadLanguage } from '../corpus/vocabulary';
import type { Question } from '../understand/question';
import type { Reader } from '../understand/read';
import { loadCompact, type PackedIndex, type Weights } from './compact';
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

export const DEFAULT_TUNING: SearchTuning = {
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

  // Every clause either index can name gets a slot; per query, each matched slot gets its clause score and its best
  // sentence, in typed arrays, and only the few clauses asked for are ordered (at 10,000 clauses, a Map, a Set and a
  // sort over every match took most of a query's time).
  const slotIds: string[] = [];
  const slotOf = new Map<string, number>();
  const slot = (id: string): number => {
    let s = slotOf.get(id);
    if (s === undefined) slotOf.set(id, (s = slotIds.push(id) - 1));
    return s;
  };
  const clauseSlot = Int32Array.from(clauseIndex.ids, slot);
  const passageSlot = Int32Array.from(passageIndex.ids, (id) => {
    const clauseId = passageById.get(id)?.clauseId;
    return clauseId === undefined ? -1 : slot(clauseId);
  });
  const passagesOfSlot: number[][] = slotIds.map(() => []);
  for (const [d, s] of passageSlot.entries()) if (s >= 0) passagesOfSlot[s]!.push(d);
  const slots = slotIds.length;
  const slotQuery = new Int32Array(slots);
  const clauseScore = new Float64Array(slots);
  const clauseOrder = new Int32Array(slots);
  const bestScore = new Float64Array(slots);
  const bestOrder = new Int32Array(slots);
  const bestDoc = new Int32Array(slots);
  const combined = new Float64Array(slots);
  const candidates = new Int32Array(slots);
  const passageQuery = new Int32Array(passageIndex.ids.length);
  const passageOrder = new Int32Array(passageIndex.ids.length);
  let queries = 0;

  /** The order the ranking had as one stable sort (by score, then clause matches before sentence-only matches, …). */
  const before = (a: number, b: number): boolean => {
    if (combined[a] !== combined[b]) return combined[a]! > combined[b]!;
    const ac = clauseOrder[a]! >= 0;
    if (ac !== clauseOrder[b]! >= 0) return ac;
    if (ac) return clauseScore[a] !== clauseScore[b] ? clauseScore[a]! > clauseScore[b]! : clauseOrder[a]! < clauseOrder[b]!;
    return bestScore[a] !== bestScore[b] ? bestScore[a]! > bestScore[b]! : bestOrder[a]! < bestOrder[b]!;
  };

  interface Results {
    /** The best `k` clauses, best first. */
    top(k: number): { id: string; score: number; slot: number }[];
    /** A clause's matched sentences, best first. */
    passagesOf(clauseId: string, limit: number): Passage[];
    bestPassage(slot: number): Passage | undefined;
  }
  // The pipeline asks for clauses (several times) and for passages of the same question: remember the last one's results.
  let last: { q: Question; ranked: Results } | undefined;

  function rank(q: Question): Results {
    if (last?.q === q) return last.ranked;
    const query = ++queries;
    const { terms, weights } = queryOf(q, tuning);
    let count = 0;
    const clauseHits = clauseIndex.score(terms, weights);
    for (let i = 0; i < clauseHits.matched.length; i++) {
      const d = clauseHits.matched[i]!;
      const s = clauseSlot[d]!;
      if (slotQuery[s] !== query) {
        slotQuery[s] = query;
        candidates[count++] = s;
        bestOrder[s] = -1;
        bestScore[s] = 0;
      }
      clauseScore[s] = clauseHits.score[d]!;
      clauseOrder[s] = i;
    }
    const passageHits = passageIndex.score(terms, weights);
    for (let i = 0; i < passageHits.matched.length; i++) {
      const d = passageHits.matched[i]!;
      passageQuery[d] = query;
      passageOrder[d] = i;
      const s = passageSlot[d]!;
      if (s < 0) continue;
      const score = passageHits.score[d]!;
      if (slotQuery[s] !== query) {
        slotQuery[s] = query;
        candidates[count++] = s;
        clauseOrder[s] = -1;
        clauseScore[s] = 0;
        bestOrder[s] = -1;
      }
      // Matched first wins a tie, as the first of a stable sort does.
      if (bestOrder[s]! < 0 || score > bestScore[s]!) {
        bestScore[s] = score;
        bestOrder[s] = i;
        bestDoc[s] = d;
      }
    }
    for (let i = 0; i < count; i++) {
      const s = candidates[i]!;
      combined[s] = clauseScore[s]! + tuning.passageWeight * bestScore[s]!;
    }
    let sorted: number[] = [];
    const ranked: Results = {
      top(k) {
        if (sorted.length < Math.min(k, count)) {
          // The best k by insertion into a short sorted list: a few comparisons per match.
          sorted = [];
          for (let i = 0; i < count; i++) {
            const s = candidates[i]!;
            if (sorted.length === k) {
              if (!before(s, sorted[k - 1]!)) continue;
              sorted.pop();
            }
            let at = sorted.length;
            while (at > 0 && before(s, sorted[at - 1]!)) at--;
            sorted.splice(at, 0, s);
          }
        }
        return sorted.slice(0, k).map((s) => ({ id: slotIds[s]!, score: combined[s]!, slot: s }));
      },
      passagesOf(clauseId, limit) {
        const s = slotOf.get(clauseId);
        if (s === undefined) return [];
        return passagesOfSlot[s]!.filter((d) => passageQuery[d] === query)
          .sort((a, b) => passageHits.score[b]! - passageHits.score[a]! || passageOrder[a]! - passageOrder[b]!)
          .slice(0, limit)
          .flatMap((d) => passageById.get(passageIndex.ids[d]!) ?? []);
      },
      bestPassage: (s) => (slotQuery[s] === query && bestOrder[s]! >= 0 ? passageById.get(passageIndex.ids[bestDoc[s]!]!) : undefined),
    };
    last = { q, ranked };
    return ranked;
  }

  return {
    clauses(query, limit = 5) {
      const q = read(query);
      const refs = q.clauseRefs;
      if (refs.length === 0 && !q.scope.inScope && q.scope.reason !== 'detail_not_in_text') return [];
      const results = rank(q);
      const ranked = results.top(limit + refs.length);
      if (refs.length === 0 && (!ranked[0] || ranked[0].score < tuning.scoreFloor)) return [];
      // A part named by number comes first, whatever the words around it score.
      const top = ranked[0]?.score ?? 0;
      const named = refs.map((id: string, i: number) => ({
        id,
        score: top + tuning.scoreFloor * (refs.length - i),
        slot: slotOf.get(id) ?? -1,
      }));
      return [...named, ...ranked.filter((r) => !refs.includes(r.id))].slice(0, limit).map(({ id, score, slot }) => {
        const clause = corpus.byId.get(id);
        const best = slot >= 0 ? results.bestPassage(slot) : undefined;
        return {
          id,
          label: clause?.label ?? id,
          score: Math.round(score * 100) / 100,
          snippet: best?.text ?? clause?.text.slice(0, 80) ?? '',
        };
      });
    },
    passages(query, clauseId, limit = 3) {
      return rank(read(query)).passagesOf(clauseId, limit);
    },
  };
}
