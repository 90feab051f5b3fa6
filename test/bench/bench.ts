// `npm run bench`: speed of the offline answerer, the index, the HTTP server and the Worker bundle, printed as tables.
// Speed goals live here, not in timed tests: the numbers depend on the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { answer } from '../../src/answer/pipeline';
import type { Logger } from '../../src/contract/logger';
import { loadCorpus } from '../../src/corpus/load';
import { offlineDeps } from '../../src/deps';
import { loadLanguage } from '../../src/corpus/vocabulary';
import { loadRules } from '../../src/rules/load';
import MiniSearch from 'minisearch';
import { buildIndex, buildMiniSearch } from '../../src/search/build';
import { loadSearch, type SerializedIndex } from '../../src/search/index';
import { loadBundledReader, loadBundledSearch } from '../../src/search/load';
import { createReader } from '../../src/understand/read';
import { pooledScores } from '../golden/eval-sets';
import { loadGolden, scoreSet } from '../golden/metrics';
import { items as moneyItems, moneyMisses } from '../golden/money-set';
import { bundledAnswers } from './bundled';
import { cannon, chatRequests, rssBytes, startServer } from './http';
import { securityRows } from './security';
import { ftsScale } from './scale-fts';
import { coldWorker } from './worker-cold';
import { fmt, kib, mib, summarize, timeEach, timeOnce } from './stats';
import { syntheticCorpus } from './synthetic';

// A callable gc() without restarting node with --expose-gc, so heap numbers after loading are not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };
const rows: string[][] = [];
const row = (...cells: string[]) => {
  rows.push(cells);
  console.error(`  ${cells.join(' · ')}`);
};

const lookup = loadGolden('lookup.json').map((g) => g.q);
const money = (JSON.parse(readFileSync(new URL('../golden/money.json', import.meta.url), 'utf8')) as { q?: unknown }[]).flatMap((m) =>
  typeof m.q === 'string' ? [m.q] : [],
);

// ── Offline pipeline ──────────────────────────────────────────────────────────
console.error('offline pipeline…');
const indexText = readFileSync(new URL('../../corpus/index.json', import.meta.url), 'utf8');
const corpus = loadCorpus();
const reader = loadBundledReader(corpus, loadRules());
const loads = await timeEach(
  Array.from({ length: 20 }, () => indexText),
  (t) => loadSearch(corpus, JSON.parse(t) as SerializedIndex, reader),
);
row(
  'Index load (JSON.parse + packed indexes), 29 parts',
  `median ${fmt(loads.median, 3)}`,
  `p99 ${fmt(loads.p99, 3)}`,
  `${kib(Buffer.byteLength(indexText))} JSON, ${kib(gzipSync(indexText).length)} gzipped`,
);
// In a Worker the index is an object literal in the bundle (no JSON.parse): what remains is decoding the packed postings.
const parsedIndex = Array.from({ length: 20 }, () => JSON.parse(indexText) as SerializedIndex);
const packedOnly = await timeEach(parsedIndex, (ix) => loadSearch(corpus, ix, reader));
row(
  'Index load, packed indexes alone (the Worker case)',
  `median ${fmt(packedOnly.median, 3)}`,
  `p99 ${fmt(packedOnly.p99, 3)}`,
  `CPU median ${fmt(packedOnly.cpu!.median, 3)}; base64 decode, typed arrays, one split of the term list`,
);
// What the runtime loaded before (serialized MiniSearch, MiniSearch.loadJS), for comparison; MiniSearch still builds the index.
const { clauses: msClauses, passages: msPassages } = buildMiniSearch(corpus);
const msJson = JSON.stringify({ clauses: msClauses, passages: msPassages });
const msParsed = Array.from({ length: 20 }, () => JSON.parse(msJson) as { clauses: unknown; passages: unknown });
const msLoads = await timeEach(msParsed, (ix) => [
  MiniSearch.loadJS(ix.clauses as Parameters<typeof MiniSearch.loadJS>[0], { fields: ['title', 'text', 'aliases', 'departments'] }),
  MiniSearch.loadJS(ix.passages as Parameters<typeof MiniSearch.loadJS>[0], { fields: ['text'] }),
]);
row(
  'Index load, MiniSearch.loadJS of the same index (the runtime before)',
  `median ${fmt(msLoads.median)}`,
  `p99 ${fmt(msLoads.p99)}`,
  `${kib(Buffer.byteLength(msJson))} JSON, ${kib(gzipSync(msJson).length)} gzipped; rebuilds the radix tree term by term`,
);

const deps = offlineDeps(silent);
const reading = await timeEach(lookup, (q) => deps.reader.understand(q), 5);
row(
  `Reading alone: understand() (${lookup.length} golden lookup questions ×5)`,
  `median ${fmt(reading.median, 3)}`,
  `p99 ${fmt(reading.p99, 3)}`,
  '',
);
const search = await timeEach(lookup, (q) => deps.search.clauses(q, 3), 5);
row(`Search alone (${lookup.length} golden lookup questions ×5)`, `median ${fmt(search.median, 3)}`, `p99 ${fmt(search.p99, 3)}`, '');
const lookupAnswers = await timeEach(lookup, (q) => answer(deps, { message: q }), 3);
row(
  `Offline answer, lookup (${lookup.length} ×3)`,
  `median ${fmt(lookupAnswers.median)}`,
  `p99 ${fmt(lookupAnswers.p99)}`,
  `CPU median ${fmt(lookupAnswers.cpu!.median)}, p99 ${fmt(lookupAnswers.cpu!.p99)}`,
);
const moneyAnswers = await timeEach(money, (q) => answer(deps, { message: q }), 3);
row(
  `Offline answer, money (${money.length} ×3)`,
  `median ${fmt(moneyAnswers.median)}`,
  `p99 ${fmt(moneyAnswers.p99)}`,
  `CPU median ${fmt(moneyAnswers.cpu!.median)}, p99 ${fmt(moneyAnswers.cpu!.p99)}`,
);

// The same answers as `npm start` serves them: bundled like dist/node/, run by plain node under the start flags.
const PASSES = 10;
const shipped = await bundledAnswers(PASSES);
for (const [name, t, n] of [
  ['lookup', shipped.lookup, lookup.length],
  ['money', shipped.money, money.length],
] as const)
  row(
    `Offline answer, ${name}, as \`npm start\` runs it (esbuild bundle, start flags; ${n} ×${PASSES})`,
    `median ${fmt(t.median, 3)}`,
    `p99 ${fmt(t.p99, 3)}`,
    `CPU median ${fmt(t.cpu!.median, 3)}, p99 ${fmt(t.cpu!.p99, 3)}; each question's fastest of the ${PASSES} passes: median ${fmt(t.fastest!.median, 3)}, p99 ${fmt(t.fastest!.p99, 3)}`,
  );

// ── Cold start: a new process until its first answer is printed ─────────────────
console.error('cold start…');
const coldOf = (args: string[]) =>
  summarize(
    Array.from({ length: 5 }, () => {
      const start = performance.now();
      const r = spawnSync(process.execPath, [...args, '博士后工作站有什么资助？'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`cli failed: ${r.stderr}`);
      return performance.now() - start;
    }),
  );
const bundled = spawnSync(process.execPath, ['scripts/bundle.mjs', 'node', '--if-stale'], { encoding: 'utf8' });
if (bundled.status !== 0) throw new Error(`bundle failed: ${bundled.stderr}`);
const coldBuilt = coldOf(['dist/node/cli.js']);
row(
  'Cold start: `node dist/node/cli.js "…"` to first answer (5 runs)',
  `median ${fmt(coldBuilt.median, 0)}`,
  `max ${fmt(coldBuilt.p99, 0)}`,
  'prebuilt JavaScript, as `npm start` and `npm run ask` run',
);
const coldTsx = coldOf(['--import', 'tsx', 'src/cli.ts']);
row(
  'Cold start: `tsx src/cli.ts "…"` to first answer (5 runs)',
  `median ${fmt(coldTsx.median, 0)}`,
  `max ${fmt(coldTsx.p99, 0)}`,
  'TypeScript transpiled by tsx at start (the old `npm start`)',
);

// ── Scale: synthetic corpora ─────────────────────────────────────────────────
console.error('scale…');
const scaleRows: string[][] = [];
const ftsRows: string[][] = [];
for (const n of [1_000, 10_000]) {
  const synthetic = syntheticCorpus(n, 10);
  const fts = await ftsScale(synthetic, lookup.slice(0, 100), heapUsed);
  ftsRows.push([
    n.toLocaleString('en'),
    fmt(fts.fillMs, 0),
    mib(fts.bytes),
    fts.heapBytes <= 0 ? `no growth (${mib(fts.heapBytes)})` : mib(fts.heapBytes),
    fmt(fts.query.median, 2),
    fmt(fts.query.p99, 2),
    `${fmt(fts.query.cpu!.median, 2)} / ${fmt(fts.query.cpu!.p99, 2)}`,
  ]);
  console.error(`  fts ${ftsRows.at(-1)!.join(' · ')}`);
  const built = await timeOnce(() => buildIndex(synthetic));
  const text = JSON.stringify(built.value);
  const heapBefore = heapUsed();
  const loaded = await timeOnce(() => loadSearch(synthetic, JSON.parse(text) as SerializedIndex, createReader(loadLanguage(), synthetic)));
  const heapAfter = heapUsed();
  const queries = await timeEach(lookup.slice(0, 100), (q) => loaded.value.clauses(q, 3));
  scaleRows.push([
    n.toLocaleString('en'),
    fmt(built.ms, 0),
    `${mib(text.length)} (${mib(gzipSync(text).length)} gz)`,
    fmt(loaded.ms, 0),
    mib(heapAfter - heapBefore),
    fmt(queries.median, 2),
    fmt(queries.p99, 2),
    `${fmt(queries.cpu!.median, 2)} / ${fmt(queries.cpu!.p99, 2)}`,
  ]);
  console.error(`  ${scaleRows.at(-1)!.join(' · ')}`);
}

// ── HTTP on Node: throughput ratio and a bounded load test ─────────────────────
console.error('http…');
const server = await startServer(18000 + Math.floor(Math.random() * 1000));
const mix = chatRequests(lookup.slice(0, 40), money.slice(0, 40));
// The server as it starts: the first run carries V8's
// warm-up (its optimizing compiles). Then the throughput ratio, on a warm server, then one more load run.
const rss = [rssBytes(server.pid)];
const loadRuns: Awaited<ReturnType<typeof cannon>>[] = [];
const loadRun = async () => {
  loadRuns.push(await cannon(server.url, { connections: 50, duration: 10, requests: mix }));
  rss.push(rssBytes(server.pid));
};
await loadRun();
await loadRun();
const health = await cannon(`${server.url}/healthz`, { connections: 10, duration: 5 });
const chat = await cannon(server.url, { connections: 10, duration: 5, requests: mix });
row('HTTP /healthz (10 connections, 5 s)', `${health.requests.average.toFixed(0)} req/s`, `p99 ${health.latency.p99} ms`, '');
row(
  'HTTP /api/chat lookup+money mix (10 connections, 5 s)',
  `${chat.requests.average.toFixed(0)} req/s`,
  `p99 ${chat.latency.p99} ms`,
  `${((chat.requests.average / health.requests.average) * 100).toFixed(1)}% of /healthz`,
);
await loadRun();
await server.stop();
for (const [i, r] of loadRuns.entries()) {
  row(
    `Load test run ${i + 1}: 50 clients × 10 s on /api/chat${[', from start-up', '', ', after the ratio runs'][i]}`,
    `${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s`,
    `p99 ${r.latency.p99} ms`,
    `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
  );
}
row('Server RSS before → after each run', rss.map(mib).join(' → '), '', `growth across the last two runs ${mib(rss[3]! - rss[2]!)}`);

// ── Security: adversarial message cost, memory under huge chunked bodies ─────
console.error('security…');
for (const r of await securityRows()) row(r[0] ?? '', r[1] ?? '', r[2] ?? '', r[3] ?? '');

// ── Worker bundle ─────────────────────────────────────────────────────────────
// ── Worker bundle and a cold isolate ─────────────────────────────────────────
console.error('worker bundle…');
const out = mkdtempSync(join(tmpdir(), 'szs-bundle-'));
const dry = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], { encoding: 'utf8' });
if (dry.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${dry.stderr}`);
const modules = readdirSync(out).filter((f) => f.endsWith('.mjs') || f.endsWith('.js'));
const bytesOf = (f: string) => readFileSync(join(out, f));
const gzOf = (f: string) => gzipSync(bytesOf(f), { level: 9 }).length;
/** The main module and everything it imports statically: what an offline isolate loadRuns. */
const staticClosure = (() => {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const m of bytesOf(f)
      .toString('utf8')
      .matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*\s*from\s*)?["']\.\/([^"']+)["']/g))
      visit(m[1]!);
  };
  visit('worker.mjs');
  return [...seen];
})();
const mainGz = staticClosure.reduce((a, f) => a + gzOf(f), 0);
const mainRaw = staticClosure.reduce((a, f) => a + bytesOf(f).length, 0);
const lazy = modules.filter((f) => !staticClosure.includes(f));
const lazyGz = lazy.reduce((a, f) => a + gzOf(f), 0);
row(
  'Worker, offline: main module + its static imports (`wrangler deploy --dry-run`)',
  `${kib(mainRaw)}`,
  `${kib(mainGz)} gzipped`,
  mainGz <= 300 * 1024 ? 'within the 300 KiB goal' : 'OVER the 300 KiB goal',
);
row(
  'Worker, model chunks (loaded only with LLM_PROVIDER set)',
  `${lazy.length} modules`,
  `${kib(lazyGz)} gzipped`,
  lazy.filter((f) => /^(openai|workers-ai|compose)-/.test(f)).join(', '),
);
const colds = Array.from({ length: 5 }, () => coldWorker(join(out, 'worker.mjs')));
const evalT = summarize(colds.map((c) => c.evaluate));
const firstT = summarize(colds.map((c) => c.firstAnswer));
const coldTotal = summarize(colds.map((c) => c.evaluate + c.firstAnswer));
row(
  'Cold Worker: evaluate the modules (fresh V8, 5 runs)',
  `median ${fmt(evalT.median, 0)}`,
  `max ${fmt(evalT.p99, 0)}`,
  'parse and top-level code',
);
row(
  'Cold Worker: first /api/chat (builds deps, loads the index, answers)',
  `median ${fmt(firstT.median, 0)}`,
  `max ${fmt(firstT.p99, 0)}`,
  `evaluate + first answer: median ${fmt(coldTotal.median, 0)}`,
);
rmSync(out, { recursive: true, force: true });

// ── Accuracy beside the timings: what the speed is for must not move ─────────
console.error('accuracy…');
const accuracyRows: string[][] = [];
const share = (right: number, n: number) => `${((right / n) * 100).toFixed(1)}% (${right}/${n})`;
const goldenSearch = loadBundledSearch(corpus);
for (const file of ['lookup.json', 'lookup-hard.json', 'heldout.json']) {
  const r = scoreSet(loadGolden(file), (q) => goldenSearch.clauses(q, 5).map((h) => h.id));
  accuracyRows.push([
    `golden ${file}: right clause first`,
    `${(r.all.top1 * 100).toFixed(1)}%`,
    `top 3 ${(r.all.top3 * 100).toFixed(1)}%`,
    `n=${r.all.n}`,
  ]);
}
const moneyWrong = await moneyMisses();
accuracyRows.push([
  'golden money.json: rule, clause and amount exact',
  share(moneyItems.length - moneyWrong.size, moneyItems.length),
  '',
  '',
]);
const pooled = await pooledScores();
for (const [name, s] of [
  ['development sets (misses read), pooled', pooled.development],
  ['blind sets (never read; totals only), pooled', pooled.blind],
] as const) {
  const kinds = Object.entries(s.byKind).map(([k, v]) => `${k} ${((v.right / v.n) * 100).toFixed(1)}%`);
  const langs = Object.entries(s.byLang).map(([k, v]) => `${k} ${((v.right / v.n) * 100).toFixed(1)}%`);
  accuracyRows.push([name, share(s.all.right, s.all.n), kinds.join(', '), langs.join(', ')]);
}
for (const r of accuracyRows) console.error(`  ${r.join(' · ')}`);

// ── Tables ───────────────────────────────────────────────────────────────────
const table = (header: string[], body: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(
  `\nMeasured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`,
);
console.log(table(['Measure', 'Result', 'Tail', 'Note'], rows));
console.log('\nScale (synthetic corpora of recombined real sentences)\n');
console.log(
  table(
    [
      'Clauses, packed index (10 documents)',
      'Index build (MiniSearch + packing)',
      'Serialized',
      'Load (reader + packed index)',
      'Heap of the loaded index and reader',
      'Query median',
      'Query p99',
      'Query CPU median / p99',
    ],
    scaleRows,
  ),
);
console.log('\nThe same corpora in the full-text index (src/search-fts, SQLite file as D1 holds it)\n');
console.log(
  table(
    [
      'Clauses, full-text index (`src/search-fts`, a SQLite file as D1 holds it)',
      'Fill',
      'Database',
      'JS heap after fill and queries',
      'Query median',
      'Query p99',
      'Query CPU median / p99',
    ],
    ftsRows,
  ),
);
console.log('\nAccuracy at the same commit (as npm test and npm run eval score it)\n');
console.log(table(['Set', 'Right', 'By kind', 'By language / note'], accuracyRows));
console.log(
  `\nLoad average during the run: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const failed = loadRuns.some((r) => r.errors + r.non2xx + r.timeouts > 0) || mainGz > 300 * 1024;
if (failed) {
  console.error('\nbench: load errors or an oversized bundle (see the table)');
  process.exitCode = 1;
}
