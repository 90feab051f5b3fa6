// Clause retrieval over the full-text tables, for corpora too large to hold as an in-memory MiniSearch index (a Worker
// has 128 MB; 10,000 clauses take ~200 MiB there). Two stages: FTS5 picks candidates by its own BM25 over the query's
// discriminating terms (words in most clauses, like 人才, are left to the second stage), then the
// candidates and their sentences are scored here the way search/index.ts scores (BM25+, per-field boosts, per-term
// weights for glossary-added and who-asks words, a clause's best sentence adding to its score), so the ranking carries
// over from the tuned in-memory index. Memory is what one query reads; nothing grows with the corpus.
import type { ClauseHit } from '../search/index';
import type { SqlDb } from '../contract/sql';
import { CLAUSE_FIELDS, type ClauseField } from './schema';

/** One query term and how much it counts (1 for the user's own words; less for words the glossary added). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface FtsTuning {
  /** Field boosts, as search/index.ts's DEFAULT_TUNING and its departments 0.5. */
  boost: Record<ClauseField, number>;
  passageWeight: number;
  /** A query whose best clause scores below this retrieves nothing. */
  scoreFloor: number;
  /** How many FTS5 candidates are rescored. */
  candidates: number;
  /**
   * Terms in more clauses than this share (with at least `minStageTerms` kept, rarest first) are left out of the FTS5
   * candidate query, though they still count in the rescoring: a bigram like 人才 is in most clauses, and ranking every
   * clause that has it is what makes a large corpus slow.
   */
  commonShare: number;
  /** …but never below this many documents (a small corpus uses every term). */
  commonFloor: number;
  minStageTerms: number;
  /** At most this many (the rarest) terms go into the FTS5 query. */
  maxStageTerms: number;
}

const DEFAULT_FTS_TUNING: FtsTuning = {
  boost: { title: 1, body: 1, aliases: 3, departments: 0.5 },
  passageWeight: 0.6,
  scoreFloor: 6,
  candidates: 30,
  commonShare: 0.02,
  commonFloor: 200,
  minStageTerms: 3,
  maxStageTerms: 16,
};

/** The async counterpart of search/index.ts's Search for an index that lives in a database (D1 or SQLite). */
export interface FtsSearch {
  /** Clauses ranked for the query, best first; empty when nothing clears the score floor. */
  clauses(query: string, limit?: number): Promise<ClauseHit[]>;
}

// MiniSearch's BM25+ parameters, so scores (and the score floor) mean the same in both indexes.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const bm25 = (tf: number, df: number, n: number, len: number, avg: number) =>
  Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / (avg || 1))));

/** An FTS5 query matching any of the terms (each quoted, so nothing in a term is read as syntax). */
function matchExpression(terms: string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ');
}

/** How often each query term occurs in a space-separated term list (other terms are not counted). */
function counts(tokens: string, wanted: Map<string, number>): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens.split(' ')) if (wanted.has(t)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

const num = (v: unknown) => Number(v ?? 0);

interface Stats {
  clauses: number;
  passages: number;
  avg: Record<ClauseField, number>;
  avgPassage: number;
}

/**
 * Search over the tables that ./fill.ts wrote. `analyze` turns a question into weighted terms (./index.ts adapts
 * search/tokenize.ts's analyzeQuery).
 * @example const search = ftsSearch(sqliteDb(db), weightedTerms); await search.clauses('博士后工作站有什么资助', 3)
 */
export function ftsSearch(db: SqlDb, analyze: (query: string) => WeightedTerm[], tuning: FtsTuning = DEFAULT_FTS_TUNING): FtsSearch {
  let stats: Promise<Stats> | undefined;
  const loadStats = async (): Promise<Stats> => {
    const [c] = await db.all(
      'SELECT count(*) AS n, avg(title_len) AS title, avg(body_len) AS body, avg(aliases_len) AS aliases, avg(departments_len) AS departments FROM fts_clauses',
    );
    const [p] = await db.all('SELECT count(*) AS n, avg(len) AS len FROM fts_passages');
    return {
      clauses: num(c?.n),
      passages: num(p?.n),
      avg: { title: num(c?.title), body: num(c?.body), aliases: num(c?.aliases), departments: num(c?.departments) },
      avgPassage: num(p?.len),
    };
  };

  return {
    async clauses(query, limit = 5) {
      const weighted = new Map<string, number>();
      for (const { term, weight } of analyze(query)) if (term) weighted.set(term, Math.max(weight, weighted.get(term) ?? 0));
      if (weighted.size === 0) return [];
      const terms = [...weighted.keys()];
      stats ??= loadStats();
      const s = await stats;
      const marks = terms.map(() => '?').join(',');
      const termRows = await db.all(
        `SELECT term, title, body, aliases, departments, clauses, passages FROM fts_terms WHERE term IN (${marks})`,
        terms,
      );
      const df = new Map<string, number>();
      const clausesWith = new Map<string, number>();
      const passageDf = new Map<string, number>();
      for (const v of termRows) {
        const term = String(v.term);
        for (const field of CLAUSE_FIELDS) df.set(`${field}\u0000${term}`, num(v[field]));
        clausesWith.set(term, num(v.clauses));
        passageDf.set(term, num(v.passages));
      }
      // Stage 1: FTS5's BM25 over the same fields and boosts picks candidates, from the terms rare enough to discriminate.
      // The top rowids are picked first and only those joined to their rows: joined before the ORDER BY, SQLite copied
      // every matching clause's text into its sorter (7,913 rows for 发文 OR 单位 OR 市委 at 10,000 clauses: 19 ms → 4).
      const known = terms.filter((t) => (clausesWith.get(t) ?? 0) > 0).sort((a, b) => clausesWith.get(a)! - clausesWith.get(b)!);
      if (known.length === 0) return [];
      const limitDf = Math.max(tuning.commonFloor, tuning.commonShare * s.clauses);
      const stageTerms = known.filter((t, i) => i < tuning.minStageTerms || (i < tuning.maxStageTerms && clausesWith.get(t)! <= limitDf));
      const candidates = await db.all(
        `SELECT c.rowid, c.id, c.label, c.snippet, c.title, c.body, c.aliases, c.departments, c.title_len, c.body_len, c.aliases_len, c.departments_len
           FROM (SELECT rowid, bm25(fts_clause, ${CLAUSE_FIELDS.map((f) => tuning.boost[f]).join(', ')}) AS relevance
                   FROM fts_clause WHERE fts_clause MATCH ? ORDER BY relevance LIMIT ?) m
           JOIN fts_clauses c ON c.rowid = m.rowid
          ORDER BY m.relevance`,
        [matchExpression(stageTerms), tuning.candidates],
      );
      if (candidates.length === 0) return [];
      const rowids = candidates.map((c) => num(c.rowid));
      const passages = await db.all(
        `SELECT clause_rowid, text, tokens, len FROM fts_passages WHERE clause_rowid IN (${rowids.map(() => '?').join(',')})`,
        rowids,
      );

      // Stage 2: the in-memory index's scoring, on the candidates only.
      const best = new Map<number, { score: number; text: string }>();
      for (const p of passages) {
        const tf = counts(String(p.tokens), weighted);
        let score = 0;
        let matched = 0;
        for (const [term, weight] of weighted) {
          const f = tf.get(term);
          if (!f) continue;
          matched++;
          score += weight * bm25(f, passageDf.get(term) ?? 1, s.passages, num(p.len), s.avgPassage);
        }
        score *= matched;
        const rowid = num(p.clause_rowid);
        if (score > 0 && score > (best.get(rowid)?.score ?? 0)) best.set(rowid, { score, text: String(p.text) });
      }
      const ranked = candidates.map((c) => {
        const fieldCounts = CLAUSE_FIELDS.map((field) => [field, counts(String(c[field]), weighted)] as const);
        let score = 0;
        let matched = 0;
        for (const [term, weight] of weighted) {
          let termScore = 0;
          for (const [field, tf] of fieldCounts) {
            const f = tf.get(term);
            if (f)
              termScore +=
                tuning.boost[field] * bm25(f, df.get(`${field}\u0000${term}`) ?? 1, s.clauses, num(c[`${field}_len`]), s.avg[field]);
          }
          if (termScore > 0) matched++;
          score += weight * termScore;
        }
        const passage = best.get(num(c.rowid));
        return {
          id: String(c.id),
          label: String(c.label),
          score: score * matched + tuning.passageWeight * (passage?.score ?? 0),
          snippet: passage?.text ?? String(c.snippet),
        };
      });
      ranked.sort((a, b) => b.score - a.score);
      if (!ranked[0] || ranked[0].score < tuning.scoreFloor) return [];
      return ranked.slice(0, limit).map((r) => ({ ...r, score: Math.round(r.score * 100) / 100 }));
    },
  };
}
