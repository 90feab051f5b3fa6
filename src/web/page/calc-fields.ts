// The calculator's form, derived from the rules' facts: one select per fact, its question as the label, its answers as options.
import type { Lang } from '../../contract/answer';
import { FACT_QUESTIONS, type FactName } from '../../rules/facts';

export interface CalcField {
  /** The fact's key in the POST /api/benefits body. */
  name: FactName;
  label: Record<Lang, string>;
  /** Option values as the form sends them: "true"/"false" become booleans, subjects a one-element list. */
  options: { value: string; label: Record<Lang, string> }[];
}

export interface CalcGroup {
  legend: Record<Lang, string>;
  fields: CalcField[];
}

function field(name: FactName): CalcField {
  const q = FACT_QUESTIONS[name];
  return {
    name,
    label: { zh: q.zh, en: q.en },
    options: q.options.map((o) => ({ value: String(o.value), label: { zh: o.zh, en: o.en } })),
  };
}

/** Grouped so a graduate reads the first block and an enterprise the second; every fact appears once. */
export const CALC_GROUPS: CalcGroup[] = [
  { legend: { zh: '补贴类别', en: 'Kind of support' }, fields: [field('subjects')] },
  {
    legend: { zh: '个人情况', en: 'About you' },
    fields: (
      [
        'origin',
        'degree',
        'enrolled',
        'fullTime',
        'doubleFirstClass',
        'agreementSigned',
        'startedBusiness',
        'employerApproved',
        'degreeObtained',
        'qualified',
      ] as const
    ).map(field),
  },
  {
    legend: { zh: '单位、平台或荣誉', en: 'About the organisation, platform or award' },
    fields: (['level', 'newlyRecognised', 'outstanding', 'assessedQualified', 'operatingWell', 'selected'] as const).map(field),
  },
];
