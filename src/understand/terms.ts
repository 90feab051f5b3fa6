// A message as search terms: the user's own content words (CJK bigrams within chunks, whole document terms, stemmed
// English), the document wording its colloquial and English phrases stand for, and how much of it the corpus knows.
// Bigrams because Intl.Segmenter splits policy terms (预引进 → 预/引进); the segmenter only drops filler words whole.
import { stemmer } from 'stemmer';
import type { Corpus } from '../corpus/load';
import type { DocumentLanguage } from '../corpus/vocabulary';
import { Automaton } from './automaton';
import { ENGLISH_STOP_WORDS, GENERIC_WORDS, QUERY_NOISE, STOP_WORDS, normalize } from './language';

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const LATIN_WORD = /[a-z0-9][a-z0-9+&.'-]*[a-z0-9]|[a-z0-9]/g;
const STOP = new Set(STOP_WORDS);
const SEGMENT_PIECE = 48;
const PIECE = new RegExp(`[\\s\\S]{1,${SEGMENT_PIECE}}`, 'gu');

export function bigrams(run: string): string[] {
  if (run.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** Porter stems, so recruiting / recruitment and subsidy / subsidies meet (possessives dropped first). */
export function stem(word: string): string {
  return stemmer(word.replace(/'s?$/, ''));
}

export function latinWords(text: string): string[] {
  return (text.match(LATIN_WORD) ?? []).filter((w) => !ENGLISH_STOP_WORDS.has(w)).map(stem);
}

/** Stems every Latin word in place, so "skilled workers" matches the phrase "skilled worker". */
export function stemLatin(text: string): string {
  return text.replace(LATIN_WORD, (w) => stem(w));
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** Every occurrence of each word replaced by a space (a word that does not occur costs one search, not a split). */
function blank(text: string, words: readonly string[]): string {
  return words.reduce((t, w) => (t.includes(w) ? t.split(w).join(' ') : t), text);
}

/** The CJK pieces of a message that are segmented: its runs of Han characters, in pieces of at most SEGMENT_PIECE. */
function piecesOf(text: string): string[] {
  // ICU's dictionary segmentation grows faster than linearly on one long run of Han characters; pieces of at most
  // SEGMENT_PIECE characters keep the reading linear (real messages have shorter runs, so nothing changes for them).
  return [...blank(text, QUERY_NOISE).matchAll(CJK_RUN)].flatMap((m) => m[0].match(PIECE) ?? []);
}

/**
 * Each piece's chunks, by piece. One segmentation of all the pieces joined by newlines: a newline is a hard word break,
 * so each piece is split exactly as alone, and a message costs one ICU iterator rather than one per piece.
 */
function segmentPieces(pieces: readonly string[]): Map<string, string[][]> {
  const segmented = new Map<string, string[][]>();
  const distinct = [...new Set(pieces)];
  if (!distinct.length) return segmented;
  if (!segmenter) {
    for (const piece of distinct) segmented.set(piece, chunksOf([piece]));
    return segmented;
  }
  let at = 0;
  let words: string[] = [];
  for (const { segment } of segmenter.segment(distinct.join('\n'))) {
    if (segment !== '\n') {
      words.push(segment);
      continue;
    }
    segmented.set(distinct[at++]!, chunksOf(words));
    words = [];
  }
  segmented.set(distinct[at]!, chunksOf(words));
  return segmented;
}

/** The user's own Chinese content words, filler removed, grouped into chunks of adjacent words. */
export function contentChunks(text: string): string[][] {
  const pieces = piecesOf(text);
  return chunksIn(pieces, segmentPieces(pieces));
}

/** The chunks of pieces segmented by `segmentPieces`, in order. */
function chunksIn(pieces: readonly string[], segmented: ReadonlyMap<string, string[][]>): string[][] {
  return pieces.flatMap((piece) => segmented.get(piece)!);
}

/** A piece's words, split into chunks at the filler words. */
function chunksOf(words: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const w of words) {
    if (STOP.has(w)) {
      if (current.length) chunks.push(current);
      current = [];
    } else current.push(w);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** The compiled vocabulary of one document for reading messages as terms. */
export interface TermAnalyzer {
  terms: Automaton<string>;
  glossary: Automaton<readonly string[]>;
  /** Every CJK bigram and English word of the corpus and its aliases: "known wording". */
  known: Set<string>;
  /** Every colloquial phrase the glossary knows (国企, 读研): known wording too, though the text says it otherwise. */
  said: Set<string>;
  /** Document-side tokenizer (bigrams, whole terms, stemmed English), applied to glossary meanings too. */
  tokenize(text: string): string[];
}

export function createTermAnalyzer(language: DocumentLanguage, corpus: Corpus): TermAnalyzer {
  const { vocabulary } = language;
  const terms = new Automaton<string>([...new Set(vocabulary.terms.map(normalize))].map((t) => [t, t] as const));
  // Stemmed as messages are (stemLatin), when the English phrases' trie is first needed.
  const glossary = new Automaton<readonly string[]>(
    [...vocabulary.synonyms, ...vocabulary.english].flatMap((e) => e.say.map((s) => [normalize(s), e.means] as const)),
    stemLatin,
  );
  // Glossary meanings are the vocabulary's own phrases, a closed set: each is tokenized once, on first use.
  const tokenized = new Map<string, string[]>();
  const tokenize = (text: string) => {
    let t = tokenized.get(text);
    if (!t) {
      t = tokenizeDocumentText(terms, text);
      if (tokenized.size < 10_000) tokenized.set(text, t);
    }
    return t;
  };
  const vocab = normalize([...corpus.clauses.map((c) => c.text), ...corpus.aliases.values()].join(' '));
  const known = new Set<string>(latinWords(vocab));
  for (const [run] of vocab.matchAll(CJK_RUN)) for (let i = 0; i + 2 <= run.length; i++) known.add(run.slice(i, i + 2));
  const said = new Set([...vocabulary.synonyms, ...vocabulary.english].flatMap((e) => e.say.map(normalize)));
  return { terms, glossary, known, said, tokenize };
}

/** Terms of a document text: every CJK bigram, every document term it contains, and stemmed Latin words. */
export function tokenizeDocumentText(terms: Automaton<string>, text: string): string[] {
  const t = normalize(text);
  const cjk = [...t.matchAll(CJK_RUN)].flatMap((m) => bigrams(m[0]));
  return [...cjk, ...new Set(terms.scan(t).map((h) => h.value)), ...latinWords(t)];
}

export interface Terms {
  /** Terms from the user's words. */
  own: string[];
  /** Terms the glossary adds (the document's wording for the user's). */
  expanded: string[];
  /** Share of the user's specific wording that occurs in the corpus (0–1), linear in the message. */
  knownShare: number;
  /** A document term or a glossary phrase occurs: the wording is the document's, whatever the share. */
  strong: boolean;
  /** The document's own terms the message names or glosses to (预引进, 服务期): what a follow-up turn is still about. */
  topic: string[];
  /** The last turn's topic, searched with less weight than the message's own words (a follow-up that names none). */
  carried?: string[];
}

/**
 * A message (already normalized) as search terms.
 * @example analyzeTerms(a, '请问博士的补贴是多少') // { own: ['博士', '补贴'], … }
 */
export function analyzeTerms(a: TermAnalyzer, text: string, extraMeanings: readonly string[] = []): Terms {
  // The message's pieces and those of its specific wording, one segmentation for both. Without a generic word the
  // specific wording is the message itself (blank() returns it unchanged), and its pieces and English words are too.
  const specific = blank(text, GENERIC_WORDS);
  const same = specific === text;
  const pieces = piecesOf(text);
  const specificPieces = same ? pieces : piecesOf(specific);
  const segmented = segmentPieces(same ? pieces : [...pieces, ...specificPieces]);
  const chunks = chunksIn(pieces, segmented);
  const whole = a.terms.scan(text).map((h) => h.value);
  const latin = latinWords(text);
  const own = [
    ...chunks.flatMap((c) => {
      const run = c.join('');
      return run.length === 1 ? [run] : bigrams(run);
    }),
    ...whole,
    ...latin,
  ];
  const glossed = a.glossary.scan(stemLatin(text)).flatMap((h) => h.value);
  const meanings = [...glossed, ...extraMeanings];
  const expanded = meanings.flatMap((m) => a.tokenize(m));
  return {
    own: [...new Set(own)],
    expanded: [...new Set(expanded)],
    knownShare: knownShare(a, same ? latin : latinWords(specific), chunksIn(specificPieces, segmented)),
    strong: whole.length > 0 || glossed.length > 0,
    topic: [...new Set([...whole, ...glossed])],
  };
}

/**
 * Characters of the user's specific Chinese wording (the message without generic words, as `chunks`) inside a bigram
 * the corpus has, plus the known ones among its stemmed English words (`latin`).
 */
function knownShare(a: TermAnalyzer, latin: readonly string[], chunks: readonly string[][]): number {
  let total = 0;
  let known = 0;
  for (const chunk of chunks.map((c) => c.join(''))) {
    total += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      if (a.known.has(chunk.slice(i, i + 2)) || (i > 0 && a.known.has(chunk.slice(i - 1, i + 1)))) known++;
    }
  }
  total += 2 * latin.length;
  known += 2 * latin.filter((w) => a.known.has(w)).length;
  return total === 0 ? 1 : Math.round((known / total) * 100) / 100;
}
