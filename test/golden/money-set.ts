// The money golden set (test/golden/money.json) and how an answer is scored against it: shared by the test (which fails
// below 95%) and `npm run eval` (which prints it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from '../../src/contract/zod';
import { answer } from '../../src/answer/pipeline';
import type { Answer } from '../../src/contract/answer';
import { testDeps } from '../support/deps';

export const Item = z.object({
  id: z.string(),
  persona: z.enum(['graduate', 'enterprise', 'staff']),
  lang: z.enum(['zh', 'en']),
  q: z.union([z.string(), z.array(z.string()).check(z.minLength(2))]),
  expect: z.object({
    clause: z.string(),
    ruleId: z.string(),
    min: z.optional(z.int()),
    max: z.optional(z.int()),
    eligible: z.optional(z.nullable(z.boolean())),
    clarify: z.optional(z.string()),
  }),
});
export const items = z.array(Item).parse(JSON.parse(readFileSync(join(import.meta.dirname, 'money.json'), 'utf8')));
export const THRESHOLD = 0.95;

function failure(item: z.infer<typeof Item>, a: Answer): string | undefined {
  const e = item.expect;
  if (a.source !== 'rules') return `source ${a.source}`;
  const amount = a.amounts.find((x) => x.ruleId === e.ruleId);
  if (!amount) return `no ${e.ruleId} in [${a.amounts.map((x) => x.ruleId).join(', ')}]`;
  if (amount.clause !== e.clause) return `clause ${amount.clause}`;
  if (e.min !== undefined && amount.min !== e.min) return `min ${amount.min}`;
  if (e.max !== undefined && amount.max !== e.max) return `max ${amount.max}`;
  if (e.eligible !== undefined && amount.eligible !== e.eligible) return `eligible ${amount.eligible}`;
  if (e.clarify !== undefined && a.clarify?.fact !== e.clarify) return `clarify ${a.clarify?.fact}`;
  return undefined;
}

/** Each kind of question the set must hold, with at least this many items, each kind answered on its own. */
export const KINDS: [string, (i: z.infer<typeof Item>) => boolean, number][] = [
  ['English', (i) => i.lang === 'en', 12],
  ['multi-turn', (i) => Array.isArray(i.q), 8],
  ['not eligible', (i) => i.expect.eligible === false, 8],
  ['asks for a fact', (i) => i.expect.clarify !== undefined, 8],
];

/** Asks every item through answer() (each in its own session) and returns why each miss missed, by item id. */
export async function moneyMisses(): Promise<Map<string, string>> {
  const deps = testDeps({ clock: () => new Date('2024-06-01T00:00:00Z') });
  const misses = new Map<string, string>();
  for (const item of items) {
    const turns = Array.isArray(item.q) ? item.q : [item.q];
    let last: Answer | undefined;
    for (const message of turns) last = await answer(deps, { message, sessionId: `golden-${item.id}` });
    const why = last ? failure(item, last) : 'no answer';
    if (why) misses.set(item.id, `${item.id} ${JSON.stringify(item.q)}: ${why}`);
  }
  return misses;
}
