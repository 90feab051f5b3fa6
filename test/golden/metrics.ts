// Scores a retrieval function on a golden question set: top-1, top-3 and MRR, overall and per persona / language.
import { readFileSync } from 'node:fs';
import * as z from '../../src/contract/zod';

export const GoldenQuestion = z.object({
  q: z.string().check(z.minLength(1)),
  persona: z.enum(['graduate', 'enterprise', 'staff']),
  lang: z.enum(['zh', 'en']),
  expect: z.array(z.string()),
});
export type GoldenQuestion = z.infer<typeof GoldenQuestion>;

export function loadGolden(name: string): GoldenQuestion[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
  return z.array(GoldenQuestion).parse(raw);
}

export interface Score {
  n: number;
  top1: number;
  top3: number;
  mrr: number;
}

export interface Miss {
  q: string;
  expect: string[];
  got: string[];
}

/** Out-of-scope questions count as right only when nothing is retrieved. */
function judge(expect: string[], got: string[]): { top1: boolean; top3: boolean; rr: number } {
  if (expect.length === 0) {
    const none = got.length === 0;
    return { top1: none, top3: none, rr: none ? 1 : 0 };
  }
  const rank = got.findIndex((id) => expect.includes(id));
  return { top1: rank === 0, top3: rank >= 0 && rank < 3, rr: rank >= 0 ? 1 / (rank + 1) : 0 };
}

function summarize(rows: { top1: boolean; top3: boolean; rr: number }[]): Score {
  const n = rows.length || 1;
  return {
    n: rows.length,
    top1: rows.filter((r) => r.top1).length / n,
    top3: rows.filter((r) => r.top3).length / n,
    mrr: rows.reduce((s, r) => s + r.rr, 0) / n,
  };
}

/** Runs every question through `retrieve` (ranked clause ids, [] for "nothing found"). */
export function scoreSet(questions: GoldenQuestion[], retrieve: (q: string) => string[]) {
  const judged = questions.map((g) => {
    const got = retrieve(g.q).slice(0, 5);
    return { g, got, ...judge(g.expect, got) };
  });
  const by = (key: (g: GoldenQuestion) => string) => {
    const groups = new Map<string, typeof judged>();
    for (const j of judged) groups.set(key(j.g), [...(groups.get(key(j.g)) ?? []), j]);
    return Object.fromEntries([...groups].map(([k, rows]) => [k, summarize(rows)]));
  };
  return {
    all: summarize(judged),
    persona: by((g) => g.persona),
    lang: by((g) => g.lang),
    scope: by((g) => (g.expect.length ? 'in scope' : 'out of scope')),
    misses: judged.filter((j) => !j.top1).map((j): Miss => ({ q: j.g.q, expect: j.g.expect, got: j.got })),
  };
}
