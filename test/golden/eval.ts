// `npm run eval`: retrieval accuracy on the golden sets, ours vs MiniSearch's default tokenizer, the money set, then the
// sets written from the source alone (printed, not asserted).
import MiniSearch from 'minisearch';
import { loadCorpus } from '../../src/corpus/load';
import { loadBundledSearch } from '../../src/search/load';
import { loadGolden, scoreSet, type Score } from './metrics';
import { evalSets } from './eval-sets';
import { items, KINDS, moneyMisses } from './money-set';

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

// The money set: rule, clause and amount exact (or the fact asked for), per kind; the test fails below 95%.
const misses = await moneyMisses();
const right = (list: typeof items) => list.filter((i) => !misses.has(i.id)).length;
console.log(`\nmoney.json — rule, clause and amount exact\n  all            ${right(items)}/${items.length}`);
for (const [name, isKind] of KINDS) {
  const kind = items.filter(isKind);
  console.log(`  ${name.padEnd(14)} ${right(kind)}/${kind.length}`);
}
if (verbose) for (const why of misses.values()) console.log(`    miss: ${why}`);

// The sets written from the source alone: development sets (misses readable) and blind sets (totals only).
await evalSets(verbose);
