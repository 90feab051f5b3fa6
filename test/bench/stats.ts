// Timing helpers for the bench: run a function over inputs, report median and p99 in milliseconds.

export interface Timing {
  n: number;
  median: number;
  p99: number;
  /** Process CPU time (user + system) per call, ms: unlike wall time, it does not count waiting for a busy machine's cores. */
  cpu?: { median: number; p99: number };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** Times fn on every input (after one untimed warm-up pass over all of them). */
export async function timeEach<T>(inputs: T[], fn: (input: T) => unknown, rounds = 1): Promise<Timing> {
  for (const input of inputs) await fn(input);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      await fn(input);
      const used = process.cpuUsage(cpuStart);
      samples.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const c = summarize(cpu);
  return { ...summarize(samples), cpu: { median: c.median, p99: c.p99 } };
}

/** Milliseconds one call takes. */
export async function timeOnce<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export const fmt = (ms: number, digits = 2) => `${ms.toFixed(digits)} ms`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
