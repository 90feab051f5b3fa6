// The bundled, prebuilt search index (corpus/index.json from `npm run corpus`), loaded once per isolate.
import type { Corpus } from '../corpus/load';
import { loadSearch, type Search, type SerializedIndex } from './index';
import serialized from '../../corpus/index.json';

let cached: Search | undefined;

/** The search over the bundled corpus; the first call deserializes the index, later calls reuse it. */
export function loadBundledSearch(corpus: Corpus): Search {
  cached ??= loadSearch(corpus, serialized as SerializedIndex);
  return cached;
}
