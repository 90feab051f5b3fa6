// `npm run bench`: speed of the offline answerer, the index, the HTTP server and the Worker bundle, printed as tables.
// Speed goals live here, not in timed tests: the numbers depend on the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { answer } from '../../src/answer/pipeline';
import type { Logger } from '../../src/answer/pipeline';
import { loadCorpus } from '../../src/corpus/load';
import { offlineDeps } from '../../src/deps';
import { loadLanguage } from '../../src/corpus/vocabulary';
import { loadRules } from '../../src/rules/load';
import { buildIndex, loadSearch, type SerializedIndex } from '../../src/search/index';
import { loadBundledReader } from '../../src/search/load';
import { createReader } from '../../src/understand/read';
import { loadGolden } from '../golden/metrics';
import { cannon, chatRequests, rssBytes, startServer } from './http';
import { securityRows } from './security';
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
const money = (JSON.parse(readFileSync(new URL('../golden/money.json', import.meta.url), 'utf8')) as { q?: unknown }[]).flatMap((m) => (typeof m.q === 'string' ? [m.q] : []));

// ── Offline pipeline ──────────────────────────────────────────────────────────
console.error('offline pipeline…');
const indexText = readFileSync(new URL('../../corpus/index.json', import.meta.url), 'utf8');
const corpus = loadCorpus();
const reader = loadBundledReader(corpus, loadRules());
const loads = await timeEach(Array.from({ length: 20 }, () => indexText), (t) => loadSearch(corpus, JSON.parse(t) as SerializedIndex, reader));
row('Index load (JSON.parse + MiniSearch.loadJS), 29 parts', `median ${fmt(loads.median)}`, `p99 ${fmt(loads.p99)}`, `${kib(indexText.length)} JSON, ${kib(gzipSync(indexText).length)} gzipped`);

const deps = offlineDeps(silent);
const reading = await timeEach(lookup, (q) => deps.reader.understand(q), 5);
row(`Reading alone: understand() (${lookup.length} golden lookup questions ×5)`, `median ${fmt(reading.median, 3)}`, `p99 ${fmt(reading.p99, 3)}`, '');
const search = await timeEach(lookup, (q) => deps.search.clauses(q, 3), 5);
row(`Search alone (${lookup.length} golden lookup questions ×5)`, `median ${fmt(search.median, 3)}`, `p99 ${fmt(search.p99, 3)}`, '');
const lookupAnswers = await timeEach(lookup, (q) => answer(deps, { message: q }), 3);
row(`Offline answer, lookup (${lookup.length} ×3)`, `median ${fmt(lookupAnswers.median)}`, `p99 ${fmt(lookupAnswers.p99)}`, '');
const moneyAnswers = await timeEach(money, (q) => answer(deps, { message: q }), 3);
row(`Offline answer, money (${money.length} ×3)`, `median ${fmt(moneyAnswers.median)}`, `p99 ${fmt(moneyAnswers.p99)}`, '');

// ── Cold start: a new process until its first answer is printed ─────────────────
console.error('cold start…');
const cold = summarize(
  Array.from({ length: 5 }, () => {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '博士后工作站有什么资助？'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cli failed: ${r.stderr}`);
    return performance.now() - start;
  }),
);
row('Cold start: `tsx src/cli.ts "…"` to first answer (5 runs)', `median ${fmt(cold.median, 0)}`, `max ${fmt(cold.p99, 0)}`, 'includes TypeScript transpile by tsx');

// ── Scale: synthetic corpora ─────────────────────────────────────────────────
console.error('scale…');
const scaleRows: string[][] = [];
for (const n of [1_000, 10_000]) {
  const synthetic = syntheticCorpus(n);
  const built = await timeOnce(() => buildIndex(synthetic));
  const text = JSON.stringify(built.value);
  const heapBefore = heapUsed();
  const loaded = await timeOnce(() => loadSearch(synthetic, JSON.parse(text) as SerializedIndex, createReader(loadLanguage(), synthetic)));
  const heapAfter = heapUsed();
  const queries = await timeEach(lookup.slice(0, 100), (q) => loaded.value.clauses(q, 3));
  scaleRows.push([
    n.toLocaleString('en'), fmt(built.ms, 0), `${mib(text.length)} (${mib(gzipSync(text).length)} gz)`, fmt(loaded.ms, 0),
    mib(heapAfter - heapBefore), fmt(queries.median, 2), fmt(queries.p99, 2),
  ]);
  console.error(`  ${scaleRows.at(-1)!.join(' · ')}`);
}

// ── HTTP on Node: throughput ratio and a bounded load test ─────────────────────
console.error('http…');
const server = await startServer(18000 + Math.floor(Math.random() * 1000));
const mix = chatRequests(lookup.slice(0, 40), money.slice(0, 40));
await cannon(server.url, { connections: 10, duration: 2, requests: mix }); // warm-up
const health = await cannon(`${server.url}/healthz`, { connections: 10, duration: 5 });
const chat = await cannon(server.url, { connections: 10, duration: 5, requests: mix });
row('HTTP /healthz (10 connections, 5 s)', `${health.requests.average.toFixed(0)} req/s`, `p99 ${health.latency.p99} ms`, '');
row('HTTP /api/chat lookup+money mix (10 connections, 5 s)', `${chat.requests.average.toFixed(0)} req/s`, `p99 ${chat.latency.p99} ms`, `${((chat.requests.average / health.requests.average) * 100).toFixed(1)}% of /healthz`);

const rss0 = rssBytes(server.pid);
const load1 = await cannon(server.url, { connections: 50, duration: 10, requests: mix });
const rss1 = rssBytes(server.pid);
const load2 = await cannon(server.url, { connections: 50, duration: 10, requests: mix });
const rss2 = rssBytes(server.pid);
await server.stop();
for (const [i, r] of [load1, load2].entries()) {
  row(`Load test run ${i + 1}: 50 clients × 10 s on /api/chat`, `${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s`, `p99 ${r.latency.p99} ms`, `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`);
}
row('Server RSS before → after run 1 → after run 2', `${mib(rss0)} → ${mib(rss1)} → ${mib(rss2)}`, '', `growth across runs ${mib(rss2 - rss1)}`);

// ── Security: adversarial message cost, memory under huge chunked bodies ─────
console.error('security…');
for (const r of await securityRows()) row(r[0] ?? '', r[1] ?? '', r[2] ?? '', r[3] ?? '');

// ── Worker bundle ─────────────────────────────────────────────────────────────
console.error('worker bundle…');
const out = mkdtempSync(join(tmpdir(), 'szs-bundle-'));
const dry = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], { encoding: 'utf8' });
if (dry.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${dry.stderr}`);
const bundle = readFileSync(join(out, 'worker.js'));
const gz = gzipSync(bundle, { level: 9 }).length;
rmSync(out, { recursive: true, force: true });
row('Worker bundle (`wrangler deploy --dry-run`)', `${kib(bundle.length)}`, `${kib(gz)} gzipped`, gz < 1024 * 1024 ? 'under the 1 MiB goal' : 'OVER the 1 MiB goal');

// ── Tables ───────────────────────────────────────────────────────────────────
const table = (header: string[], body: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(`\nMeasured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
console.log(table(['Measure', 'Result', 'Tail', 'Note'], rows));
console.log('\nScale (synthetic corpora of recombined real sentences)\n');
console.log(table(['Clauses', 'Index build', 'Serialized', 'Load', 'Heap of the loaded index', 'Query median', 'Query p99'], scaleRows));
const failed = load1.errors + load2.errors + load1.non2xx + load2.non2xx + load1.timeouts + load2.timeouts > 0 || gz >= 1024 * 1024;
if (failed) {
  console.error('\nbench: load errors or an oversized bundle (see the table)');
  process.exitCode = 1;
}
