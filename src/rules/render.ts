// Result → words: the money answer text (amount in 万元 and 元, per, period, payer, recipient, conditions, quote, 【第N条】), zh and en.
import { FACT_QUESTIONS, optionFor, type FactName } from './facts';
import type { Outcome, Question, QuestionOption } from './evaluate';
import { PAYER_WORDS, PERIOD_WORDS, PER_WORDS, RECIPIENT_WORDS, type Rule } from './schema';

export type Lang = 'zh' | 'en';

/** 20000 → 2万; 5000 → 0.5万 (the document's own unit). */
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
  return min === max ? `${grouped(min)} yuan (${wan(min)}元)` : `${grouped(min)}–${grouped(max)} yuan (${wan(min).replace('万', '')}—${wan(max)}元)`;
}

function optionLabel(fact: FactName, value: unknown, lang: Lang): string {
  const o = optionFor(fact, value);
  return o ? o[lang] : String(value);
}

/** The sum itself: fixed, by level, a range with its criteria, a share of a cost, or what a non-cash provision does. */
export function describeSum(o: Outcome, lang: Lang): string {
  const a = o.rule.amount;
  switch (a.kind) {
    case 'fixed':
      return money(a.yuan, a.yuan, lang);
    case 'table': {
      if (o.row) return money(o.row.yuan, o.row.yuan, lang);
      const rows = a.rows.map((r) => `${optionLabel(a.fact, r.when, lang)}${lang === 'zh' ? '' : ': '}${money(r.yuan, r.yuan, lang)}`);
      return lang === 'zh' ? `按${a.fact === 'level' ? '级别' : '学历'}：${rows.join('、')}` : `by ${a.fact === 'level' ? 'level' : 'degree'}: ${rows.join('; ')}`;
    }
    case 'range':
      return `${money(a.min, a.max, lang)}${lang === 'zh' ? '，' : ', '}${a.criteria[lang]}`;
    case 'ratio': {
      const pct = `${Math.round(a.ratio * 100)}%`;
      if (lang === 'zh') return a.ratio === 1 && !a.atLeast ? `${a.of.zh}全额报销` : `${a.of.zh}按${a.atLeast ? '不低于' : ''}${pct}的比例报销`;
      return a.ratio === 1 && !a.atLeast ? `the full ${a.of.en} refunded` : `${a.atLeast ? 'at least ' : ''}${pct} of ${a.of.en} refunded`;
    }
    case 'none':
      return a.effect[lang];
  }
}

function period(rule: Rule, lang: Lang): string {
  const p = PERIOD_WORDS[rule.period][lang];
  if (!rule.years) return p;
  return lang === 'zh' ? `${p}（${rule.years}年聘期内）` : `${p}, for up to ${rule.years} years`;
}

/** 每人2万元（20000元），一次性，发放给预引进单位 / 20,000 yuan (2万元) per person, one-time, paid to … */
export function describeAward(o: Outcome, lang: Lang): string {
  const r = o.rule;
  const sum = describeSum(o, lang);
  if (r.amount.kind === 'none') return sum;
  const parts =
    lang === 'zh'
      ? [`${r.amount.kind === 'ratio' ? '' : PER_WORDS[r.per].zh}${sum}`, period(r, lang), ...(r.payer ? [`由${PAYER_WORDS[r.payer].zh}给予`] : []), `发放给${RECIPIENT_WORDS[r.recipient].zh}`]
      : [`${sum}${r.amount.kind === 'ratio' ? '' : ` ${PER_WORDS[r.per].en}`}`, period(r, lang), ...(r.payer ? [`paid by ${PAYER_WORDS[r.payer].en}`] : []), `to ${RECIPIENT_WORDS[r.recipient].en}`];
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** The conditions in words (the subject itself left out: the question already names it). */
export function conditionTexts(o: Outcome, lang: Lang, withSubject = false): string[] {
  const a = o.rule.amount;
  const table = a.kind === 'table' ? [a.requires[lang], ...(o.row?.conditions ?? a.rows.flatMap((r) => r.conditions)).map((c) => c.requires[lang])] : [];
  return [...o.rule.conditions.filter((c) => withSubject || c.fact !== 'subjects').map((c) => c.requires[lang]), ...table];
}

/** Why not, in words: 要求与石嘴山市企业或社会组织签订预引进协议，您尚未签订. */
export function whyNot(o: Outcome, lang: Lang): string[] {
  if (o.excluded) return [o.excluded.overlap.why[lang]];
  const reasons = o.failed.map(({ condition, value }) => {
    if (Array.isArray(value)) {
      const labels = value.map((v) => optionFor(condition.fact, v)?.[lang] ?? String(v)).join(lang === 'zh' ? '、' : ', ');
      return lang === 'zh' ? `要求${condition.requires.zh}，您的情况：${labels}` : `requires to ${condition.requires.en}; yours: ${labels}`;
    }
    const opt = optionFor(condition.fact, value);
    const you = lang === 'zh' ? (opt?.youZh ?? `您的情况：${opt?.zh ?? String(value)}`) : (opt?.youEn ?? `yours: ${opt?.en ?? String(value)}`);
    return lang === 'zh' ? `要求${condition.requires.zh}，${you}` : `requires to ${condition.requires.en}; ${you}`;
  });
  if (o.trace.some((t) => t.fact === 'validFrom' && t.outcome === 'failed')) {
    reasons.push(lang === 'zh' ? `本意见自${o.rule.validFrom}起施行` : `the policy applies from ${o.rule.validFrom}`);
  }
  return reasons;
}

const HEAD = {
  zh: { eligible: '符合', unknown: '可能符合（还需确认）', ineligible: '不符合', excluded: '不重复享受', conditions: '条件', obligations: '义务', quote: '原文', ask: '请问', missing: '还需确认' },
  en: { eligible: 'Eligible', unknown: 'Possibly eligible (to confirm)', ineligible: 'Not eligible', excluded: 'Not paid twice', conditions: 'Conditions', obligations: 'Obligations', quote: 'Text', ask: 'To tell you exactly', missing: 'Still to confirm' },
} as const;

function block(o: Outcome, lang: Lang, tag: (clause: string) => string, closing: { clause: string; quote: string }): string {
  const h = HEAD[lang];
  const sep = lang === 'zh' ? '：' : ': ';
  const name = o.rule.label[lang];
  if (o.excluded || o.status === 'ineligible') {
    const head = o.excluded ? h.excluded : h.ineligible;
    const lines = [`${head}${sep}${name}${tag(o.rule.clause)} — ${whyNot(o, lang).join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`];
    if (o.excluded) lines.push(`${h.quote}${sep}“${closing.quote}”${tag(closing.clause)}`);
    return lines.join('\n');
  }
  const lines = [`${h[o.status]}${sep}${name} — ${describeAward(o, lang)}${lang === 'zh' ? '。' : '.'}`];
  const conditions = conditionTexts(o, lang);
  if (conditions.length) lines.push(`${h.conditions}${sep}${conditions.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`);
  const obligations = o.rule.obligations.map((b) => b[lang]);
  if (obligations.length) lines.push(`${h.obligations}${sep}${obligations.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`);
  lines.push(`${h.quote}${sep}“${o.rule.quote}”${tag(o.rule.clause)}`);
  return lines.join('\n');
}

/** What one answer to the pending question would come to, when few rules are still open: 国家级：10万元. */
function optionOutcome(option: QuestionOption, lang: Lang): string {
  const parts = option.outcomes.map((x) => {
    if (x.status === 'ineligible') return lang === 'zh' ? '不符合' : 'not eligible';
    return x.min !== undefined && x.max !== undefined ? money(x.min, x.max, lang) : lang === 'zh' ? '可能符合' : 'possibly eligible';
  });
  return [...new Set(parts)].join(lang === 'zh' ? '；' : '; ');
}

/** The clarifying question's options as labels; with the outcome of each when at most three rules are open. */
export function questionOptions(q: Question, lang: Lang): { value: string; label: string }[] {
  const few = q.fact !== 'subjects' && (q.options[0]?.outcomes.length ?? 0) <= 3;
  return q.options.map((o) => ({ value: String(o.value), label: few ? `${o[lang]}${lang === 'zh' ? '：' : ': '}${optionOutcome(o, lang)}` : o[lang] }));
}

export function questionText(q: Question, lang: Lang): string {
  return FACT_QUESTIONS[q.fact][lang];
}

/**
 * The whole money answer: eligible first, then possible, excluded, not eligible; then the one question.
 * @example renderMoney({ outcomes, question, lang: 'zh', tag: (id) => `【第${id}条】`, closing })
 */
export function renderMoney(input: {
  outcomes: Outcome[];
  question?: Question;
  lang: Lang;
  tag: (clause: string) => string;
  closing: { clause: string; quote: string };
}): string {
  const { outcomes, question, lang, tag, closing } = input;
  const blocks = outcomes.map((o) => block(o, lang, tag, closing));
  if (question) {
    const opts = questionOptions(question, lang).map((o) => `· ${o.label}`);
    blocks.push([`${HEAD[lang].ask}${lang === 'zh' ? '：' : ': '}${questionText(question, lang)}`, ...opts].join('\n'));
  }
  return blocks.join('\n\n');
}
