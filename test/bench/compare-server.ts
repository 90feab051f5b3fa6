// Before/after for the Node server: an older checkout started the old way (`npx tsx test/bench/compare-server.ts DIR`,
// DIR holding that commit's files with node_modules linked) against this one's built server, under the same load:
// time to ready, RSS idle and after a 50-client run, /api/chat throughput against /healthz.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGolden } from '../golden/metrics';
import { readFileSync } from 'node:fs';
import { cannon, chatRequests, rssBytes } from './http';
const lookup = loadGolden('lookup.json').map((g) => g.q);
const money = (JSON.parse(readFileSync(new URL('../golden/money.json', import.meta.url), 'utf8')) as { q?: unknown }[]).flatMap((m) =>
  typeof m.q === 'string' ? [m.q] : [],
);
const mix = chatRequests(lookup.slice(0, 40), money.slice(0, 40));
const before = process.argv[2];
const servers = [
  ...(before ? [[`before: tsx src/node.ts in ${before}`, before, ['--import', 'tsx', 'src/node.ts']] as const] : []),
  ['after: node dist/node/node.js', process.cwd(), ['dist/node/node.js']] as const,
];
for (const [name, cwd, args] of servers) {
  const port = 19000 + Math.floor(Math.random() * 500);
  const dir = mkdtempSync(join(tmpdir(), 'szs-b-'));
  const t0 = performance.now();
  const child = spawn(process.execPath, [...args], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      SQLITE_PATH: join(dir, 'b.sqlite'),
      RATE_LIMIT_PER_MINUTE: '100000',
      LLM_PROVIDER: 'offline',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.resume();
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const ready = performance.now() - t0;
  const idle = rssBytes(child.pid!);
  await cannon(url, { connections: 10, duration: 2, requests: mix });
  const h = await cannon(`${url}/healthz`, { connections: 10, duration: 5 });
  const c = await cannon(url, { connections: 10, duration: 5, requests: mix });
  const l = await cannon(url, { connections: 50, duration: 10, requests: mix });
  const rss = rssBytes(child.pid!);
  child.kill('SIGTERM');
  console.log(
    name,
    `ready ${ready.toFixed(0)} ms, idle RSS ${(idle / 2 ** 20).toFixed(1)} MiB, healthz ${h.requests.average.toFixed(0)}/s, chat ${c.requests.average.toFixed(0)}/s (${((c.requests.average / h.requests.average) * 100).toFixed(1)}%), load ${l.requests.average.toFixed(0)}/s p99 ${l.latency.p99} ms errors ${l.errors + l.non2xx}, RSS after load ${(rss / 2 ** 20).toFixed(1)} MiB`,
  );
}
