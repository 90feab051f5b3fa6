// One Aho–Corasick automaton over every phrase a reading needs: one pass over a message finds them all.
// Our own, over UTF-16 code units: modern-ahocorasick (the kept package) measured 97 µs per 30-character message here,
// because it segments graphemes; policy phrases are plain CJK and ASCII, and this finds them in about 2 µs.

/** A phrase found in a text: [start, end) in UTF-16 units, and what the phrase was registered with. */
export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

const WORD = /[a-z0-9]/;

/** A phrase with a Latin letter can only occur in a text that has one. */
const LATIN = /[A-Za-z]/;

/**
 * A compiled dictionary. ASCII phrases match whole words only (so "lab" is not found in "label");
 * CJK phrases match anywhere.
 *
 * Two tries underneath: the phrases without a Latin letter, built at once, and those with one (English cues, pinyin
 * place names: half the characters of every dictionary the reader compiles), built on the first text that has a Latin
 * letter, since no other text can contain them. A Chinese-only isolate never builds them. A text with letters is scanned
 * by both, and their hits are merged into the one order a single automaton gives (by where the phrase ends, then
 * longest first; one phrase is always in one trie, so equal keys never come from both).
 * @example const a = new Automaton<string>([['博士', 'doctor'], ['博士后', 'postdoc']]); a.scan('在读博士后') // two hits
 */
export class Automaton<T> {
  private readonly plain: Trie<T>;
  private latin: Trie<T> | undefined;
  private latinEntries: (readonly [string, T])[] | undefined;

  private readonly prepare: ((phrase: string) => string | readonly string[]) | undefined;

  /**
   * `prepare`, when given, is how each phrase is written in the texts scanned (normalized; stemmed, for the glossary), or
   * every way it is (a cue's spoken variants), applied when the phrase's trie is built: a phrase with a Latin letter is
   * prepared only when some text needs it. It must keep whether a phrase has a Latin letter.
   */
  constructor(entries: readonly (readonly [string, T])[], prepare?: (phrase: string) => string | readonly string[]) {
    const plain: (readonly [string, T])[] = [];
    const latin: (readonly [string, T])[] = [];
    for (const entry of entries) (LATIN.test(entry[0]) ? latin : plain).push(entry);
    this.prepare = prepare;
    this.plain = this.trie(plain);
    if (latin.length) this.latinEntries = latin;
  }

  private trie(entries: readonly (readonly [string, T])[]): Trie<T> {
    const prepare = this.prepare;
    if (!prepare) return new Trie(entries);
    const prepared: (readonly [string, T])[] = [];
    for (const [phrase, value] of entries) {
      const forms = prepare(phrase);
      if (typeof forms === 'string') prepared.push([forms, value]);
      else for (const form of forms) prepared.push([form, value]);
    }
    return new Trie(prepared);
  }

  /** Every occurrence of every phrase, in order of where the phrase ends, longest first (overlaps included). */
  scan(text: string): Hit<T>[] {
    const hits: Hit<T>[] = [];
    if (!this.latinEntries || !LATIN.test(text)) {
      this.plain.scan(text, hits, undefined);
      return hits;
    }
    this.latin ??= this.trie(this.latinEntries);
    const plainEnds: number[] = [];
    const latinHits: Hit<T>[] = [];
    const latinEnds: number[] = [];
    this.plain.scan(text, hits, plainEnds);
    this.latin.scan(text, latinHits, latinEnds);
    if (!latinHits.length) return hits;
    if (!hits.length) return latinHits;
    const merged: Hit<T>[] = [];
    let a = 0;
    let b = 0;
    while (a < hits.length && b < latinHits.length) {
      const first = plainEnds[a]! < latinEnds[b]! || (plainEnds[a] === latinEnds[b] && hits[a]!.start < latinHits[b]!.start);
      merged.push(first ? hits[a++]! : latinHits[b++]!);
    }
    while (a < hits.length) merged.push(hits[a++]!);
    while (b < latinHits.length) merged.push(latinHits[b++]!);
    return merged;
  }
}

/** One Aho–Corasick trie (see Automaton). */
class Trie<T> {
  // Typed arrays sized once, rather than an object and a Map per node or arrays grown by push: a vocabulary compiles to
  // tens of thousands of nodes, and a cold isolate builds several automata before its first answer, where every
  // growing array is copied again by each young-generation collection. Node 0 is the root, so 0 also means "no edge".
  /**
   * The root's edges, by UTF-16 code unit up to the highest first character (the root has an edge for almost every
   * first character; a trie of English phrases needs 123 slots, not 65,536).
   */
  private readonly rootEdges: Int32Array;
  private nodes = 1;
  /** Each node's first child and next sibling, with the code unit that leads to it (building and linking walk these). */
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly code: Uint16Array;
  private readonly fail: Int32Array;
  /** The phrases ending exactly at each node, a list threaded through `outputs`: its first and last (-1: none). */
  private readonly ownFirst: Int32Array;
  private readonly ownLast: Int32Array;
  /** The nearest node down the fail links with phrases of its own (0: none): its phrases end here too. */
  private readonly dict: Int32Array;
  private readonly outputs: { length: number; value: T; ascii: boolean; next: number }[] = [];
  /**
   * For scanning, every non-root node's edges sorted by code unit in two flat typed arrays: node n's are
   * [edgeStart[n], edgeStart[n + 1]). (A Map keyed by node × 0x10000 + code left the small-integer range past node
   * 16,383, so each lookup hashed a heap number.)
   */
  private edgeStart = new Int32Array(1);
  private edgeCode = new Uint16Array(0);
  private edgeNode = new Int32Array(0);

  constructor(entries: readonly (readonly [string, T])[]) {
    // At most one node per character of every phrase, plus the root.
    let size = 1;
    let highest = 0;
    for (const [phrase] of entries) {
      size += phrase.length;
      if (phrase.length > 0) highest = Math.max(highest, phrase.charCodeAt(0));
    }
    this.rootEdges = new Int32Array(highest + 1);
    this.firstChild = new Int32Array(size);
    this.nextSibling = new Int32Array(size);
    this.code = new Uint16Array(size);
    this.fail = new Int32Array(size);
    this.ownFirst = new Int32Array(size).fill(-1);
    this.ownLast = new Int32Array(size).fill(-1);
    this.dict = new Int32Array(size);
    for (const [phrase, value] of entries) if (phrase.length > 0) this.add(phrase, value);
    this.link();
    this.pack();
  }

  /** The child of `node` along `code` while building (0: none): the root by table, any other node by its siblings. */
  private child(node: number, code: number): number {
    if (node === 0) return code < this.rootEdges.length ? this.rootEdges[code]! : 0;
    for (let c = this.firstChild[node]!; c !== 0; c = this.nextSibling[c]!) if (this.code[c] === code) return c;
    return 0;
  }

  private add(phrase: string, value: T): void {
    let state = 0;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      let to = this.child(state, code);
      if (to === 0) {
        to = this.nodes++;
        this.code[to] = code;
        this.nextSibling[to] = this.firstChild[state]!;
        this.firstChild[state] = to;
        if (state === 0) this.rootEdges[code] = to;
      }
      state = to;
    }
    const o = this.outputs.length;
    this.outputs.push({ length: phrase.length, value, ascii: /^[\x00-\x7f]+$/.test(phrase), next: -1 });
    const last = this.ownLast[state]!;
    if (last >= 0) this.outputs[last]!.next = o;
    else this.ownFirst[state] = o;
    this.ownLast[state] = o;
  }

  /** Breadth-first fail links; each node's dictionary link is its fail node, or that node's own dictionary link. */
  private link(): void {
    const queue = new Int32Array(this.nodes);
    let tail = 0;
    for (let c = this.firstChild[0]!; c !== 0; c = this.nextSibling[c]!) queue[tail++] = c;
    for (let q = 0; q < tail; q++) {
      const node = queue[q]!;
      for (let child = this.firstChild[node]!; child !== 0; child = this.nextSibling[child]!) {
        const code = this.code[child]!;
        let f = this.fail[node]!;
        while (f !== 0 && this.child(f, code) === 0) f = this.fail[f]!;
        const target = this.child(f, code);
        const fail = target !== child ? target : 0;
        this.fail[child] = fail;
        this.dict[child] = this.ownFirst[fail]! >= 0 ? fail : this.dict[fail]!;
        queue[tail++] = child;
      }
    }
  }

  /** The sibling lists as sorted flat arrays, for `edge`: each node's children insertion-sorted in place (most have one). */
  private pack(): void {
    const nodes = this.nodes;
    const start = new Int32Array(nodes + 1);
    const codes = new Uint16Array(nodes);
    const targets = new Int32Array(nodes);
    let at = 0;
    for (let n = 1; n < nodes; n++) {
      start[n] = at;
      const first = at;
      for (let c = this.firstChild[n]!; c !== 0; c = this.nextSibling[c]!) {
        const code = this.code[c]!;
        let i = at++;
        for (; i > first && codes[i - 1]! > code; i--) {
          codes[i] = codes[i - 1]!;
          targets[i] = targets[i - 1]!;
        }
        codes[i] = code;
        targets[i] = c;
      }
    }
    start[nodes] = at;
    this.edgeStart = start;
    this.edgeCode = codes;
    this.edgeNode = targets;
  }

  private edge(node: number, code: number): number {
    if (node === 0) return code < this.rootEdges.length ? this.rootEdges[code]! : 0;
    let lo = this.edgeStart[node]!;
    let hi = this.edgeStart[node + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.edgeCode[mid]!;
      if (c === code) return this.edgeNode[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  /**
   * Appends every occurrence of every phrase to `hits`, in order of end position (overlaps included), and, when `ends`
   * is given, where each phrase ends (a plural ending can carry a hit's `end` past it). Linear in the text.
   */
  scan(text: string, hits: Hit<T>[], ends: number[] | undefined): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = this.edge(state, code);
      while (next === 0 && state !== 0) {
        state = this.fail[state]!;
        next = this.edge(state, code);
      }
      state = next;
      // The phrases ending here: this node's own, then each dictionary link's, longest first.
      for (let n = this.ownFirst[state]! >= 0 ? state : this.dict[state]!; n !== 0; n = this.dict[n]!) {
        for (let o = this.ownFirst[n]!; o >= 0; o = this.outputs[o]!.next) {
          const out = this.outputs[o]!;
          const start = i + 1 - out.length;
          if (out.ascii && WORD.test(text[start - 1] ?? '')) continue;
          // An English word stands whole, or with its plural or possessive ending (undergrads, labs, station's).
          const ending = out.ascii && WORD.test(text[i + 1] ?? '') ? pluralEnding(text, i + 1, out.length) : 0;
          if (ending < 0) continue;
          hits.push({ start, end: i + 1 + ending, value: out.value });
          ends?.push(i + 1);
        }
      }
    }
  }
}

/** The length of a plural or possessive ending at `at` ('s, s, es) that ends the word; -1 when the word goes on. */
function pluralEnding(text: string, at: number, phraseLength: number): number {
  if (phraseLength < 3) return -1;
  for (const e of ["'s", 'es', 's']) if (text.startsWith(e, at) && !WORD.test(text[at + e.length] ?? '')) return e.length;
  return -1;
}

/**
 * Longest hits first, none overlapping a longer one already taken (还没签 wins over 签, 博士后 over 博士).
 * Ties keep the earlier registration.
 */
export function longestFirst<T>(hits: readonly Hit<T>[]): Hit<T>[] {
  if (hits.length === 0) return [];
  const taken: Hit<T>[] = [];
  // One flag per character taken: checking a hit costs its own length, so the whole pass stays linear in the text.
  const used = new Uint8Array(Math.max(...hits.map((h) => h.end)));
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const h of sorted) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) if (used[i]) free = false;
    if (!free) continue;
    used.fill(1, h.start, h.end);
    taken.push(h);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Whether a hit lies inside a longer one of `wider` (创业担保贷款 around 创业): one pass over `wider` marks, for each
 * character, the longest span covering it.
 */
export function insideLonger(wider: readonly Hit<unknown>[], length: number): (h: Hit<unknown>) => boolean {
  if (wider.length === 0) return () => false;
  const start = new Int32Array(length).fill(-1);
  const end = new Int32Array(length);
  for (const w of wider) {
    for (let i = w.start; i < w.end; i++) {
      if (start[i] === -1 || w.end - w.start > end[i]! - start[i]!) {
        start[i] = w.start;
        end[i] = w.end;
      }
    }
  }
  return (h) =>
    start[h.start] !== -1 && start[h.start]! <= h.start && h.end <= end[h.start]! && end[h.start]! - start[h.start]! > h.end - h.start;
}
