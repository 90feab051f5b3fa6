// Full-text retrieval in D1 or SQLite for a corpus of many documents (see README "Performance": where the in-memory
// index stops fitting a Worker). The terms are the ones search/ uses, so both indexes read a question the same way.
import { loadCorpus } from '../corpus/load';
import { loadLanguage } from '../corpus/vocabulary';
import { loadRules } from '../rules/load';
import { loadBundledReader } from '../search/load';
import { tokenizeText } from '../search/tokenize';
import type { WeightedTerm } from './search';

export { fillFts, fillFtsSql } from './fill';
export { ftsSearch, type FtsSearch, type WeightedTerm } from './search';

/** Document text → terms: the same bigrams, domain terms and English stems as the in-memory index. */
export const ftsTokenize = tokenizeText;

let subjectTerms: Set<string> | undefined;
/** search/index.ts's DEFAULT_TUNING: glossary-added terms 0.3, words that say who asks 0.3. */
const EXPANDED = 0.3;
const SUBJECT = 0.3;

/**
 * A question as weighted terms, as search/index.ts weighs them for MiniSearch.
 * @example weightedTerms('读研有补贴吗') // [{ term: '补贴', weight: 1 }, …, { term: '硕士', weight: 0.09 }]
 */
export function weightedTerms(query: string): WeightedTerm[] {
  // The question is read once, by the same reader as the pipeline's (its terms, not a second tokenizer).
  const a = loadBundledReader(loadCorpus(), loadRules()).understand(query).terms;
  subjectTerms ??= new Set(loadLanguage().vocabulary.subjectWords.flatMap((w) => tokenizeText(w)));
  const subject = subjectTerms;
  const own = new Set(a.own);
  return [...new Set([...a.own, ...a.expanded])].map((term) => ({
    term,
    weight: own.has(term) ? (subject.has(term) ? SUBJECT : 1) : EXPANDED,
  }));
}
