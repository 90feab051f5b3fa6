// The bundled, prebuilt search index (corpus/index.json from `npm run corpus`), loaded once per isolate.
import type { Corpus } from '../corpus/load';
import { loadLanguage } from '../corpus/vocabulary';
import { loadRules } from '../rules/load';
import type { RuleSet } from '../rules/load';
import { createReader, type Reader } from '../understand/read';
import { loadSearch, type Search, type SerializedIndex } from './index';
import serialized from '../../corpus/index.json';

let cached: Search | undefined;

/** The search over the bundled corpus; the first call deserializes the index, later calls reuse it. */
export function loadBundledSearch(corpus: Corpus, reader: Reader = loadBundledReader(corpus, loadRules())): Search {
  cached ??= loadSearch(corpus, serialized as SerializedIndex, reader);
  return cached;
}

let reader: Reader | undefined;

/** The reader of the bundled document's language (compiled once per isolate). */
export function loadBundledReader(corpus: Corpus, rules: RuleSet): Reader {
  reader ??= createReader(
    loadLanguage(),
    corpus,
    rules.rules.flatMap((r) => [r.quote, r.label.zh]),
  );
  return reader;
}
