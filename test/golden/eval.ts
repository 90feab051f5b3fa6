// `npm run eval`: retrieval accuracy on the golden sets, ours vs MiniSearch's default tokenizer (printed, not asserted).
import MiniSearch from 'minisearch';
import { loadCorpus } from '../../src/corpus/load';
import { loadBundledSearch } from '../../src/search/load';
import { loadGolden, scoreSet, type Score } from './metrics';
import { evalSets } from './eval-sets';

const corpus = loadCorpus();
const search = loadBundledSearch(corpus);
const ours = (q: string) => search.clauses(q, 5).map((h) => h.id);

const plain = new MiniSearch({ fields: ['title', 'text'] });
plain.addAll(corpus.clauses.map((c) => ({ id: c.id, title: c.title, text: c.text })));
const defaultTokenizer = (q: string) => plain.search(q).map((r) => String(r.id));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (name: string, s: Score) => `  ${name.padEnd(14)} n=${String(s.n).padStart(3)}  top1 ${pct(s.top1).padStart(6)}  top3 ${pct(s.top3).padStart(6)}  MRR ${s.mrr.toFixed(3)}`;
const verbose = process.argv.includes('--misses');

for (const file of ['lookup.json', 'lookup-hard.json', 'heldout.json']) {
  const questions = loadGolden(file);
  for (const [name, retrieve] of [['ours', ours], ['minisearch default', defaultTokenizer]] as const) {
    const r = scoreSet(questions, retrieve);
    console.log(`\n${file} — ${name}`);
    console.log(line('all', r.all));
    for (const [k, s] of Object.entries({ ...r.persona, ...r.lang, ...r.scope })) console.log(line(k, s));
    if (verbose && name === 'ours') for (const m of r.misses) console.log(`    miss: ${m.q}  expect ${m.expect.join(',') || '[]'}  got ${m.got.join(',') || '[]'}`);
  }
}

// The sets written from the source alone: development sets (misses readable) and blind sets (totals only).
await evalSets(verbose);
