// readFacts is the reader's fast stand-in for Facts.safeParse: on any input it must give zod's verdict and zod's output,
// key order and kept undefined keys included (the order is what the "understood" list shows).
import { describe, expect, it } from 'vitest';
import { Facts, readFacts } from '../../src/rules/facts';

const NAMES = Object.keys(Facts.shape);
const VALUES: unknown[] = [
  true,
  false,
  'doctor',
  'master',
  'city',
  'national',
  'x',
  1,
  null,
  undefined,
  [],
  ['student'],
  ['student', 'postdoc_station'],
  ['nope'],
  {},
];

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function inputOf(next: () => number): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const keys = Math.floor(next() * 5);
  for (let k = 0; k < keys; k++) {
    const name = next() < 0.05 ? 'unknownFact' : NAMES[Math.floor(next() * NAMES.length)]!;
    input[name] = VALUES[Math.floor(next() * VALUES.length)];
  }
  return input;
}

/** Entries, so a key present with undefined and a key absent differ. */
const shape = (v: object | undefined) => (v === undefined ? undefined : Object.entries(v));

describe('readFacts', () => {
  it('gives what Facts.safeParse gives, on 20,000 random inputs', () => {
    const next = random(15);
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const input = inputOf(next);
      const zod = Facts.safeParse(input);
      const ours = readFacts(input);
      expect(shape(ours), JSON.stringify(input)).toEqual(shape(zod.success ? zod.data : undefined));
      if (ours) accepted++;
    }
    // Both verdicts occur often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(2_000);
    expect(accepted).toBeLessThan(18_000);
  });

  it('keeps the schema order and copies the list of subjects', () => {
    const subjects = ['student' as const];
    const out = readFacts({ level: 'city', degree: 'doctor', subjects, origin: undefined });
    expect(Object.keys(out ?? {})).toEqual(['subjects', 'origin', 'degree', 'level']);
    expect(out?.subjects).toEqual(['student']);
    expect(out?.subjects).not.toBe(subjects);
  });

  it('refuses what zod refuses: an unknown fact, a value outside the enum, an empty list of subjects', () => {
    expect(readFacts({ salary: 5000 })).toBeUndefined();
    expect(readFacts({ degree: 'phd' })).toBeUndefined();
    expect(readFacts({ subjects: [] })).toBeUndefined();
    expect(readFacts({ origin: 'yes' })).toBeUndefined();
  });
});
