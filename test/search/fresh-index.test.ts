// The committed index (corpus/index.json) is what `npm run corpus` builds from the corpus and vocabulary as they are now:
// a term added to vocabulary.json changes how documents are tokenized, and a stale index would quietly rank by the old ones.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { buildIndex } from '../../src/search/build';
import committed from '../../corpus/index.json';

describe('the committed search index', () => {
  it('equals a fresh build from the corpus and vocabulary (run npm run corpus when this fails)', () => {
    expect(JSON.stringify(buildIndex(loadCorpus()))).toBe(JSON.stringify(committed));
  }, 60_000);
});
