// Timing helpers for the bench: run a function over inputs, report median and p99 in milliseconds.

export interface Timing {
  n: number;
  median: number;
  p99: number;
  /** Process CPU time (user + system) per call, ms: unlike wall time, it does not count waiting for a busy machine's cores. */
  cpu?: { median: number; p99: number };
  /**
   * Each input's fastest pass, ms, then their median and p99: what each input costs itself, without the garbage
   * collections and the other jobs that land on some passes (with rounds ≥ 2).
   */
  fastest?: { median: number; p99: number };
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
  const fastest = inputs.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    for (const [i, input] of inputs.entries()) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      await fn(input);
      const used = process.cpuUsage(cpuStart);
      const ms = performance.now() - start;
      samples.push(ms);
      cpu.push((used.user + used.system) / 1000);
      fastest[i] = Math.min(fastest[i]!, ms);
    }
  }
  const c = summarize(cpu);
  const f = summarize(fastest);
  return { ...summarize(samples), cpu: { median: c.median, p99: c.p99 }, fastest: { median: f.median, p99: f.p99 } };
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
