// The automaton every reading scans with, against the obvious matcher: every occurrence of every phrase, ordered by
// where it ends and then longest first; ASCII phrases only as whole words, or with a plural or possessive ending.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton, type Hit } from '../../src/understand/automaton';

const WORD = /[a-z0-9]/;

function naive(entries: [string, number][], text: string): Hit<number>[] {
  const found: { hit: Hit<number>; endOfPhrase: number; length: number; order: number }[] = [];
  entries.forEach(([phrase, value], order) => {
    if (!phrase) return;
    for (let start = text.indexOf(phrase); start >= 0; start = text.indexOf(phrase, start + 1)) {
      const end = start + phrase.length;
      let extra = 0;
      if (/^[\x00-\x7f]+$/.test(phrase)) {
        if (WORD.test(text[start - 1] ?? '')) continue;
        if (WORD.test(text[end] ?? '')) {
          const ending =
            phrase.length >= 3
              ? ["'s", 'es', 's'].find((e) => text.startsWith(e, end) && !WORD.test(text[end + e.length] ?? ''))
              : undefined;
          if (!ending) continue;
          extra = ending.length;
        }
      }
      found.push({ hit: { start, end: end + extra, value }, endOfPhrase: end, length: phrase.length, order });
    }
  });
  found.sort((a, b) => a.endOfPhrase - b.endOfPhrase || b.length - a.length || a.order - b.order);
  return found.map((f) => f.hit);
}

describe('Automaton', () => {
  it('finds what the obvious matcher finds, in its order, over 4,000 random dictionaries and texts', () => {
    // Few letters, so phrases overlap, share prefixes and suffixes, and repeat (the same phrase twice, two values).
    const over = (alphabet: string) => {
      const unit = fc.constantFrom(...alphabet);
      return fc.record({
        phrases: fc.array(fc.string({ unit, maxLength: 4, size: 'max' }), { minLength: 1, maxLength: 12, size: 'max' }),
        text: fc.string({ unit: fc.constantFrom(...alphabet, '博', 'a'), maxLength: 40, size: 'max' }),
      });
    };
    let hits = 0;
    fc.assert(
      // Mixed: phrases with a Latin letter and without, whose hits two tries find and one order must merge.
      fc.property(fc.oneof(over('博士后站工作'), over("abs e'"), over('博士a后s ')), ({ phrases, text }) => {
        const entries = phrases.map((p, i): [string, number] => [p, i]);
        const expected = naive(entries, text);
        expect(new Automaton(entries).scan(text)).toEqual(expected);
        hits += expected.length;
      }),
      { numRuns: 4_000 },
    );
    expect(hits).toBeGreaterThan(5_000);
  });

  it('prepares a phrase with a Latin letter only when a text with a Latin letter is scanned', () => {
    const prepared: string[] = [];
    const stem = (p: string) => (prepared.push(p), p.replace(/s\b/g, ''));
    const a = new Automaton<number>(
      [
        ['labs', 1],
        ['博士', 2],
        ['博士 labs', 3],
      ],
      stem,
    );
    expect(prepared).toEqual(['博士']);
    expect(a.scan('在读博士')).toEqual([{ start: 2, end: 4, value: 2 }]);
    expect(prepared).toEqual(['博士']);
    expect(a.scan('博士 lab')).toEqual([
      { start: 0, end: 2, value: 2 },
      { start: 0, end: 6, value: 3 },
      { start: 3, end: 6, value: 1 },
    ]);
    expect(prepared).toEqual(['博士', 'labs', '博士 labs']);
  });

  it('keeps a node with many children in order (every CJK character after one first character)', () => {
    const entries: [string, number][] = Array.from({ length: 300 }, (_, i) => [
      `博${String.fromCharCode(0x4e00 + ((i * 7919) % 20000))}`,
      i,
    ]);
    const text = entries.map(([p]) => p).join('');
    expect(new Automaton(entries).scan(text)).toEqual(naive(entries, text));
  });
});
