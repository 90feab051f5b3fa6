// Scores question sets written from the source text alone (test/golden/blind/*.json, test/golden/dev-a.json): each item
// is run through answer() (conversations turn by turn in one session) and judged on what a user sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from '../../src/contract/zod';
import { answer, type AnswerDeps } from '../../src/answer/pipeline';
import type { Answer } from '../../src/answer/types';

export const Kind = z.enum(['lookup', 'money', 'out_of_scope', 'conversation']);
export type Kind = z.infer<typeof Kind>;

const Range = z.object({ min: z.number(), max: z.number() });
export const Item = z.object({
  id: z.string(),
  kind: Kind,
  asks: z.string(),
  lang: z.enum(['zh', 'en']),
  persona: z.string(),
  turns: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  expect: z.object({
    clauses: z.optional(z.array(z.string())),
    mayCite: z.optional(z.array(z.string())),
    outOfScope: z.optional(z.boolean()),
    scopeReason: z.optional(z.string()),
    eligible: z.optional(z.enum(['yes', 'no', 'ask'])),
    amount: z.optional(Range),
    total: z.optional(Range),
    mustInclude: z.optional(z.array(z.string())),
    noAmount: z.optional(z.boolean()),
  }),
  basis: z.optional(z.string()),
});
export type Item = z.infer<typeof Item>;

export function loadSet(path: string): Item[] {
  return z.array(Item).parse(JSON.parse(readFileSync(path, 'utf8')));
}

export const BLIND_DIR = join(import.meta.dirname, 'blind');

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const MONEY_TEXT = /\d[\d,.]*\s*(万元|万|元|yuan)|[一二两三四五六七八九十]+万元/i;

/** Why an answer fails the item's expectation; undefined when it passes. */
export function judge(item: Item, a: Answer): string | undefined {
  const e = item.expect;
  const cited = new Set([...a.citations.map((c) => c.id), ...a.amounts.map((x) => x.clause)]);
  const hasNumber = (x: Answer['amounts'][number]) => x.min !== undefined || x.max !== undefined || x.ratio !== undefined;
  if (e.outOfScope) {
    if (!a.outOfScope) return 'not recognised as out of scope';
    if (a.amounts.some(hasNumber) || MONEY_TEXT.test(a.answer)) return 'out of scope but states an amount';
    return undefined;
  }
  if (a.outOfScope) return `called out of scope (${a.scope?.reason ?? '?'})`;
  if (e.clauses?.length && !e.clauses.some((c) => cited.has(c))) return `cites ${[...cited].join(',') || 'nothing'}, expected ${e.clauses.join('/')}`;
  for (const s of e.mustInclude ?? []) if (!squash(a.answer).includes(squash(s))) return `missing "${s}"`;
  if (e.noAmount && a.amounts.some(hasNumber)) return 'states an amount';
  const mine = a.amounts.filter((x) => !e.clauses?.length || e.clauses.includes(x.clause));
  if (e.eligible === 'yes') {
    const ok = mine.filter((x) => x.eligible === true);
    if (!ok.length) return `not eligible (${mine.map((x) => `${x.ruleId}:${String(x.eligible)}`).join(' ') || 'no amount'})`;
    if (e.amount && !ok.some((x) => x.min === e.amount?.min && x.max === e.amount?.max)) return `amount ${ok.map((x) => `${x.min}-${x.max}`).join(',')}`;
  }
  if (e.eligible === 'no') {
    if (mine.some((x) => x.eligible === true)) return 'said eligible';
    if (!mine.some((x) => x.eligible === false)) return `no "not eligible" (${mine.map((x) => `${x.ruleId}:${String(x.eligible)}`).join(' ') || 'no amount'})`;
  }
  if (e.eligible === 'ask') {
    if (mine.some((x) => x.eligible === true)) return 'said eligible without the deciding fact';
    if (!a.clarify && !mine.some((x) => x.eligible === null)) return 'did not ask for the deciding fact';
  }
  if (e.total && (a.total?.min !== e.total.min || a.total?.max !== e.total.max)) return `total ${a.total ? `${a.total.min}-${a.total.max}` : 'none'}`;
  return undefined;
}

/** Runs one item (every turn in one session) and returns its final answer. */
export async function run(deps: AnswerDeps, item: Item): Promise<Answer> {
  let last: Answer | undefined;
  let sessionId: string | undefined;
  for (const message of item.turns) {
    last = await answer(deps, { message, ...(sessionId ? { sessionId } : { sessionId: `eval-${item.id}` }) });
    sessionId = last.sessionId ?? sessionId ?? `eval-${item.id}`;
  }
  if (!last) throw new Error(`item ${item.id} has no turns`);
  return last;
}

export interface KindScore {
  n: number;
  right: number;
}

export interface SetScore {
  byKind: Record<string, KindScore>;
  byLang: Record<string, KindScore>;
  all: KindScore;
  misses: { item: Item; why: string; answer: Answer }[];
}

export async function scoreItems(deps: AnswerDeps, items: Item[]): Promise<SetScore> {
  const byKind: Record<string, KindScore> = {};
  const byLang: Record<string, KindScore> = {};
  const all: KindScore = { n: 0, right: 0 };
  const misses: SetScore['misses'] = [];
  for (const item of items) {
    const a = await run(deps, item);
    const why = judge(item, a);
    for (const s of [(byKind[item.kind] ??= { n: 0, right: 0 }), (byLang[item.lang] ??= { n: 0, right: 0 }), all]) {
      s.n++;
      if (!why) s.right++;
    }
    if (why) misses.push({ item, why, answer: a });
  }
  return { byKind, byLang, all, misses };
}
