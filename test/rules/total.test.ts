// sumAmounts: the "一共/加起来" total over eligible fixed, table and range awards only.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load';
import { sumAmounts } from '../../src/rules/total';

const rules = loadRules();
const asOf = new Date('2024-06-01T00:00:00Z');

describe('sumAmounts', () => {
  it('adds a national incubator and a national maker space to 70万元, and says they carry overlap notes', () => {
    const total = sumAmounts(evaluate(rules, { subjects: ['incubator', 'maker_space'], level: 'national' }, asOf));
    expect(total).toMatchObject({
      min: 700000,
      max: 700000,
      ruleIds: ['r14-incubator', 'r14-maker-space'],
      overlapping: ['r14-incubator', 'r14-maker-space'],
    });
  });

  it('adds ranges to a range: a city expert (2—3万) who is also a regional expert (3—5万) comes to 5—8万元 a year', () => {
    const total = sumAmounts(evaluate(rules, { subjects: ['city_expert', 'region_expert'] }, asOf));
    expect(total).toMatchObject({ min: 50000, max: 80000, ruleIds: ['r11-city-expert', 'r11-region-expert'], periods: ['per-year'] });
  });

  it('adds a table row and a fixed amount, and lists both periods when one-time and yearly awards are mixed', () => {
    const total = sumAmounts(
      evaluate(rules, { subjects: ['master_studio', 'alliance'], newlyRecognised: true, level: 'region', operatingWell: true }, asOf),
    );
    expect(total).toMatchObject({ min: 150000, max: 150000, ruleIds: ['r6-master-studio', 'r14-alliance'] });
    expect(total.periods.sort()).toEqual(['one-time', 'per-year']);
  });

  it('leaves out unknown, ineligible, ratio and non-cash outcomes', () => {
    const outcomes = evaluate(
      rules,
      {
        subjects: ['degree_study', 'soe_talent_cost', 'doctor_work_allowance', 'master_studio', 'postdoc_station'],
        employerApproved: true,
        fullTime: true,
        degree: 'doctor',
        degreeObtained: true,
        newlyRecognised: false,
      },
      asOf,
    );
    // Tuition (a ratio), the SOE cost (non-cash), the doctors' allowance (named, no sum), the old postdoc station (ineligible),
    // the studio (level unknown): nothing to add.
    expect(outcomes.find((o) => o.rule.id === 'r16-fulltime-tuition')?.status).toBe('eligible');
    expect(sumAmounts(outcomes)).toMatchObject({ min: 0, max: 0, ruleIds: [] });
  });
});
