// The sum of several eligible awards, for "一共/加起来" questions: fixed, table and range amounts only.
import type { Outcome } from './evaluate';

/** The answer's Total ({ min, max, ruleIds }, structurally), plus what a reader must know before adding it up. */
export interface Summed {
  min: number;
  max: number;
  ruleIds: string[];
  /** The periods of the summed awards (one-time and per-year awards added together are not one payment). */
  periods: string[];
  /** Summed awards that carry an overlap note from the closing rule: the total may not all be paid. */
  overlapping: string[];
  /** Each award added, with how many times. */
  parts: { ruleId: string; min: number; max: number; times: number }[];
}

/**
 * Adds up the eligible fixed, table and range amounts (a range adds to a range), each as many times as `times` says at
 * its index (two masters: 2). Ineligible and unknown outcomes, ratios and non-cash provisions are left out.
 * @example sumAmounts(evaluate(rules, { subjects: ['incubator', 'maker_space'], level: 'national' }, asOf)) // { min: 700000, max: 700000, … }
 */
export function sumAmounts(outcomes: Outcome[], times: readonly number[] = []): Summed {
  const counted = outcomes.map((o, i) => ({ o, n: times[i] ?? 1 }));
  const added = counted.filter(({ o }) => {
    const kind = o.rule.amount.kind;
    return (
      o.status === 'eligible' && (kind === 'fixed' || kind === 'table' || kind === 'range') && o.min !== undefined && o.max !== undefined
    );
  });
  return {
    min: added.reduce((s, { o, n }) => s + (o.min ?? 0) * n, 0),
    max: added.reduce((s, { o, n }) => s + (o.max ?? 0) * n, 0),
    ruleIds: added.map(({ o }) => o.rule.id),
    periods: [...new Set(added.map(({ o }) => o.rule.period))],
    overlapping: added.filter(({ o }) => o.overlaps.length > 0).map(({ o }) => o.rule.id),
    parts: added.map(({ o, n }) => ({ ruleId: o.rule.id, min: o.min ?? 0, max: o.max ?? 0, times: n })),
  };
}
