// The rules evaluator: pure, three-valued (eligible / not eligible / unknown), with a trace, overlap notes from the
// closing rule (never an exclusion: every award stays as the text gives it), and the next question.
import type { Lang } from '../contract/answer';
import { FACT_ORDER, FACT_QUESTIONS, optionFor, type FactName, type FactOption, type Facts } from './facts';
import type { Bilingual, Condition, Rule, TableRow } from './schema';
import type { RuleSet } from './load';
import { money } from './yuan';

type Status = 'eligible' | 'ineligible' | 'unknown';

/** One step of the working: which condition of which rule, the fact's value, and what came of it. */
interface TraceStep {
  ruleId: string;
  fact: FactName | 'validFrom';
  requires: string;
  value: unknown;
  outcome: 'met' | 'failed' | 'missing';
  /** The condition itself (absent for the validFrom step). */
  condition?: Condition;
}

/** Why an award may overlap with another, from the closing rule (`final`): the award itself is left as it is. */
export interface OverlapNote {
  /** The other awards it may overlap with (its own id for a level upgrade; empty for an existing policy). */
  with: string[];
  note: Bilingual;
  /** Present when applying the closing rule here is a reading, not the text. */
  interpretation?: Bilingual;
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
  /** Overlaps the closing rule speaks to; empty when none. */
  overlaps: OverlapNote[];
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
  if (value === undefined) return condition.presumed ? 'met' : 'missing';
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.some((v) => (condition.in as unknown[]).includes(v)) ? 'met' : 'failed';
}

function tableCondition(rule: Rule): Condition | undefined {
  const a = rule.amount;
  if (a.kind !== 'table') return undefined;
  return { fact: a.fact, in: a.rows.map((r) => r.when), requires: a.requires };
}

/** A provision the text names without an amount or criteria: it is never decided eligible, only described. */
export function isUnquantified(rule: Rule): boolean {
  return rule.amount.kind === 'none' && rule.amount.unquantified;
}

// The day of the last `asOf` seen: one answer evaluates every rule, some several times over, against the same date.
let lastTime = NaN;
let lastDay = '';

/** asOf as YYYY-MM-DD (UTC), the form rules' validFrom takes. */
function dayOf(asOf: Date): string {
  if (asOf.getTime() !== lastTime) {
    lastTime = asOf.getTime();
    lastDay = asOf.toISOString().slice(0, 10);
  }
  return lastDay;
}

/** Evaluates one rule against the facts (overlaps are added by `evaluate`). */
function evaluateRule(rule: Rule, facts: Facts, asOf: Date): Outcome {
  const trace: TraceStep[] = [];
  const failed: Outcome['failed'] = [];
  const missing: FactName[] = [];
  const record = (condition: Condition) => {
    const outcome = check(condition, facts);
    const value: unknown = facts[condition.fact];
    trace.push({ ruleId: rule.id, fact: condition.fact, requires: condition.requires.zh, value, outcome, condition });
    if (outcome === 'failed') failed.push({ condition, value });
    if (outcome === 'missing' && !missing.includes(condition.fact)) missing.push(condition.fact);
  };
  const today = dayOf(asOf);
  const inForce = today >= rule.validFrom;
  trace.push({
    ruleId: rule.id,
    fact: 'validFrom',
    requires: `${rule.validFrom}起施行`,
    value: today,
    outcome: inForce ? 'met' : 'failed',
  });
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
  // An unquantified provision that applies to what was asked stays unknown: the text sets no criteria to decide it.
  const status: Status = !inForce || failed.length > 0 ? 'ineligible' : missing.length > 0 || isUnquantified(rule) ? 'unknown' : 'eligible';
  return { rule, status, ...bounds, ...(row ? { row } : {}), failed, missing, overlaps: [], trace };
}

function subjectCondition(rule: Rule): Condition | undefined {
  return rule.conditions.find((c) => c.fact === 'subjects');
}

/** Whether the facts' subjects meet a rule's subject condition ('missing' also for a rule with none). */
function subjectCheck(rule: Rule, facts: Facts): Check {
  const subject = subjectCondition(rule);
  return subject ? check(subject, facts) : 'missing';
}

/** Named by the user (its subject is among theirs) and not ruled out. */
function inPlay(o: Outcome, facts: Facts): boolean {
  if (o.status === 'ineligible') return false;
  if (o.status === 'eligible') return true;
  return subjectCheck(o.rule, facts) === 'met';
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}

/** A level upgrade (市级 before, 自治区级 now): both amounts, and that the text does not say how the second is paid. */
function upgradeNote(o: Outcome, facts: Facts, ruleSet: RuleSet): OverlapNote | undefined {
  const a = o.rule.amount;
  if (a.kind !== 'table' || a.fact !== 'level' || !facts.previousLevel || !o.row) return undefined;
  const lower = a.rows.find((r) => r.when === facts.previousLevel);
  if (!lower || lower.yuan >= o.row.yuan) return undefined;
  const higherRow = o.row;
  const note = (lang: Lang) =>
    fill(ruleSet.closingNotes.upgrade[lang], {
      lower: optionFor('level', lower.when)?.[lang] ?? String(lower.when),
      lowerSum: money(lower.yuan, lower.yuan, lang),
      higher: optionFor('level', higherRow.when)?.[lang] ?? String(higherRow.when),
      higherSum: money(higherRow.yuan, higherRow.yuan, lang),
    });
  return { with: [o.rule.id], note: { zh: note('zh'), en: note('en') }, interpretation: ruleSet.closingNotes.upgradeInterpretation };
}

/**
 * The closing rule (时间从新、标准从高、奖补不重复) as notes, never as exclusions: awards of one overlap group that are
 * both in play, an existing policy the user mentions, and a level upgrade each get a note; amounts stay as the text gives them.
 */
function withOverlaps(outcomes: Outcome[], ruleSet: RuleSet, facts: Facts): Outcome[] {
  return outcomes.map((o) => {
    const notes: OverlapNote[] = [];
    if (inPlay(o, facts)) {
      for (const group of ruleSet.overlaps.filter((g) => g.rules.includes(o.rule.id))) {
        const others = outcomes.filter((x) => x !== o && group.rules.includes(x.rule.id) && inPlay(x, facts)).map((x) => x.rule.id);
        if (others.length) notes.push({ with: others, note: group.note, interpretation: group.interpretation });
      }
      if (facts.existingPolicy === true && o.rule.amount.kind !== 'none')
        notes.push({ with: [], note: ruleSet.closingNotes.existingPolicy });
      const upgrade = upgradeNote(o, facts, ruleSet);
      if (upgrade) notes.push(upgrade);
    }
    return notes.length ? { ...o, overlaps: notes } : o;
  });
}

/**
 * Evaluates every rule against the facts, then adds the closing rule's notes. With `otherSubjects: 'omit'`, a rule
 * whose subject the facts rule out (a question about studios, a rule for postdoc stations) is not evaluated: for a
 * money answer, which shows only the `relevant` outcomes. Such a rule is ineligible, so it is in no overlap note.
 * @example evaluate(loadRules(), { subjects: ['master_studio'], newlyRecognised: true, level: 'region' }, new Date()) // r6-master-studio eligible, 50000
 */
export function evaluate(ruleSet: RuleSet, facts: Facts, asOf: Date, options: { otherSubjects?: 'omit' } = {}): Outcome[] {
  const rules = options.otherSubjects === 'omit' ? ruleSet.rules.filter((r) => subjectCheck(r, facts) !== 'failed') : ruleSet.rules;
  return withOverlaps(
    rules.map((r) => evaluateRule(r, facts, asOf)),
    ruleSet,
    facts,
  );
}

/**
 * The outcomes a question is about: the rules whose subject the user named, or that use a fact the user gave,
 * minus those ruled out by subject alone (a question about studios says nothing about postdoc stations).
 */
export function relevant(outcomes: Outcome[], facts: Facts): Outcome[] {
  const known = new Set(FACT_ORDER.filter((k) => facts[k] !== undefined && k !== 'subjects'));
  return outcomes.filter((o) => {
    const bySubject = subjectCheck(o.rule, facts);
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
  const facts_ = FACT_ORDER.filter((f) => unknown.some((o) => o.missing.includes(f)));
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
      total += after.filter((a, i) => {
        const before = unknown[i];
        return before !== undefined && settled(before, a);
      }).length;
      const outcomes = after.map((a) => ({
        ruleId: a.rule.id,
        status: a.status,
        ...(a.min !== undefined ? { min: a.min, max: a.max } : {}),
      }));
      return { ...opt, outcomes };
    });
    const score = options.length ? total / options.length : 0;
    if (!best || score > best.score) best = { question: { fact, options: withOutcomes }, score };
  }
  return best?.question;
}
