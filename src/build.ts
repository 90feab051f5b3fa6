// `npm run corpus`: regenerates the corpus JSON from the source texts, then the prebuilt search index from the corpus.
import { writeFileSync } from 'node:fs';
import { corpusRoot, writeCorpus } from './corpus/build';

writeCorpus();
// Imported after writing so the index is built from the fresh JSON.
const { loadCorpus } = await import('./corpus/load');
const { buildIndex } = await import('./search/build');
const index = buildIndex(loadCorpus());
writeFileSync(`${corpusRoot}index.json`, JSON.stringify(index));
console.log(`index.json written (${Math.round(JSON.stringify(index).length / 1024)} KiB)`);
