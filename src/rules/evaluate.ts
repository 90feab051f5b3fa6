// The rules evaluator: pure, three-valued (eligible / not eligible / unknown), with a trace, the closing rule, and the next question.
import { FACT_QUESTIONS, type FactName, type FactOption, type Facts } from './facts';
import type { Condition, Overlap, Rule, TableRow } from './schema';
import type { RuleSet } from './load';

export type Status = 'eligible' | 'ineligible' | 'unknown';

/** One step of the working: which condition of which rule, the fact's value, and what came of it. */
export interface TraceStep {
  ruleId: string;
  fact: FactName | 'validFrom';
  requires: string;
  value: unknown;
  outcome: 'met' | 'failed' | 'missing';
}

export interface Outcome {
  rule: Rule;
  status: Status;
  /** Integer yuan still possible (equal once fixed); absent for a ratio or a non-cash provision. */
  min?: number;
  max?: number;
  /** The table row the facts chose. */
  row?: TableRow;
  failed: { condition: Condition; value: unknown }[];
  missing: FactName[];
  /** Set when the closing rule (奖补不重复) drops this award in favour of a higher one. */
  excluded?: { by: string; overlap: Overlap };
  trace: TraceStep[];
}

export interface QuestionOption extends FactOption {
  /** What each still-open rule would come to with this answer (listed when there are few). */
  outcomes: { ruleId: string; status: Status; min?: number; max?: number }[];
}

export interface Question {
  fact: FactName;
  options: QuestionOption[];
}

type Check = 'met' | 'failed' | 'missing';

function check(condition: Condition, facts: Facts): Check {
  const value: unknown = facts[condition.fact];
  if (value === undefined) return 'missing';
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.some((v) => (condition.in as unknown[]).includes(v)) ? 'met' : 'failed';
}

function tableCondition(rule: Rule): Condition | undefined {
  const a = rule.amount;
  if (a.kind !== 'table') return undefined;
  return { fact: a.fact, in: a.rows.map((r) => r.when), requires: a.requires };
}

/** Evaluates one rule against the facts (ignoring overlaps). */
export function evaluateRule(rule: Rule, facts: Facts, asOf: Date): Outcome {
  const trace: TraceStep[] = [];
  const failed: Outcome['failed'] = [];
  const missing: FactName[] = [];
  const record = (condition: Condition) => {
    const outcome = check(condition, facts);
    const value: unknown = facts[condition.fact];
    trace.push({ ruleId: rule.id, fact: condition.fact, requires: condition.requires.zh, value, outcome });
    if (outcome === 'failed') failed.push({ condition, value });
    if (outcome === 'missing' && !missing.includes(condition.fact)) missing.push(condition.fact);
  };
  const inForce = asOf.toISOString().slice(0, 10) >= rule.validFrom;
  trace.push({ ruleId: rule.id, fact: 'validFrom', requires: `${rule.validFrom}起施行`, value: asOf.toISOString().slice(0, 10), outcome: inForce ? 'met' : 'failed' });
  rule.conditions.forEach(record);

  let row: TableRow | undefined;
  let bounds: { min: number; max: number } | undefined;
  const a = rule.amount;
  if (a.kind === 'fixed') bounds = { min: a.yuan, max: a.yuan };
  if (a.kind === 'range') bounds = { min: a.min, max: a.max };
  if (a.kind === 'table') {
    const key = tableCondition(rule);
    if (key) record(key);
    row = a.rows.find((r) => r.when === facts[a.fact]);
    if (row) {
      row.conditions.forEach(record);
      bounds = { min: row.yuan, max: row.yuan };
    } else {
      const yuan = a.rows.map((r) => r.yuan);
      bounds = { min: Math.min(...yuan), max: Math.max(...yuan) };
    }
  }
  const status: Status = !inForce || failed.length > 0 ? 'ineligible' : missing.length > 0 ? 'unknown' : 'eligible';
  return { rule, status, ...bounds, ...(row ? { row } : {}), failed, missing, trace };
}

/** 时间从新、标准从高、奖补不重复: among eligible awards for the same thing, keep the highest (then the newest). */
function applyClosingRule(outcomes: Outcome[], overlaps: Overlap[]): Outcome[] {
  const result = [...outcomes];
  for (const overlap of overlaps) {
    const eligible = result.filter((o) => o.status === 'eligible' && !o.excluded && overlap.rules.includes(o.rule.id));
    if (eligible.length < 2) continue;
    const keep = [...eligible].sort((x, y) => (y.max ?? 0) - (x.max ?? 0) || y.rule.validFrom.localeCompare(x.rule.validFrom))[0];
    if (!keep) continue;
    for (const o of eligible) {
      if (o !== keep) result[result.indexOf(o)] = { ...o, excluded: { by: keep.rule.id, overlap } };
    }
  }
  return result;
}

/**
 * Evaluates every rule against the facts, then the closing rule.
 * @example evaluate(loadRules(), { subjects: ['master_studio'], newlyRecognised: true, level: 'region' }, new Date()) // r6-master-studio eligible, 50000
 */
export function evaluate(ruleSet: RuleSet, facts: Facts, asOf: Date): Outcome[] {
  return applyClosingRule(ruleSet.rules.map((r) => evaluateRule(r, facts, asOf)), ruleSet.overlaps);
}

function subjectCondition(rule: Rule): Condition | undefined {
  return rule.conditions.find((c) => c.fact === 'subjects');
}

/**
 * The outcomes a question is about: the rules whose subject the user named, or that use a fact the user gave,
 * minus those ruled out by subject alone (a question about studios says nothing about postdoc stations).
 */
export function relevant(outcomes: Outcome[], facts: Facts): Outcome[] {
  const known = new Set(Object.keys(facts).filter((k) => facts[k as FactName] !== undefined && k !== 'subjects'));
  return outcomes.filter((o) => {
    const subject = subjectCondition(o.rule);
    const bySubject = subject ? check(subject, facts) : 'missing';
    if (bySubject === 'failed') return false;
    if (bySubject === 'met') return true;
    const used = [...o.rule.conditions, tableCondition(o.rule)].filter((c): c is Condition => c !== undefined);
    return used.some((c) => known.has(c.fact) && check(c, facts) === 'met');
  });
}

function withAnswer(facts: Facts, fact: FactName, value: string | boolean): Facts {
  return { ...facts, [fact]: fact === 'subjects' ? [value] : value } as Facts;
}

function settled(before: Outcome, after: Outcome): boolean {
  return after.status !== 'unknown' || (before.min !== before.max && after.min === after.max);
}

/**
 * The one question that settles the most of the open outcomes: for each missing fact, the average number of open
 * rules each answer would decide (or fix the amount of); ties go to the order of FACT_QUESTIONS.
 */
export function nextQuestion(open: Outcome[], facts: Facts, asOf: Date): Question | undefined {
  const unknown = open.filter((o) => o.status === 'unknown');
  const facts_ = (Object.keys(FACT_QUESTIONS) as FactName[]).filter((f) => unknown.some((o) => o.missing.includes(f)));
  let best: { question: Question; score: number } | undefined;
  for (const fact of facts_) {
    let options = FACT_QUESTIONS[fact].options;
    if (fact === 'subjects') {
      const named = new Set(unknown.flatMap((o) => subjectCondition(o.rule)?.in ?? []));
      options = options.filter((opt) => named.has(opt.value));
    }
    let total = 0;
    const withOutcomes = options.map((opt) => {
      const next = withAnswer(facts, fact, opt.value);
      const after = unknown.map((o) => evaluateRule(o.rule, next, asOf));
      total += after.filter((a, i) => settled(unknown[i] as Outcome, a)).length;
      const outcomes = after.map((a) => ({ ruleId: a.rule.id, status: a.status, ...(a.min !== undefined ? { min: a.min, max: a.max } : {}) }));
      return { ...opt, outcomes };
    });
    const score = options.length ? total / options.length : 0;
    if (!best || score > best.score) best = { question: { fact, options: withOutcomes }, score };
  }
  return best?.question;
}
