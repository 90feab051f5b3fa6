// Document-side terms for MiniSearch: CJK character bigrams, whole document terms (from vocabulary.json) and stemmed
// English. Queries are read once by src/understand/, which produces their terms with the same machinery.
import { loadLanguage } from '../corpus/vocabulary';
import { Automaton } from '../understand/automaton';
import { normalize } from '../understand/language';
import { tokenizeDocumentText } from '../understand/terms';

let terms: Automaton<string> | undefined;

/** Terms of a document text: every CJK bigram, every document term it contains, and Latin words/numbers. */
export function tokenizeText(text: string): string[] {
  terms ??= new Automaton<string>([...new Set(loadLanguage().vocabulary.terms.map(normalize))].map((t) => [t, t] as const));
  return tokenizeDocumentText(terms, text);
}
