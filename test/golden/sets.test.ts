// The sets written from the source alone, through answer() as a user meets it: each kind must stay at or above the
// figure last reported for it (test/golden/ratchet.json). Raise a figure only after a run shows the new one; never lower
// it to make a change pass. Blind sets are scored here without printing a single miss.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineDeps } from '../../src/deps';
import { BLIND_DIR, loadSet, scoreItems } from './blind-score';

const quiet = { info() {}, warn() {}, error() {} };
const ratchet = JSON.parse(readFileSync(join(import.meta.dirname, 'ratchet.json'), 'utf8')) as Record<string, Record<string, number>>;

describe('question sets written from the source alone', () => {
  for (const [file, floors] of Object.entries(ratchet)) {
    if (file.startsWith('$')) continue;
    it(`${file}: every kind at or above its last reported accuracy`, async () => {
      const path = file.startsWith('blind/') ? join(BLIND_DIR, file.slice('blind/'.length)) : join(import.meta.dirname, file);
      const score = await scoreItems(offlineDeps(quiet), loadSet(path));
      const got = Object.fromEntries(Object.entries(score.byKind).map(([kind, s]) => [kind, Math.floor((s.right / s.n) * 1000) / 10]));
      for (const [kind, floor] of Object.entries(floors)) expect(got[kind] ?? 0, `${file} ${kind}`).toBeGreaterThanOrEqual(floor);
    }, 60_000);
  }
});
