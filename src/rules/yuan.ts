// Amounts in words: 万元 (the document's own unit) and 元, one formatter for the answer text and the closing-rule notes.
import type { Lang } from '../contract/answer';

/** 20000 → 2万; 5000 → 0.5万. */
function wan(yuan: number): string {
  return `${Number((yuan / 10000).toFixed(4))}万`;
}

function grouped(yuan: number): string {
  return yuan.toLocaleString('en-US');
}

/**
 * An amount in 万元 and in 元.
 * @example money(20000, 50000, 'zh') // '2—5万元（20000—50000元）'
 */
export function money(min: number, max: number, lang: Lang): string {
  if (lang === 'zh') return min === max ? `${wan(min)}元（${min}元）` : `${wan(min).replace('万', '')}—${wan(max)}元（${min}—${max}元）`;
  return min === max
    ? `${grouped(min)} yuan (${wan(min)}元)`
    : `${grouped(min)}–${grouped(max)} yuan (${wan(min).replace('万', '')}—${wan(max)}元)`;
}
