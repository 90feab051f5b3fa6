// `npm run eval -- --sets`: the sets written from the source alone. Blind sets (test/golden/blind/) print totals per kind and
// language only; the development set (dev-a.json, whose misses have been read) may print its misses with --misses.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { offlineDeps } from '../../src/deps';
import { BLIND_DIR, loadSet, scoreItems, type KindScore, type SetScore } from './blind-score';

/** Sets written blind whose misses have since been read: tuned on, never quoted as accuracy on new questions. */
export const DEV_SETS = ['dev-a.json', 'dev-b.json', 'dev-c.json', 'dev-d.json', 'dev-e.json', 'dev-f.json', 'dev-g.json', 'dev-h.json', 'dev-i.json', 'dev-j.json', 'dev-k.json', 'dev-l.json', 'dev-m.json', 'dev-n.json', 'dev-o.json', 'dev-p.json', 'dev-q.json', 'dev-r.json', 'dev-s.json', 'dev-t.json', 'dev-u.json', 'dev-v.json', 'dev-w.json', 'dev-x.json', 'dev-y.json', 'dev-z.json', 'dev-zz.json', 'dev-ba.json', 'dev-bb.json', 'dev-bc.json', 'dev-bd.json', 'dev-be.json', 'dev-bf.json', 'dev-bg.json', 'dev-bh.json', 'dev-bi.json', 'dev-bj.json', 'dev-bk.json', 'dev-bl.json', 'dev-bm.json', 'dev-bn.json', 'dev-bo.json', 'dev-bp.json', 'dev-br.json', 'dev-bt.json', 'dev-bu.json', 'dev-bv.json', 'dev-bw.json', 'dev-bz.json'];

const quiet = { info() {}, warn() {}, error() {} };
const pct = (s: KindScore) => `${((s.right / s.n) * 100).toFixed(1)}% (${s.right}/${s.n})`;

/** The blind sets' file names, in order. */
const blindFiles = () => (existsSync(BLIND_DIR) ? readdirSync(BLIND_DIR) : []).filter((f) => f.endsWith('.json')).sort();

function print(name: string, s: SetScore): void {
  console.log(`\n${name}: all ${pct(s.all)}`);
  for (const [k, v] of Object.entries({ ...s.byKind, ...s.byLang })) console.log(`  ${k.padEnd(13)} ${pct(v)}`);
}

export async function evalSets(showMisses: boolean): Promise<void> {
  for (const file of DEV_SETS) {
    const dev = await scoreItems(offlineDeps(quiet), loadSet(join(import.meta.dirname, file)));
    print(`${file} (development set: its misses have been read)`, dev);
    if (showMisses) for (const m of dev.misses) console.log(`    miss ${m.item.id} [${m.item.kind}/${m.item.asks}] ${m.item.turns.join(' ⏎ ')}  → ${m.why}`);
  }
  for (const file of blindFiles()) {
    print(`blind/${file} (blind: totals only)`, await scoreItems(offlineDeps(quiet), loadSet(join(BLIND_DIR, file))));
  }
}



/** Every development set pooled, and every blind set pooled (totals per kind and language only): for `npm run bench`. */
export async function pooledScores(): Promise<{ development: Omit<SetScore, 'misses'>; blind: Omit<SetScore, 'misses'> }> {
  const pool = async (paths: string[]) => {
    const total: Omit<SetScore, 'misses'> = { byKind: {}, byLang: {}, all: { n: 0, right: 0 } };
    const add = (into: Record<string, KindScore>, from: Record<string, KindScore>) => {
      for (const [k, v] of Object.entries(from)) {
        const t = (into[k] ??= { n: 0, right: 0 });
        t.n += v.n;
        t.right += v.right;
      }
    };
    for (const path of paths) {
      const s = await scoreItems(offlineDeps(quiet), loadSet(path));
      add(total.byKind, s.byKind);
      add(total.byLang, s.byLang);
      total.all.n += s.all.n;
      total.all.right += s.all.right;
    }
    return total;
  };
  return {
    development: await pool(DEV_SETS.map((f) => join(import.meta.dirname, f))),
    blind: await pool(blindFiles().map((f) => join(BLIND_DIR, f))),
  };
}
