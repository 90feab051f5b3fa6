// What a cold Worker isolate evaluates before its first answer, measured in a fresh V8 (a new Node process; workerd runs
// the same V8): importing the built module (parse + top-level evaluation), then the first /api/chat request, which
// builds the dependencies (corpus validation, index load, rules) and answers. workerd's own `cloudflare:workers` module
// (the Worker imports waitUntil from it) is replaced by a data: URL in a copy of the main module: a resolve hook would
// run Node's loader thread during the import and add its round trips to the time measured. Two things workerd does
// differently are set up as there: code generation from strings is refused (so zod validates without compiling a parser
// per schema, as it must in a Worker), and Request and Response are built in (Node loads undici on their first use, about
// 20 ms that a Worker never spends, so the probe touches them before the clock starts).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ColdWorker {
  /** Import of the main module and its static imports, in ms. */
  evaluate: number;
  /** The first request: dependencies built, then answered, in ms. */
  firstAnswer: number;
  /** A second request (warm), in ms. */
  secondAnswer: number;
}

const PROBE = `
void [Request, Response, Headers];
const t0 = performance.now();
const { default: worker } = await import(process.argv.at(-1));
const t1 = performance.now();
const ask = async () => {
  const res = await worker.fetch(new Request('http://worker/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: '博士后工作站有什么资助？' }) }), { LLM_PROVIDER: 'offline' }, { waitUntil() {}, passThroughOnException() {} });
  if (res.status !== 200) throw new Error('status ' + res.status);
  await res.text();
};
await ask();
const t2 = performance.now();
await ask();
const t3 = performance.now();
process.stdout.write("\\nCOLD " + JSON.stringify({ evaluate: t1 - t0, firstAnswer: t2 - t1, secondAnswer: t3 - t2 }));
`;

const WORKERD_STUB = 'data:text/javascript,export const waitUntil = (p) => p;';

/**
 * A copy of the built Worker's main module that Node can import: workerd's own `cloudflare:workers` replaced by a
 * stub. Written beside the original as `name`, so its relative imports of the other chunks resolve.
 */
export function nodeImportable(path: string, name: string): string {
  const copy = join(dirname(path), name);
  writeFileSync(copy, readFileSync(path, 'utf8').replaceAll('"cloudflare:workers"', JSON.stringify(WORKERD_STUB)));
  return copy;
}

/** One cold start of the Worker module at `path` (a bundle built for workerd, run here without bindings). */
export function coldWorker(path: string): ColdWorker {
  const probe = nodeImportable(path, 'cold-probe.mjs');
  try {
    const r = spawnSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--input-type=module', '-e', PROBE, pathToFileURL(probe).href],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`cold worker probe failed: ${r.stderr}`);
    return JSON.parse(r.stdout.split('\nCOLD ').at(-1) ?? '') as ColdWorker;
  } finally {
    rmSync(probe, { force: true });
  }
}
