// The money golden set (test/golden/money.json): questions as graduates, enterprises and staff ask them, each with the
// rule, clause and exact amount (or the fact the answer must ask for). Runs through answer(); fails below 95%.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answer } from '../../src/answer/pipeline';
import type { Answer } from '../../src/answer/types';
import { testDeps } from '../support/deps';

const Item = z.object({
  id: z.string(),
  persona: z.enum(['graduate', 'enterprise', 'staff']),
  lang: z.enum(['zh', 'en']),
  q: z.union([z.string(), z.array(z.string()).min(2)]),
  expect: z.object({
    clause: z.string(),
    ruleId: z.string(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    eligible: z.boolean().nullable().optional(),
    clarify: z.string().optional(),
  }),
});
const items = z.array(Item).parse(JSON.parse(readFileSync(join(import.meta.dirname, 'money.json'), 'utf8')));
const THRESHOLD = 0.95;

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

describe('money golden set', () => {
  it('has the breadth the issue asks for', () => {
    expect(items.length).toBeGreaterThanOrEqual(70);
    expect(items.filter((i) => i.lang === 'en').length).toBeGreaterThanOrEqual(12);
    expect(items.filter((i) => Array.isArray(i.q)).length).toBeGreaterThanOrEqual(8);
    expect(items.filter((i) => i.expect.eligible === false).length).toBeGreaterThanOrEqual(8);
    expect(items.filter((i) => i.expect.clarify).length).toBeGreaterThanOrEqual(8);
  });

  it(`answers at least ${THRESHOLD * 100}% with the expected rule, clause and amount`, async () => {
    const deps = testDeps({ clock: () => new Date('2024-06-01T00:00:00Z') });
    const misses: string[] = [];
    for (const item of items) {
      const turns = Array.isArray(item.q) ? item.q : [item.q];
      let last: Answer | undefined;
      for (const message of turns) last = await answer(deps, { message, sessionId: `golden-${item.id}` });
      const why = last ? failure(item, last) : 'no answer';
      if (why) misses.push(`${item.id} ${JSON.stringify(item.q)}: ${why}`);
    }
    const accuracy = (items.length - misses.length) / items.length;
    console.log(`money golden set: ${items.length - misses.length}/${items.length} = ${(accuracy * 100).toFixed(1)}%${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(accuracy).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
