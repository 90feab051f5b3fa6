// Runs the readable rule cases in test/rules/cases/*.yaml (facts in, status / amount / why / next question out),
// and proves the rule file itself: every quote verbatim in its clause, every rule and every table level covered.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import * as z from '../../src/contract/zod';
import { toAmount } from '../../src/answer/money';
import { loadCorpus } from '../../src/corpus/load';
import { evaluate, nextQuestion, relevant } from '../../src/rules/evaluate';
import { Facts, FactName } from '../../src/rules/facts';
import { loadRules } from '../../src/rules/load';
import { whyNot } from '../../src/rules/render';

const Expect = z.object({
  status: z.enum(['eligible', 'ineligible', 'unknown']),
  min: z.optional(z.nullable(z.number())),
  max: z.optional(z.nullable(z.number())),
  ratio: z.optional(z.number()),
  atLeast: z.optional(z.boolean()),
  why: z.optional(z.string()),
  missing: z.optional(z.array(FactName)),
  /** The other rule ids of the Amount's overlap note ([] = no note, or an existing policy's note when overlapNote is given). */
  overlapWith: z.optional(z.array(z.string())),
  overlapNote: z.optional(z.string()),
  interpretation: z.optional(z.string()),
  noInterpretation: z.optional(z.boolean()),
  payer: z.optional(z.string()),
  recipient: z.optional(z.string()),
  period: z.optional(z.string()),
  per: z.optional(z.string()),
  years: z.optional(z.number()),
});
const CaseFile = z.object({
  clause: z.string(),
  base: z.optional(z.unknown()),
  cases: z.array(
    z.object({
      name: z.string(),
      asOf: z.optional(z.string()),
      facts: Facts,
      expect: z.record(z.string(), Expect),
      question: z.optional(FactName),
    }),
  ),
});

const dir = join(import.meta.dirname, 'cases');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const suites = files.map((f) => ({ file: f, ...CaseFile.parse(parse(readFileSync(join(dir, f), 'utf8'), { merge: true })) }));
const ruleSet = loadRules();
const corpus = loadCorpus();
const TODAY = new Date('2024-06-01T00:00:00Z');

for (const suite of suites) {
  describe(`${suite.file} (clause ${suite.clause})`, () => {
    for (const c of suite.cases) {
      it(c.name, () => {
        const asOf = c.asOf ? new Date(`${c.asOf}T00:00:00Z`) : TODAY;
        const outcomes = evaluate(ruleSet, c.facts, asOf);
        for (const [ruleId, want] of Object.entries(c.expect)) {
          const o = outcomes.find((x) => x.rule.id === ruleId);
          expect(o, `rule ${ruleId}`).toBeDefined();
          if (!o) continue;
          expect(o.status).toBe(want.status);
          const amount = toAmount(o, 'zh');
          if (want.min !== undefined) expect(amount.min ?? null).toBe(want.min);
          if (want.max !== undefined) expect(amount.max ?? null).toBe(want.max);
          for (const key of ['ratio', 'atLeast', 'payer', 'recipient', 'period', 'per', 'years'] as const) {
            if (want[key] !== undefined) expect(amount[key]).toBe(want[key]);
          }
          if (want.overlapWith) {
            // An overlap never lowers or removes an award: it only adds a note citing the closing rule.
            if (want.overlapWith.length || want.overlapNote)
              expect(amount.overlap).toMatchObject({ rule: 'final', with: want.overlapWith });
            else expect(amount.overlap).toBeUndefined();
          }
          if (want.overlapNote) expect(amount.overlap?.note).toContain(want.overlapNote);
          if (want.interpretation) expect(amount.interpretation).toContain(want.interpretation);
          if (want.noInterpretation) expect(amount.interpretation).toBeUndefined();
          expect(amount.excludedBy).toBeUndefined();
          if (want.why) expect(whyNot(o, 'zh').join('；')).toContain(want.why);
          if (want.missing) expect(o.missing).toEqual(expect.arrayContaining(want.missing));
        }
        if (c.question) expect(nextQuestion(relevant(outcomes, c.facts), c.facts, asOf)?.fact).toBe(c.question);
      });
    }
  });
}

describe('rules.json', () => {
  it('quotes every rule verbatim from its clause', () => {
    for (const rule of ruleSet.rules) expect(corpus.byId.get(rule.clause)?.text, rule.id).toContain(rule.quote);
    expect(corpus.byId.get(ruleSet.closing.clause)?.text).toBe(ruleSet.closing.quote);
  });

  it('states every amount in the quote it rests on (in 万元, as the text writes it)', () => {
    const wan = (yuan: number) => `${yuan / 10000}`;
    for (const rule of ruleSet.rules) {
      const a = rule.amount;
      const numbers =
        a.kind === 'fixed' ? [a.yuan] : a.kind === 'range' ? [a.min, a.max] : a.kind === 'table' ? a.rows.map((r) => r.yuan) : [];
      for (const n of numbers) expect(rule.quote.replace(/\s/g, ''), `${rule.id} ${n}`).toContain(wan(n));
    }
  });

  it('has an eligible and an ineligible case for every rule', () => {
    const seen = new Map<string, Set<string>>();
    for (const c of suites.flatMap((s) => s.cases)) {
      for (const [id, want] of Object.entries(c.expect)) {
        if (!seen.has(id)) seen.set(id, new Set());
        seen.get(id)?.add(want.status);
      }
    }
    for (const rule of ruleSet.rules) {
      // A provision named without an amount is never decided eligible: its "applies" case is unknown.
      const applies = rule.amount.kind === 'none' && rule.amount.unquantified ? 'unknown' : 'eligible';
      expect(seen.get(rule.id)?.has(applies), `${rule.id} ${applies} case`).toBe(true);
      expect(seen.get(rule.id)?.has('ineligible'), `${rule.id} ineligible case`).toBe(true);
    }
  });

  it('tests every level of every table as an eligible case', () => {
    for (const rule of ruleSet.rules) {
      if (rule.amount.kind !== 'table') continue;
      const fact = rule.amount.fact;
      for (const row of rule.amount.rows) {
        const covered = suites
          .flatMap((s) => s.cases)
          .some((c) => c.facts[fact] === row.when && c.expect[rule.id]?.status === 'eligible' && c.expect[rule.id]?.min === row.yuan);
        expect(covered, `${rule.id} ${String(row.when)}`).toBe(true);
      }
    }
  });
});
