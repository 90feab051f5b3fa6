// HTTP measurements against the real Node entry (src/node.ts in its own process): throughput with autocannon and a
// bounded load test, with the server's resident memory read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';

export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The node flags `npm start` gives the server (package.json's start script: `node [flags…] scripts/run.mjs node`). */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  const m = /^node ((?:--\S+ )*)scripts\/run\.mjs node$/.exec(pkg.scripts.start);
  if (!m) throw new Error(`package.json start script is not "node [flags] scripts/run.mjs node": ${pkg.scripts.start}`);
  return m[1]!.split(' ').filter(Boolean);
}

/** Starts the built server as `npm start` runs it (the same node flags, scripts/run.mjs) on a free port with a throwaway SQLite file and no effective rate limit. */
export async function startServer(port: number): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'szs-bench-'));
  const child: ChildProcess = spawn(process.execPath, [...startFlags(), 'scripts/run.mjs', 'node'], {
    env: {
      ...process.env,
      PORT: String(port),
      SQLITE_PATH: join(dir, 'bench.sqlite'),
      RATE_LIMIT_PER_MINUTE: '100000',
      LLM_PROVIDER: 'offline',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Drain the JSON log lines so a full pipe never stalls the server.
  child.stdout?.resume();
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server's resident set size in bytes (Linux). */
export function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
}

/** Alternating lookup and money questions, as the web chat sends them. */
export function chatRequests(
  lookup: string[],
  money: string[],
): { method: string; path: string; headers: Record<string, string>; body: string }[] {
  const requests = [];
  for (let i = 0; i < Math.max(lookup.length, money.length); i++) {
    for (const q of [lookup[i % lookup.length], money[i % money.length]]) {
      requests.push({
        method: 'POST',
        path: '/api/chat',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: q }),
      });
    }
  }
  return requests;
}

export function cannon(
  url: string,
  options: { connections: number; duration: number; requests?: ReturnType<typeof chatRequests> },
): Promise<Result> {
  return autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    ...(options.requests ? { requests: options.requests } : {}),
  });
}
