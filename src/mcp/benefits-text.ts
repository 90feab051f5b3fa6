// The calculator's result as text for a model reading an MCP tool result: each award with its exact amount, clause id
// and rule id, grouped as eligible / not eligible (why) / unknown (what is missing), then the questions that settle the rest.
import type { Benefits } from '../answer/money';
import type { Amount, Lang } from '../contract/answer';
import { money } from '../rules/render';
import { PERIOD_WORDS, PER_WORDS } from '../rules/schema';

type Words = Record<string, { zh: string; en: string }>;

/** 2万元（20000元）, ≥80%, or what a non-cash provision does; with per what and how often. */
function sum(a: Amount, lang: Lang): string {
  const value =
    a.ratio !== undefined
      ? `${a.atLeast ? '≥' : ''}${Math.round(a.ratio * 100)}%`
      : a.min !== undefined && a.max !== undefined
        ? money(a.min, a.max, lang)
        : (a.effect ?? '—');
  const per = (PER_WORDS as Words)[a.per]?.[lang] ?? a.per;
  const period = (PERIOD_WORDS as Words)[a.period]?.[lang] ?? a.period;
  return `${value}, ${per}, ${period}`;
}

function line(a: Amount, lang: Lang, note?: string): string {
  const ref = lang === 'zh' ? `【第${a.clause}条】` : `(clause ${a.clause})`;
  return `· ${a.label}: ${sum(a, lang)} ${ref} [${a.ruleId}]${note ? ` — ${note}` : ''}`;
}

/**
 * @example benefitsText(benefits({ …, facts: { subjects: ['postdoc_station'] } }), 'en')
 * // 'Eligible (1):\n· 博士后科研工作站建站资助: 300,000 yuan (30万元), per station, one-time (clause 11) [r11-postdoc-station]…'
 */
export function benefitsText(b: Benefits, lang: Lang): string {
  const zh = lang === 'zh';
  const sections = [
    [zh ? '符合' : 'Eligible', b.eligible.map((a) => line(a, lang))],
    [
      zh ? '不符合' : 'Not eligible',
      b.ineligible.map((a) => line(a, lang, (a.why ?? (a.excludedBy ? [a.excludedBy] : [])).join(zh ? '；' : '; '))),
    ],
    [zh ? '待确认（缺少的事实）' : 'Unknown (facts missing)', b.unknown.map((a) => line(a, lang, (a.missing ?? []).join(', ')))],
  ] as const;
  const out = sections.filter(([, lines]) => lines.length).map(([title, lines]) => `${title} (${lines.length}):\n${lines.join('\n')}`);
  if (b.questions.length) {
    const asks = b.questions
      .slice(0, 3)
      .map((q) => `· ${q.fact}: ${q.question} (${q.options.map((o) => `${o.value} = ${o.label}`).join('; ')})`);
    out.push(`${zh ? '下一步可确认' : 'Ask next'}:\n${asks.join('\n')}`);
  }
  return out.join('\n\n') || (zh ? '没有与这些事实相关的奖补。' : 'No award applies to these facts.');
}
