// The offline answer as the server runs it: the probe (answer-probe.ts) bundled by scripts/bundle.mjs's node target
// and run by plain node under the start script's flags. The bench's other offline rows run under tsx, where V8 keeps
// deoptimising the reader's largest function, so they read slower than what `npm start` serves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../../scripts/bundle.mjs';
import { startFlags } from './http';
import type { Timing } from './stats';

const golden = (file: string) => fileURLToPath(new URL(`../golden/${file}`, import.meta.url));

/** Lookup and money answer timings of the bundled pipeline, `rounds` passes over each set after one warm-up pass. */
export async function bundledAnswers(rounds: number): Promise<{ lookup: Timing; money: Timing }> {
  const outdir = mkdtempSync(join(tmpdir(), 'szs-probe-'));
  try {
    await bundle('node', { outdir, entryPoints: { 'answer-probe': 'test/bench/answer-probe.ts' } });
    const run = spawnSync(
      process.execPath,
      [...startFlags(), join(outdir, 'answer-probe.js'), golden('lookup.json'), golden('money.json'), String(rounds)],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`answer probe failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as { lookup: Timing; money: Timing };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
