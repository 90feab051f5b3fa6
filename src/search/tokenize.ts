// Chinese + English terms for MiniSearch: character bigrams, whole domain terms, and glossary expansion of queries.
// Bigrams because Intl.Segmenter splits policy terms (预引进 → 预/引进, 缴费 → 缴/费) and MiniSearch's default finds
// nothing in Chinese; the segmenter is used only on queries, to drop filler words (的, 请问, 多少钱) whole.
import { stemmer } from 'stemmer';
import { DOMAIN_TERMS, ENGLISH, ENGLISH_STOP_WORDS, QUERY_NOISE, STOP_WORDS, SYNONYMS, type GlossaryEntry } from './glossary';

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const LATIN_WORD = /[a-z0-9][a-z0-9+&.'-]*[a-z0-9]|[a-z0-9]/g;
const STOP = new Set(STOP_WORDS);
const TERMS = [...new Set(DOMAIN_TERMS.map((t) => normalize(t)))].sort((a, b) => b.length - a.length);

/** Full-width → half-width, lower case, hyphenated English split (start-up = start up), one space for white space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/\s+/g, ' ');
}

function bigrams(run: string): string[] {
  if (run.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

export function domainTerms(text: string): string[] {
  return TERMS.filter((t) => text.includes(t));
}

/** Porter stems, so recruiting / recruitment / recruit and subsidy / subsidies meet (possessives dropped first). */
export function stem(word: string): string {
  return stemmer(word.replace(/'s?$/, ''));
}

export function latinWords(text: string): string[] {
  return (text.match(LATIN_WORD) ?? []).filter((w) => !ENGLISH_STOP_WORDS.has(w)).map(stem);
}

/** Terms of a document text: every CJK bigram, every domain term it contains, and Latin words/numbers. */
export function tokenizeText(text: string): string[] {
  const t = normalize(text);
  const cjk = [...t.matchAll(CJK_RUN)].flatMap((m) => bigrams(m[0]));
  return [...cjk, ...domainTerms(t), ...latinWords(t)];
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/**
 * The user's own Chinese content words, filler removed, grouped into chunks of adjacent words.
 * @example contentChunks('请问博士的补贴是多少') // [['博士'], ['补贴']]
 */
export function contentChunks(text: string): string[][] {
  const chunks: string[][] = [];
  for (const m of stripNoise(normalize(text)).matchAll(CJK_RUN)) {
    const words = segmenter ? [...segmenter.segment(m[0])].map((s) => s.segment) : [m[0]];
    let current: string[] = [];
    for (const w of words) {
      if (STOP.has(w)) {
        if (current.length) chunks.push(current);
        current = [];
      } else current.push(w);
    }
    if (current.length) chunks.push(current);
  }
  return chunks;
}

/** The city's own name says nothing about which clause a question is about (it is in every clause). */
function stripNoise(text: string): string {
  return QUERY_NOISE.reduce((t, n) => t.split(n).join(' '), text);
}

/** A test for one glossary phrase: whole words for English, a substring for Chinese. */
function matcher(say: string): (text: string) => boolean {
  if (!/^[\x00-\x7f]+$/.test(say)) return (text) => text.includes(say);
  const escaped = say.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`);
  return (text) => re.test(text);
}

/** Stems every Latin word in place, so "skilled workers" matches the phrase "skilled worker". */
function stemLatin(text: string): string {
  return text.replace(LATIN_WORD, (w) => stem(w));
}

// Compiled once per entry: glossary matching runs on every question.
const MATCHERS = new Map<GlossaryEntry, ((text: string) => boolean)[]>();
function matchersOf(e: GlossaryEntry): ((text: string) => boolean)[] {
  let m = MATCHERS.get(e);
  if (!m) MATCHERS.set(e, (m = e.say.map((s) => matcher(stemLatin(normalize(s))))));
  return m;
}

/** Glossary entries whose phrases occur in the (normalized, English-stemmed) query. */
export function glossaryHits(text: string, entries: readonly GlossaryEntry[] = [...SYNONYMS, ...ENGLISH]): GlossaryEntry[] {
  const t = stemLatin(normalize(text));
  return entries.filter((e) => matchersOf(e).some((m) => m(t)));
}

/** What a query means to the index: its own terms plus the document wording its colloquial phrases stand for. */
export interface AnalyzedQuery {
  /** Terms from the user's words (bigrams of content chunks, domain terms, Latin words). */
  own: string[];
  /** Terms added by the glossary. */
  expanded: string[];
  /** own + expanded, deduplicated: what the index is searched for. */
  terms: string[];
}

/** Analyzes a query: filler dropped, bigrams within content chunks, domain terms, glossary expansion. */
export function analyzeQuery(query: string): AnalyzedQuery {
  const t = normalize(query);
  const chunks = contentChunks(t);
  const own = [...chunks.flatMap((c) => {
    const run = c.join('');
    return run.length === 1 ? [run] : bigrams(run);
  }), ...domainTerms(t), ...latinWords(t)];
  const expanded = glossaryHits(t).flatMap((e) => e.means.flatMap((m) => tokenizeText(m)));
  return { own: [...new Set(own)], expanded: [...new Set(expanded)], terms: [...new Set([...own, ...expanded])] };
}

/** Query terms for MiniSearch (own + expanded, deduplicated). */
export function tokenizeQuery(query: string): string[] {
  return analyzeQuery(query).terms;
}
