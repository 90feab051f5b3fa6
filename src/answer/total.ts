// "一共/加起来多少": the evaluator's sum of the eligible amounts (src/rules/total.ts), shown with each part.
import type { Outcome } from '../rules/evaluate';
import { money } from '../rules/render';
import { sumAmounts } from '../rules/total';
import type { Answer, Lang } from '../contract/answer';

/** How many times a total counts its award: people or trips, and years of a yearly award (from the Question). */
export interface Times {
  count?: number;
  years?: number | 'term';
  /** How many times each outcome counts, by its index (1个博士2个硕士: 1 and 2). */
  each?: number[];
}

/**
 * The answer with its total added when at least one award applies; awards not (yet) eligible are not added. One award
 * for several people or trips is multiplied by their number, a yearly award by the years asked about (or the term the
 * text gives), and the answer shows the multiplication.
 */
export function withTotal(result: Answer, outcomes: Outcome[], lang: Lang, times: Times = {}): Answer {
  let sum = sumAmounts(outcomes, times.each);
  if (!sum.ruleIds.length) return result;
  const label = (ruleId: string) => result.amounts.find((a) => a.ruleId === ruleId)?.label ?? ruleId;
  const factors: string[] = [];
  if (times.count && sum.ruleIds.length === 1) {
    sum = { ...sum, min: sum.min * times.count, max: sum.max * times.count };
    factors.push(lang === 'zh' ? `×${times.count}` : `× ${times.count}`);
  }
  const yearly = outcomes.filter((o) => sum.ruleIds.includes(o.rule.id) && o.rule.period === 'per-year');
  const years = times.years === 'term' ? yearly[0]?.rule.years : times.years;
  if (years && years > 1 && yearly.length === sum.ruleIds.length) {
    sum = { ...sum, min: sum.min * years, max: sum.max * years };
    factors.push(lang === 'zh' ? `×${years}年` : `× ${years} years`);
  }
  const each =
    sum.parts
      .map((p) => `${label(p.ruleId)} ${money(p.min, p.max, lang)}${p.times > 1 ? (lang === 'zh' ? `×${p.times}` : ` × ${p.times}`) : ''}`)
      .join(' + ') + (factors.length ? ` ${factors.join(' ')}` : '');
  const notes =
    lang === 'zh'
      ? [
          result.amounts.some((a) => a.eligible === null) ? '尚待确认的项目未计入' : '',
          sum.periods.length > 1 ? '其中既有一次性也有按年给予的项目' : '',
          sum.overlapping.length ? '其中有可能交叉重复的项目，按“时间从新、标准从高、奖补不重复”执行' : '',
        ]
      : [
          result.amounts.some((a) => a.eligible === null) ? 'awards still to be confirmed are not included' : '',
          sum.periods.length > 1 ? 'it mixes one-time and yearly awards' : '',
          sum.overlapping.length ? 'some of them may overlap, which the closing rule settles' : '',
        ];
  const note = notes.filter(Boolean).join(lang === 'zh' ? '；' : '; ');
  const line =
    lang === 'zh'
      ? `合计：${money(sum.min, sum.max, lang)}（${each}）${note ? `；${note}` : ''}。`
      : `Total: ${money(sum.min, sum.max, lang)} (${each})${note ? `; ${note}` : ''}.`;
  return { ...result, answer: `${line}\n\n${result.answer}`, total: { min: sum.min, max: sum.max, ruleIds: sum.ruleIds } };
}
