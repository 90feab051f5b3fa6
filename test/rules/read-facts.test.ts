// readFacts is the reader's fast stand-in for Facts.safeParse: on any input it must give zod's verdict and zod's output,
// key order and kept undefined keys included (the order is what the "understood" list shows).
import fc from 'fast-check';
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

/** Up to four facts, now and then one the schema does not know, each with any of the values above. */
const inputs = fc
  .array(fc.tuple(fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...NAMES) }, fc.constant('unknownFact')), fc.constantFrom(...VALUES)), {
    maxLength: 4,
  })
  .map((entries) => Object.fromEntries(entries) as Record<string, unknown>);

/** Entries, so a key present with undefined and a key absent differ. */
const shape = (v: object | undefined) => (v === undefined ? undefined : Object.entries(v));

describe('readFacts', () => {
  it('gives what Facts.safeParse gives, on 20,000 random inputs', () => {
    let accepted = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        const zod = Facts.safeParse(input);
        const ours = readFacts(input);
        expect(shape(ours)).toEqual(shape(zod.success ? zod.data : undefined));
        if (ours) accepted++;
      }),
      { numRuns: 20_000 },
    );
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
