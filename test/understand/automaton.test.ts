// The automaton every reading scans with, against the obvious matcher: every occurrence of every phrase, ordered by
// where it ends and then longest first; ASCII phrases only as whole words, or with a plural or possessive ending.
import { describe, expect, it } from 'vitest';
import { Automaton, type Hit } from '../../src/understand/automaton';

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
  it('finds what the obvious matcher finds, in its order, over 3,000 random dictionaries and texts', () => {
    const next = random(2026);
    const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    let hits = 0;
    for (let round = 0; round < 3_000; round++) {
      // Few letters, so phrases overlap, share prefixes and suffixes, and repeat (the same phrase twice, two values).
      const alphabet = round % 2 ? '博士后站工作' : "abs e'";
      const entries: [string, number][] = Array.from({ length: 1 + Math.floor(next() * 12) }, (_, i) => [
        pick(alphabet, Math.floor(next() * 5)),
        i,
      ]);
      const text = pick(alphabet + '博a', Math.floor(next() * 40));
      const expected = naive(entries, text);
      expect(new Automaton(entries).scan(text), JSON.stringify({ entries, text })).toEqual(expected);
      hits += expected.length;
    }
    expect(hits).toBeGreaterThan(5_000);
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
