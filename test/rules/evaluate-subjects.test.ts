// A money answer evaluates only the rules its facts do not rule out by subject (evaluate's otherSubjects: 'omit'). The
// outcomes it keeps must be exactly those of a full evaluation: same status, amount, trace and overlap notes.
import { describe, expect, it } from 'vitest';
import { evaluate, relevant } from '../../src/rules/evaluate';
import { Subject, type Facts } from '../../src/rules/facts';
import { loadRules } from '../../src/rules/load';

const rules = loadRules();
const asOf = new Date('2026-12-05T00:00:00Z');

// Every subject alone, pairs from the same overlap groups, and each with facts that decide amounts and overlaps.
const subjectSets: Facts['subjects'][] = [
  ...Subject.options.map((s) => [s]),
  ...rules.overlaps.map((o) =>
    [
      ...new Set(
        rules.rules
          .filter((r) => o.rules.includes(r.id))
          .flatMap((r) => r.conditions.filter((c) => c.fact === 'subjects').flatMap((c) => c.in)),
      ),
    ].filter((s): s is NonNullable<Facts['subjects']>[number] => Subject.options.includes(s as never)),
  ),
].filter((s) => s.length > 0);
const extras: Omit<Facts, 'subjects'>[] = [
  {},
  { level: 'national', newlyRecognised: true },
  { level: 'region', previousLevel: 'city', newlyRecognised: true },
  { origin: true, degree: 'doctor', enrolled: true, fullTime: true, agreementSigned: true, existingPolicy: true },
];

describe("evaluate(…, { otherSubjects: 'omit' })", () => {
  it('keeps, for every profile, exactly the full evaluation’s outcomes that are not ruled out by subject', () => {
    let compared = 0;
    for (const subjects of subjectSets)
      for (const extra of extras) {
        const facts: Facts = { subjects, ...extra };
        const full = evaluate(rules, facts, asOf);
        const omitted = evaluate(rules, facts, asOf, { otherSubjects: 'omit' });
        const kept = full.filter((o) => omitted.some((x) => x.rule.id === o.rule.id));
        expect(omitted).toEqual(kept);
        // What a money answer shows is the same either way.
        expect(relevant(omitted, facts)).toEqual(relevant(full, facts));
        // Nothing that was left out could have been shown or noted.
        for (const o of full.filter((x) => !kept.includes(x))) expect(o.status).toBe('ineligible');
        compared++;
      }
    expect(compared).toBeGreaterThan(150);
  });

  it('leaves out the rules of other subjects', () => {
    const omitted = evaluate(rules, { subjects: ['postdoc_station'] }, asOf, { otherSubjects: 'omit' });
    expect(omitted.map((o) => o.rule.id)).toContain('r11-postdoc-station');
    expect(omitted.length).toBeLessThan(rules.rules.length / 4);
  });
});
