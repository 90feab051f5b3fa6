// "一共/加起来多少": the sum of the eligible fixed amounts (ranges sum to a range), shown with each part.
import { money } from '../rules/render';
import type { Answer, Lang } from './types';

/** The answer with its total added when at least one award applies; awards not (yet) eligible are not added. */
export function withTotal(result: Answer, lang: Lang): Answer {
  const parts = result.amounts.filter((a) => a.eligible === true && a.min !== undefined && a.max !== undefined);
  if (!parts.length) return result;
  const min = parts.reduce((n, a) => n + (a.min ?? 0), 0);
  const max = parts.reduce((n, a) => n + (a.max ?? 0), 0);
  const each = parts.map((a) => `${a.label} ${money(a.min ?? 0, a.max ?? 0, lang)}`).join(lang === 'zh' ? ' + ' : ' + ');
  const open = result.amounts.some((a) => a.eligible === null);
  const line = lang === 'zh'
    ? `合计：${money(min, max, lang)}（${each}）${open ? '；尚待确认的项目未计入' : ''}。`
    : `Total: ${money(min, max, lang)} (${each})${open ? '; awards still to be confirmed are not included' : ''}.`;
  return { ...result, answer: `${line}\n\n${result.answer}`, total: { min, max, ruleIds: parts.map((a) => a.ruleId) } };
}
