// How a part of the document is named in an answer: 【第12条】, 【一（二）】, 【通知】, 【结尾】.
import type { Clause } from '../corpus/schema';
import type { Lang } from '../contract/answer';

/** The short name used inside 【】 after a quote. */
export function shortLabel(clause: Pick<Clause, 'id' | 'label'>): string {
  if (/^\d+$/.test(clause.id)) return `第${clause.id}条`;
  if (clause.id === 'notice') return '印发通知';
  if (clause.id === 'final') return '结尾';
  return clause.label.split(/\s/)[0] ?? clause.label;
}

/** 【第12条】 */
export function citeTag(clause: Pick<Clause, 'id' | 'label'>): string {
  return `【${shortLabel(clause)}】`;
}

/** The clause named for a reader of the given language: 第12条 实施基础人才储备计划 / Clause 12 (第12条 实施基础人才储备计划). */
export function clauseName(clause: Pick<Clause, 'id' | 'label'>, lang: Lang): string {
  if (lang === 'zh') return clause.label;
  if (/^\d+$/.test(clause.id)) return `Clause ${clause.id} (${clause.label})`;
  return clause.label;
}

/** Language of a question: Chinese when it contains a Han character. */
export function detectLang(text: string): Lang {
  return /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
}
