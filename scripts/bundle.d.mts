// Types of scripts/bundle.mjs (plain JavaScript: it runs from npm install's prepare, before any TypeScript tooling).
import type { Metafile } from 'esbuild';

export function bundle(
  target: 'node' | 'worker',
  options?: { metafile?: boolean; outdir?: string; entryPoints?: string[] | Record<string, string> },
): Promise<Metafile>;
