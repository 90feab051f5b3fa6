// The search index as the runtime holds it: MiniSearch's postings (built by `npm run corpus`, src/search/build.ts)
// packed into flat typed arrays, scored with MiniSearch's own BM25+. Loading is one base64 decode and one string split,
// where MiniSearch.loadJS rebuilt a radix tree and a Map per term (30 ms in a cold Worker); retrieval only ever looks
// terms up exactly, so a sorted term list and a binary search are all the tree it needs.

/** One packed index, as corpus/index.json stores it (text, so every bundler imports it as JSON). */
export interface PackedIndex {
  documentCount: number;
  /** Document id by MiniSearch's short id (0 … n-1). */
  ids: string[];
  /** Field names in MiniSearch's field order (its field ids). */
  fields: string[];
  averageFieldLength: number[];
  /** Every indexed term, sorted by UTF-16 code units, joined by "\n". */
  terms: string;
  /** Base64 of unsigned LEB128 varints: three streams (see `decode`), their byte lengths first. */
  postings: string;
}

/** A ranked document: its id and MiniSearch's score (BM25+ summed over terms and fields, times the terms matched). */
interface Ranked {
  id: string;
  score: number;
}

/** What a query weighs: each term (MiniSearch's boostTerm) and each field (its boost; absent or 0 counts as 1, as there). */
export interface Weights {
  term: (term: string) => number;
  field: Readonly<Record<string, number>>;
}

/**
 * One query's scores, without an object per document: the matched documents in the order they were first matched (the
 * tie-break MiniSearch's result Map gives) and each one's score. Views of the index's scratch memory, valid until its
 * next query.
 */
interface Scored {
  /** Matched document numbers (0 … documentCount-1), first matched first. */
  matched: Int32Array;
  /** Score by document number (only the matched documents' entries are this query's). */
  score: Float64Array;
}

export interface CompactIndex {
  /** Document ids by document number. */
  ids: readonly string[];
  /**
   * The same scores as `search`, unsorted and without objects, for a caller that keeps only the best few of many
   * (at 10,000 clauses, sorting every match and making an object for each took most of a query's time).
   */
  score(terms: readonly string[], weights: Weights): Scored;
  /**
   * Documents matching any of `terms`, best first; ties keep MiniSearch's order (first matched first).
   * @example index.search(['博士', '补贴'], { term: () => 1, field: { title: 2 } }) // [{ id: '11', score: 12.3 }, …]
   */
  search(terms: readonly string[], weights: Weights): Ranked[];
}

// MiniSearch's default BM25+ parameters (k: term-frequency saturation, b: length normalisation, d: BM25+'s floor).
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** MiniSearch's calcBM25Score, written the same way so every score is the same double (the IDF computed once per field). */
function bm25(invDocFreq: number, termFreq: number, fieldLength: number, avgFieldLength: number): number {
  return invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength)));
}

function idf(matchingCount: number, totalCount: number): number {
  return Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
}

/**
 * The three varint streams: `shape` (per document its field lengths; per term its number of fields, and per field
 * the field id and the number of documents), `docs` (document ids, each field's first absolute, then gaps) and
 * `freqs` (term frequencies). Apart, mostly-1 frequencies and small gaps each compress well.
 */
function decode(p: PackedIndex, termCount: number) {
  const bytes = atob(p.postings);
  // Every varint is at least one byte, so one array as long as the bytes holds all three streams: each stream is a view
  // of it (no number[] grown value by value, then copied; a cold isolate decoded the index in about 8 ms that way).
  const values = new Uint32Array(bytes.length);
  let filled = 0;
  const varints = (from: number, to: number): Uint32Array => {
    const start = filled;
    let value = 0;
    let shift = 0;
    for (let i = from; i < to; i++) {
      const byte = bytes.charCodeAt(i);
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        values[filled++] = value;
        value = 0;
        shift = 0;
      } else shift += 7;
    }
    return values.subarray(start, filled);
  };
  // The header: the byte lengths of `shape` and `docs`, two varints before them.
  let at = 0;
  while (bytes.charCodeAt(at++) >= 0x80);
  while (bytes.charCodeAt(at++) >= 0x80);
  const [shapeLength = 0, docsLength = 0] = varints(0, at);
  const shape = varints(at, at + shapeLength);
  const gaps = varints(at + shapeLength, at + shapeLength + docsLength);
  const freqs = varints(at + shapeLength + docsLength, bytes.length);
  const fieldLength = shape.subarray(0, p.documentCount * p.fields.length);
  let next = fieldLength.length;
  const termStart = new Uint32Array(termCount + 1);
  // Each segment (one term in one field) takes two values of `shape`: at most half of what follows the field lengths.
  const maxSegments = (shape.length - next) >> 1;
  const segField = new Uint8Array(maxSegments);
  const segStart = new Uint32Array(maxSegments + 1);
  let segments = 0;
  const docs = new Uint32Array(gaps.length);
  let posting = 0;
  for (let t = 0; t < termCount; t++) {
    termStart[t] = segments;
    const count = shape[next++]!;
    for (let s = 0; s < count; s++) {
      segField[segments] = shape[next++]!;
      const docCount = shape[next++]!;
      let doc = 0;
      for (let i = 0; i < docCount; i++, posting++) docs[posting] = doc = i === 0 ? gaps[posting]! : doc + gaps[posting]!;
      segStart[++segments] = posting;
    }
  }
  termStart[termCount] = segments;
  return { fieldLength, termStart, segField: segField.subarray(0, segments), segStart: segStart.subarray(0, segments + 1), docs, freqs };
}

/** Loads a packed index. */
export function loadCompact(p: PackedIndex): CompactIndex {
  const terms = p.terms === '' ? [] : p.terms.split('\n');
  const { fieldLength, termStart, segField, segStart, docs, freqs } = decode(p, terms.length);
  const n = p.documentCount;
  const fieldCount = p.fields.length;
  // Per-query scratch, reused: search is synchronous, so one query never sees another's.
  const termScore = new Float64Array(n);
  const termStamp = new Int32Array(n);
  const total = new Float64Array(n);
  const quality = new Int32Array(n);
  const seen = new Int32Array(n);
  const order = new Int32Array(n);
  const touched = new Int32Array(n);
  const finalScore = new Float64Array(n);
  let stamp = 0;
  let query = 0;

  const find = (term: string): number => {
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = terms[mid]!;
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  function score(queryTerms: readonly string[], weights: Weights): Scored {
    query++;
    const fieldBoost = p.fields.map((f) => (Object.hasOwn(weights.field, f) && weights.field[f]) || 1);
    let matched = 0;
    const done = new Set<string>();
    for (const term of queryTerms) {
      const termBoost = weights.term(term);
      const k = find(term);
      // A term given twice adds its score twice but counts once among the terms matched, as in MiniSearch.
      const repeated = done.has(term);
      done.add(term);
      if (k < 0) continue;
      stamp++;
      let touchedCount = 0;
      for (let s = termStart[k]!; s < termStart[k + 1]!; s++) {
        const f = segField[s]!;
        const boost = termBoost * fieldBoost[f]!;
        const from = segStart[s]!;
        const to = segStart[s + 1]!;
        const avg = p.averageFieldLength[f]!;
        const invDocFreq = idf(to - from, n);
        for (let i = from; i < to; i++) {
          const d = docs[i]!;
          const w = boost * bm25(invDocFreq, freqs[i]!, fieldLength[d * fieldCount + f]!, avg);
          if (termStamp[d] === stamp) termScore[d] = termScore[d]! + w;
          else {
            termStamp[d] = stamp;
            termScore[d] = w;
            touched[touchedCount++] = d;
          }
        }
      }
      // Summed per term first, then across terms: the order MiniSearch adds in, so the doubles agree.
      for (let i = 0; i < touchedCount; i++) {
        const d = touched[i]!;
        if (seen[d] === query) {
          total[d] = total[d]! + termScore[d]!;
          if (!repeated) quality[d]!++;
        } else {
          seen[d] = query;
          total[d] = termScore[d]!;
          quality[d] = 1;
          order[matched++] = d;
        }
      }
    }
    for (let i = 0; i < matched; i++) {
      const d = order[i]!;
      finalScore[d] = total[d]! * quality[d]!;
    }
    return { matched: order.subarray(0, matched), score: finalScore };
  }

  return {
    ids: p.ids,
    score,
    search(queryTerms, weights) {
      const { matched, score: s } = score(queryTerms, weights);
      // Array.prototype.sort is stable: equal scores keep the order MiniSearch's result Map has.
      return Array.from(matched, (d) => ({ id: p.ids[d]!, score: s[d]! })).sort((a, b) => b.score - a.score);
    },
  };
}
