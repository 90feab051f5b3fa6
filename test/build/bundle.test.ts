// What scripts/bundle.mjs builds: an offline Worker whose main module never reaches the model SDKs and fits 300 KiB
// gzipped, and a Node build that runs with plain node, with the corpus inside and better-sqlite3 left to node_modules.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/bundle.mjs';
import { startFlags } from '../bench/http';

const build = bundle as (target: 'node' | 'worker', options: { outdir: string }) => Promise<Metafile>;
const dir = mkdtempSync(join(tmpdir(), 'szs-build-'));
let worker: Metafile;
let node: Metafile;

beforeAll(async () => {
  worker = await build('worker', { outdir: join(dir, 'worker') });
  node = await build('node', { outdir: join(dir, 'node') });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The output files `entry` loads before running (static imports only), and those only a dynamic import() reaches. */
function closure(meta: Metafile, entry: string) {
  const key = (path: string) => Object.keys(meta.outputs).find((k) => k.endsWith(path))!;
  const loaded = new Set<string>();
  const dynamic = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const i of meta.outputs[file]!.imports) {
      if (i.external) continue;
      if (i.kind === 'dynamic-import') dynamic.add(i.path);
      else visit(i.path);
    }
  };
  visit(key(entry));
  const inputs = (files: Iterable<string>) => [...files].flatMap((f) => Object.keys(meta.outputs[f]!.inputs));
  return { loaded: [...loaded], inputs: inputs(loaded), lazyInputs: inputs([...dynamic].filter((f) => !loaded.has(f))) };
}

const SDKS = /node_modules\/(@langchain|openai|langsmith)\//;

describe('the Worker build', () => {
  it('keeps @langchain, openai and langsmith out of what an offline isolate loads', () => {
    const { inputs, lazyInputs } = closure(worker, 'worker/worker.mjs');
    expect(inputs.filter((i) => SDKS.test(i))).toEqual([]);
    expect(lazyInputs.some((i) => i.includes('node_modules/@langchain/openai/'))).toBe(true);
    expect(lazyInputs).toContain('src/llm/prompts.generated.ts');
  });

  it('loads at most 300 KiB gzipped before its first answer, with the corpus and the index inside', () => {
    const { loaded, inputs } = closure(worker, 'worker/worker.mjs');
    const gz = loaded.reduce(
      (sum, f) => sum + gzipSync(readFileSync(f.startsWith('/') ? f : join(process.cwd(), f)), { level: 9 }).length,
      0,
    );
    console.info(
      `offline Worker: ${loaded.length} modules before the first answer, ${(gz / 1024).toFixed(1)} KiB gzipped (each file, level 9)`,
    );
    expect(gz).toBeLessThanOrEqual(300 * 1024);
    expect(inputs).toEqual(
      expect.arrayContaining([
        'corpus/index.json',
        'corpus/shizuishan-talent-2020/clauses.json',
        'corpus/shizuishan-talent-2020/rules.json',
      ]),
    );
  });
});

describe('the Node build', () => {
  it('leaves better-sqlite3 to node_modules and loads no model SDK offline', () => {
    const server = closure(node, 'node/node.js');
    const externals = Object.values(node.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    expect(externals).toContain('better-sqlite3');
    expect(server.inputs.some((i) => i.includes('node_modules/better-sqlite3/'))).toBe(false);
    expect(server.inputs.filter((i) => SDKS.test(i))).toEqual([]);
  });

  it('answers from plain node, with the corpus bundled in', () => {
    const r = spawnSync(process.execPath, [join(dir, 'node', 'cli.js'), '博士后工作站有什么资助？'], {
      encoding: 'utf8',
      env: { ...process.env, LLM_PROVIDER: 'offline' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('30万元');
    expect(r.stdout).toContain('【第11条】');
  });

  it('runs under the node flags npm start gives the server (flags this node accepts, the same answer)', () => {
    const flags = startFlags();
    expect(flags).toEqual(['--max-semi-space-size=1', '--v8-pool-size=1', '--optimize-for-size']);
    const r = spawnSync(process.execPath, [...flags, join(dir, 'node', 'cli.js'), '博士后工作站有什么资助？'], {
      encoding: 'utf8',
      env: { ...process.env, LLM_PROVIDER: 'offline' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('30万元');
  });
});
