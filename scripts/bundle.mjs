// Builds what runs, with esbuild: dist/node/ for `npm start`, `npm run ask` and friends (run by plain node, no
// TypeScript at start-up), and dist/worker/ for wrangler (its [build] command; deployed as-is). In both, the model
// SDKs (src/llm/openai.ts, src/llm/workers-ai.ts) and the model's answer code (src/llm/compose.ts) are chunks of their
// own, imported only when LLM_PROVIDER names a model. `npm install` runs this through `prepare`; scripts/run.mjs rebuilds when sources changed.
//
//   node scripts/bundle.mjs [node|worker|all] [--if-stale] [--metafile]
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** zod's 40-odd message locales (about 360 KiB, a third of the Worker) reduced to English, the one zod uses by default. */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: resolve(dirname(args.importer), '../locales/index.js'), namespace: 'zod-locales', pluginData: dirname(args.importer) }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(args.pluginData, '../locales/en.js'))};`,
      resolveDir: args.pluginData,
      loader: 'js',
    }));
  },
};

const IN_PACKAGE = /[\\/]node_modules[\\/]/;
const IN_ZOD = /[\\/]node_modules[\\/]zod[\\/]/;

/**
 * zod as the model SDKs, LangChain and the MCP SDK import it, built as a copy of its own (namespace `zod-copy`) rather
 * than sharing files with src/'s zod/mini. Sharing, esbuild put every part of zod those lazy chunks use (classic zod,
 * its JIT compiler, JSON Schema) into a chunk the offline Worker loads first. zod v4 is made to run as several copies
 * side by side: its registry lives on globalThis and `instanceof` checks traits, not identity.
 */
const zodCopyForPackages = {
  name: 'zod-copy-for-packages',
  setup(build) {
    const skip = { zodCopy: 'skip' };
    const copy = async (args) => {
      const resolved = await build.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: args.kind,
        importer: args.importer,
        pluginData: skip,
      });
      if (resolved.errors.length) return { errors: resolved.errors };
      return IN_ZOD.test(resolved.path) ? { path: resolved.path, namespace: 'zod-copy' } : resolved;
    };
    build.onResolve({ filter: /^zod(\/|$)/ }, (args) =>
      args.pluginData === skip || !IN_PACKAGE.test(args.importer) || IN_ZOD.test(args.importer) ? undefined : copy(args),
    );
    build.onResolve({ filter: /.*/, namespace: 'zod-copy' }, (args) => (args.pluginData === skip ? undefined : copy(args)));
    build.onLoad({ filter: /.*/, namespace: 'zod-copy' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

export const TARGETS = {
  node: {
    outdir: 'dist/node',
    options: {
      entryPoints: ['src/node.ts', 'src/cli.ts', 'src/calc.ts', 'src/bot.ts', 'src/telegram-setup.ts'],
      platform: 'node',
      target: 'node20',
      // A native addon: loaded from node_modules at run time, never bundled.
      external: ['better-sqlite3'],
      // Bundled CommonJS packages may require() Node's built-ins; ESM has no require, so give them one.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      sourcemap: 'linked',
      plugins: [zodEnglishOnly],
    },
  },
  worker: {
    outdir: 'dist/worker',
    options: {
      entryPoints: ['src/worker.ts'],
      // What wrangler's own bundler uses for a Worker without nodejs_compat.
      platform: 'browser',
      conditions: ['workerd', 'worker', 'browser'],
      // The runtime's own modules (waitUntil) are provided by workerd.
      external: ['cloudflare:*'],
      target: 'es2024',
      define: { 'process.env.NODE_ENV': '"production"' },
      // Smaller to upload and faster for a cold isolate to parse; names are kept so Workers Logs show readable stacks.
      // .mjs, which wrangler.toml's module rule uploads as ES modules.
      outExtension: { '.js': '.mjs' },
      minifySyntax: true,
      minifyWhitespace: true,
      charset: 'utf8',
      plugins: [zodEnglishOnly, zodCopyForPackages],
    },
  },
};

/** Every file whose change calls for a rebuild (sources, bundled data, the lockfile, this script). */
function inputs() {
  const files = [join(root, 'package-lock.json'), fileURLToPath(import.meta.url)];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'corpus'));
  return files;
}

const stampOf = (target) => join(root, TARGETS[target].outdir, '.built');

/** True when dist/<target> is missing or older than any input. */
export function isStale(target) {
  let built;
  try {
    built = statSync(stampOf(target)).mtimeMs;
  } catch {
    return true;
  }
  return inputs().some((file) => statSync(file).mtimeMs > built);
}

/**
 * Builds one target into a clean directory (its dist/ folder unless `outdir` says otherwise); returns esbuild's metafile.
 * `entryPoints` replaces the target's own (npm run bench builds a timing probe exactly as dist/node/ is built).
 */
export async function bundle(target, { metafile = false, outdir = TARGETS[target].outdir, entryPoints } = {}) {
  const { build } = await import('esbuild');
  const { options } = TARGETS[target];
  rmSync(resolve(root, outdir), { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir,
    outbase: 'src',
    chunkNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    ...options,
    ...(entryPoints ? { entryPoints } : {}),
  });
  mkdirSync(resolve(root, outdir), { recursive: true });
  if (metafile) writeFileSync(resolve(root, outdir, 'meta.json'), JSON.stringify(result.metafile));
  if (outdir === TARGETS[target].outdir) writeFileSync(stampOf(target), new Date().toISOString());
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const which = args.find((a) => !a.startsWith('--')) ?? 'all';
  const targets = which === 'all' ? Object.keys(TARGETS) : [which];
  for (const target of targets) {
    if (!TARGETS[target]) throw new Error(`unknown target ${target}: use node, worker or all`);
    if (args.includes('--if-stale') && !isStale(target)) continue;
    const started = performance.now();
    await bundle(target, { metafile: args.includes('--metafile') });
    console.error(`built ${TARGETS[target].outdir} in ${Math.round(performance.now() - started)} ms`);
  }
}
