// MiniSearch over clauses and over sentence passages: build ahead of time, load in any runtime, rank, and refuse weak matches.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Clause, Passage } from '../corpus/schema';
import type { Corpus } from '../corpus/load';
import { loadLanguage } from '../corpus/vocabulary';
import type { Question } from '../understand/question';
import type { Reader } from '../understand/read';
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
  clauses: unknown;
  passages: unknown;
}

const INDEX_VERSION = 1;

/**
 * Ranking weights, chosen by sweeping them on test/golden (see README "How it works"): whole domain terms count
 * more than bigrams, terms the glossary adds count less than the user's own words, and a clause's best sentence
 * adds to the clause's own score.
 */
export interface SearchTuning {
  domainTermBoost: number;
  expandedBoost: number;
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
  passageWeight: 0.6,
  titleBoost: 1,
  aliasBoost: 3,
  subjectBoost: 0.3,
  scoreFloor: 6,
};

type ClauseDoc = Pick<Clause, 'id' | 'label' | 'title' | 'text'> & { departments: string; aliases: string };

const clauseOptions: Options<ClauseDoc> = {
  fields: ['title', 'text', 'aliases', 'departments'],
  storeFields: [],
  tokenize: tokenizeText,
  processTerm: (t) => t,
};

const passageOptions: Options<Passage> = {
  fields: ['text'],
  storeFields: ['clauseId'],
  tokenize: tokenizeText,
  processTerm: (t) => t,
};

/** Builds both indexes from the corpus (done by `npm run corpus`, not at request time). */
export function buildIndex(corpus: Corpus): SerializedIndex {
  const clauses = new MiniSearch<ClauseDoc>(clauseOptions);
  clauses.addAll(
    corpus.clauses.map((c) => ({
      id: c.id,
      label: c.label,
      title: c.title,
      text: c.text,
      aliases: corpus.aliases.get(c.id) ?? '',
      departments: [...c.lead, ...c.cooperate].join('、'),
    })),
  );
  const passages = new MiniSearch<Passage>(passageOptions);
  passages.addAll(corpus.passages);
  return { version: INDEX_VERSION, clauses: clauses.toJSON(), passages: passages.toJSON() };
}

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
  return (term: string): number => {
    const base = term.length > 2 ? tuning.domainTermBoost : 1;
    if (!own.has(term)) return base * tuning.expandedBoost;
    const subject = SUBJECT_TERMS.has(term) ? tuning.subjectBoost : 1;
    return base * subject;
  };
}

/**
 * Loads the prebuilt indexes (MiniSearch.loadJS, the object form of loadJSON) so a cold Worker does not rebuild them.
 * @example const search = loadSearch(loadCorpus(), indexJson); search.clauses('博士后工作站有什么资助')
 */
export function loadSearch(corpus: Corpus, serialized: SerializedIndex, reader: Reader, tuning: SearchTuning = DEFAULT_TUNING): Search {
  if (serialized.version !== INDEX_VERSION)
    throw new Error(`search index version ${serialized.version}, expected ${INDEX_VERSION}: run npm run corpus`);
  const clauseIndex = MiniSearch.loadJS<ClauseDoc>(serialized.clauses as Parameters<typeof MiniSearch.loadJS>[0], clauseOptions);
  const passageIndex = MiniSearch.loadJS<Passage>(serialized.passages as Parameters<typeof MiniSearch.loadJS>[0], passageOptions);
  const passageById = new Map(corpus.passages.map((p) => [p.id, p]));
  const read = (q: Query): Question => (typeof q === 'string' ? reader.understand(q) : q);

  type Ranked = { clauses: SearchResult[]; passages: SearchResult[] };
  // The pipeline asks for clauses, then for passages of the same question: remember the last question's results.
  let last: { q: Question; ranked: Ranked } | undefined;

  function rank(q: Question): Ranked {
    if (last?.q === q) return last.ranked;
    const a = q.terms;
    const text = [...new Set([...a.own, ...a.expanded])].join(' ');
    const options = {
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      boostTerm: termBoost(a, tuning),
      boost: { title: tuning.titleBoost, aliases: tuning.aliasBoost, departments: 0.5 },
    };
    const ranked = text
      ? { clauses: clauseIndex.search(text, options), passages: passageIndex.search(text, options) }
      : { clauses: [], passages: [] };
    last = { q, ranked };
    return ranked;
  }

  return {
    clauses(query, limit = 5) {
      const q = read(query);
      const refs = q.clauseRefs;
      if (refs.length === 0 && !q.scope.inScope && q.scope.reason !== 'detail_not_in_text') return [];
      const { clauses: clauseResults, passages: passageResults } = rank(q);
      const clauseScores = new Map(clauseResults.map((r) => [String(r.id), r.score]));
      // Passage results come best first, so the first one seen for a clause is its best sentence.
      const bestPassage = new Map<string, SearchResult>();
      for (const r of passageResults) if (!bestPassage.has(String(r['clauseId']))) bestPassage.set(String(r['clauseId']), r);
      const ids = new Set([...clauseScores.keys(), ...bestPassage.keys()]);
      const ranked = [...ids]
        .map((id) => ({ id, score: (clauseScores.get(id) ?? 0) + tuning.passageWeight * (bestPassage.get(id)?.score ?? 0) }))
        .sort((a, b) => b.score - a.score);
      if (refs.length === 0 && (!ranked[0] || ranked[0].score < tuning.scoreFloor)) return [];
      // A part named by number comes first, whatever the words around it score.
      const top = ranked[0]?.score ?? 0;
      const named = refs.map((id: string, i: number) => ({ id, score: top + tuning.scoreFloor * (refs.length - i) }));
      return [...named, ...ranked.filter((r) => !refs.includes(r.id))].slice(0, limit).map(({ id, score }) => {
        const clause = corpus.byId.get(id);
        const best = passageById.get(String(bestPassage.get(id)?.id));
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
        .passages.filter((r) => r['clauseId'] === clauseId)
        .slice(0, limit)
        .map((r) => passageById.get(String(r.id)))
        .filter((p): p is Passage => p !== undefined);
    },
  };
}
