// Result → words: the money answer text (amount in 万元 and 元, per, period, payer, recipient, conditions, quote, 【第N条】), zh and en.
import type { Lang } from '../contract/answer';
import { FACT_QUESTIONS, optionFor, type FactName } from './facts';
import { isUnquantified, type Outcome, type OverlapNote, type Question, type QuestionOption } from './evaluate';
import { PAYER_WORDS, PERIOD_WORDS, PER_WORDS, RECIPIENT_WORDS, type Rule } from './schema';
import { money } from './yuan';

export { money };

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
      return lang === 'zh'
        ? `按${a.fact === 'level' ? '级别' : '学历'}：${rows.join('、')}`
        : `by ${a.fact === 'level' ? 'level' : 'degree'}: ${rows.join('; ')}`;
    }
    case 'range':
      return `${money(a.min, a.max, lang)}${lang === 'zh' ? '，' : ', '}${a.criteria[lang]}`;
    case 'ratio': {
      const pct = `${Math.round(a.ratio * 100)}%`;
      if (lang === 'zh')
        return a.ratio === 1 && !a.atLeast ? `${a.of.zh}全额报销` : `${a.of.zh}按${a.atLeast ? '不低于' : ''}${pct}的比例报销`;
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
function describeAward(o: Outcome, lang: Lang): string {
  const r = o.rule;
  const sum = describeSum(o, lang);
  if (r.amount.kind === 'none') return sum;
  const parts =
    lang === 'zh'
      ? [
          `${r.amount.kind === 'ratio' ? '' : PER_WORDS[r.per].zh}${sum}`,
          period(r, lang),
          ...(r.payer ? [`由${PAYER_WORDS[r.payer].zh}给予`] : []),
          `发放给${RECIPIENT_WORDS[r.recipient].zh}`,
        ]
      : [
          `${sum}${r.amount.kind === 'ratio' ? '' : ` ${PER_WORDS[r.per].en}`}`,
          period(r, lang),
          ...(r.payer ? [`paid by ${PAYER_WORDS[r.payer].en}`] : []),
          `to ${RECIPIENT_WORDS[r.recipient].en}`,
        ];
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** The conditions in words (the subject itself left out: the question already names it). */
export function conditionTexts(o: Outcome, lang: Lang, withSubject = false): string[] {
  const a = o.rule.amount;
  const table =
    a.kind === 'table'
      ? [a.requires[lang], ...(o.row?.conditions ?? a.rows.flatMap((r) => r.conditions)).map((c) => c.requires[lang])]
      : [];
  return [...new Set([...o.rule.conditions.filter((c) => withSubject || c.fact !== 'subjects').map((c) => c.requires[lang]), ...table])];
}

/** Why not, in words: 要求与石嘴山市企业和社会组织签订预引进协议，您尚未签订. */
export function whyNot(o: Outcome, lang: Lang): string[] {
  const reasons = o.failed.map(({ condition, value }) => {
    if (condition.unmet)
      return lang === 'zh'
        ? `要求${condition.requires.zh}，${condition.unmet.zh}`
        : `requires to ${condition.requires.en}; ${condition.unmet.en}`;
    if (Array.isArray(value)) {
      const labels = value.map((v) => optionFor(condition.fact, v)?.[lang] ?? String(v)).join(lang === 'zh' ? '、' : ', ');
      return lang === 'zh' ? `要求${condition.requires.zh}，您的情况：${labels}` : `requires to ${condition.requires.en}; yours: ${labels}`;
    }
    const opt = optionFor(condition.fact, value);
    const you =
      lang === 'zh' ? (opt?.youZh ?? `您的情况：${opt?.zh ?? String(value)}`) : (opt?.youEn ?? `yours: ${opt?.en ?? String(value)}`);
    return lang === 'zh' ? `要求${condition.requires.zh}，${you}` : `requires to ${condition.requires.en}; ${you}`;
  });
  if (o.trace.some((t) => t.fact === 'validFrom' && t.outcome === 'failed')) {
    reasons.push(lang === 'zh' ? `本意见自${o.rule.validFrom}起施行` : `the policy applies from ${o.rule.validFrom}`);
  }
  return reasons;
}

/** Each condition with its status from the trace (met / unknown / unmet); the validFrom step only when it fails. */
export function checks(o: Outcome, lang: Lang): { text: string; status: 'met' | 'unknown' | 'unmet' }[] {
  const status = { met: 'met', missing: 'unknown', failed: 'unmet' } as const;
  return o.trace.flatMap((t) => {
    if (t.condition) return [{ text: t.condition.requires[lang], status: status[t.outcome] }];
    if (t.outcome !== 'failed') return [];
    return [
      {
        text: lang === 'zh' ? `本意见自${o.rule.validFrom}起施行` : `the policy applies from ${o.rule.validFrom}`,
        status: 'unmet' as const,
      },
    ];
  });
}

/** Readings that are not literally in the text (the rule's, its row's, and the overlap notes'), in words. */
export function interpretations(o: Outcome, lang: Lang): string[] {
  const all = [o.rule.interpretation, o.row?.interpretation, ...o.overlaps.map((n) => n.interpretation)].filter((x) => x !== undefined);
  return [...new Set(all.map((x) => x[lang]))];
}

/** The overlap notes in words, joined (the Amount carries one note citing `final`). */
export function overlapText(notes: OverlapNote[], lang: Lang): string {
  return [...new Set(notes.map((n) => n.note[lang]))].join(lang === 'zh' ? '；' : '; ');
}

const HEAD = {
  zh: {
    eligible: '符合',
    unknown: '可能符合（还需确认）',
    ineligible: '不符合',
    named: '文件提及（未规定金额）',
    conditions: '条件',
    obligations: '义务',
    recipient: '拨付对象',
    interpretation: '解读（不是原文）',
    overlap: '可能交叉重复',
    quote: '原文',
    lead: '牵头部门',
    ask: '请问',
    missing: '还需确认',
  },
  en: {
    eligible: 'Eligible',
    unknown: 'Possibly eligible (to confirm)',
    ineligible: 'Not eligible',
    named: 'Named in the text (no sum set)',
    conditions: 'Conditions',
    obligations: 'Obligations',
    recipient: 'Paid to',
    interpretation: 'Interpretation (not the text)',
    overlap: 'May overlap',
    quote: 'Text',
    lead: 'Lead department',
    ask: 'To tell you exactly',
    missing: 'Still to confirm',
  },
} as const;

type Context = { lang: Lang; tag: (clause: string) => string; lead: (clause: string) => string[] };

function leadLine(clause: string, c: Context): string[] {
  const lead = c.lead(clause);
  return lead.length
    ? [`${HEAD[c.lang].lead}${c.lang === 'zh' ? '：' : ': '}${lead.join(c.lang === 'zh' ? '、' : ', ')}${c.lang === 'zh' ? '。' : '.'}`]
    : [];
}

function block(o: Outcome, c: Context): string {
  const { lang, tag } = c;
  const h = HEAD[lang];
  const sep = lang === 'zh' ? '：' : ': ';
  const end = lang === 'zh' ? '。' : '.';
  const name = o.rule.label[lang];
  if (o.status === 'ineligible')
    return `${h.ineligible}${sep}${name}${tag(o.rule.clause)} — ${whyNot(o, lang).join(lang === 'zh' ? '；' : '; ')}${end}`;
  const named = isUnquantified(o.rule);
  const lines = [`${named ? h.named : h[o.status]}${sep}${name} — ${describeAward(o, lang)}${end}`];
  const conditions = conditionTexts(o, lang);
  if (conditions.length) lines.push(`${h.conditions}${sep}${conditions.join(lang === 'zh' ? '；' : '; ')}${end}`);
  const obligations = o.rule.obligations.map((b) => b[lang]);
  if (obligations.length) lines.push(`${h.obligations}${sep}${obligations.join(lang === 'zh' ? '；' : '; ')}${end}`);
  if (o.rule.recipientNote) lines.push(`${h.recipient}${sep}${o.rule.recipientNote[lang]}${end}`);
  const readings = interpretations({ ...o, overlaps: [] }, lang);
  if (readings.length) lines.push(`${h.interpretation}${sep}${readings.join(lang === 'zh' ? '；' : '; ')}${end}`);
  lines.push(`${h.quote}${sep}“${o.rule.quote}”${tag(o.rule.clause)}`);
  if (named || o.rule.amount.kind === 'none') lines.push(...leadLine(o.rule.clause, c));
  return lines.join('\n');
}

/**
 * One paragraph per distinct overlap note: the awards it concerns (each still listed in full above), the note, the
 * reading it rests on, the closing rule verbatim with 【结尾】, and the lead department.
 */
function overlapBlocks(outcomes: Outcome[], c: Context, closing: { clause: string; quote: string }): string[] {
  const { lang, tag } = c;
  const h = HEAD[lang];
  const sep = lang === 'zh' ? '：' : ': ';
  const end = lang === 'zh' ? '。' : '.';
  const byNote = new Map<string, { labels: string[]; notes: OverlapNote[]; clause: string }>();
  for (const o of outcomes) {
    for (const n of o.overlaps) {
      const key = n.note.zh;
      const entry = byNote.get(key) ?? { labels: [], notes: [], clause: o.rule.clause };
      if (!entry.labels.includes(o.rule.label[lang])) entry.labels.push(o.rule.label[lang]);
      entry.notes.push(n);
      byNote.set(key, entry);
    }
  }
  return [...byNote.values()].flatMap((e) => {
    const first = e.notes[0];
    if (!first) return [];
    const lines = [`${h.overlap}${sep}${e.labels.join(lang === 'zh' ? '、' : '; ')} — ${first.note[lang]}${end}`];
    if (first.interpretation) lines.push(`${h.interpretation}${sep}${first.interpretation[lang]}${end}`);
    lines.push(`${h.quote}${sep}“${closing.quote}”${tag(closing.clause)}`);
    lines.push(...leadLine(e.clause, c));
    return lines.join('\n');
  });
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
  return q.options.map((o) => ({
    value: String(o.value),
    label: few ? `${o[lang]}${lang === 'zh' ? '：' : ': '}${optionOutcome(o, lang)}` : o[lang],
  }));
}

export function questionText(q: Question, lang: Lang): string {
  return FACT_QUESTIONS[q.fact][lang];
}

/**
 * The whole money answer: eligible first, then possible, not eligible; then what may overlap (closing rule); then the one question.
 * @example renderMoney({ outcomes, question, lang: 'zh', tag: (id) => `【第${id}条】`, closing, lead: () => ['市人社局'] })
 */
export function renderMoney(input: {
  outcomes: Outcome[];
  question?: Question;
  lang: Lang;
  tag: (clause: string) => string;
  closing: { clause: string; quote: string };
  /** The lead department(s) of a clause, named where the text leaves the decision open. */
  lead?: (clause: string) => string[];
}): string {
  const { outcomes, question, lang, tag, closing } = input;
  const c: Context = { lang, tag, lead: input.lead ?? (() => []) };
  const blocks = [...outcomes.map((o) => block(o, c)), ...overlapBlocks(outcomes, c, closing)];
  if (question) {
    const opts = questionOptions(question, lang).map((o) => `· ${o.label}`);
    blocks.push([`${HEAD[lang].ask}${lang === 'zh' ? '：' : ': '}${questionText(question, lang)}`, ...opts].join('\n'));
  }
  return blocks.join('\n\n');
}
