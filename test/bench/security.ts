// Security measurements for `npm run bench` (also runnable alone: `npx tsx test/bench/security.ts`): the CPU cost of
// an adversarial 2,000-character message, and the server's memory after huge chunked bodies without Content-Length.
import { request } from 'node:http';
import { answer } from '../../src/answer/pipeline';
import type { Logger } from '../../src/contract/logger';
import { offlineDeps } from '../../src/deps';
import { rssBytes, startServer } from './http';
import { fmt, mib, timeOnce } from './stats';

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };
/** The goal of issue 11: a 2,000-character adversarial message costs under 20 ms of CPU. */
const ADVERSARIAL_GOAL_MS = 20;

/** Repeated policy terms with no separator: the shape that made the scope check quadratic (15 s on 2026-12-04). */
function adversarial(chars: number): string {
  const terms = '人才引进';
  return terms.repeat(Math.ceil(chars / terms.length)).slice(0, chars);
}

/** POSTs `totalBytes` as a chunked body (no Content-Length) and resolves with the status once the server answers. */
function chunkedPost(url: string, totalBytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    let done = false;
    const req = request(
      `${url}/api/chat`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (res) => {
        done = true;
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on('error', (err) => (done ? undefined : reject(err)));
    const pump = () => {
      while (!done && sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!done) req.end();
    };
    req.write('{"message":"');
    pump();
  });
}

/** Rows for the bench table: [measure, result, tail, note]. */
export async function securityRows(): Promise<string[][]> {
  const rows: string[][] = [];
  const deps = offlineDeps(silent);
  // One run each: on a quadratic build one 2,000-character run takes seconds.
  const cost = async (chars: number) => (await timeOnce(() => answer(deps, { message: adversarial(chars) }))).ms;
  await answer(deps, { message: '博士后工作站有什么资助？' }); // warm-up
  const [half, full] = [await cost(1000), await cost(2000)];
  rows.push([
    'Adversarial message: 2,000 chars of repeated policy terms through answer()',
    `${fmt(full)}`,
    `1,000 chars ${fmt(half)} (×${(full / half).toFixed(2)} for double the length)`,
    full < ADVERSARIAL_GOAL_MS
      ? `under the ${ADVERSARIAL_GOAL_MS} ms goal`
      : `OVER the ${ADVERSARIAL_GOAL_MS} ms goal (scope check, src/search/scope.ts)`,
  ]);

  const server = await startServer(19000 + Math.floor(Math.random() * 1000));
  const before = rssBytes(server.pid);
  const one = await chunkedPost(server.url, 600 * 1024 * 1024);
  const afterOne = rssBytes(server.pid);
  const ten = await Promise.all(Array.from({ length: 10 }, () => chunkedPost(server.url, 600 * 1024 * 1024)));
  const afterTen = rssBytes(server.pid);
  await server.stop();
  rows.push([
    'One 600 MB chunked POST /api/chat (no Content-Length), then ten at once',
    `status ${one}; ten: ${[...new Set(ten)].join(', ')}`,
    `RSS ${mib(before)} → ${mib(afterOne)} → ${mib(afterTen)}`,
    'cut off at 32 KiB by the streaming body limit',
  ]);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await securityRows()) console.log(`| ${r.join(' | ')} |`);
}
