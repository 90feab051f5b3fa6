// Money questions: facts → rules evaluator → the one Answer object (source "rules"), with amounts, citations and clarify.
import type { Corpus } from '../corpus/load';
import { evaluate, nextQuestion, relevant, type Outcome } from '../rules/evaluate';
import { FACT_ORDER, FACT_QUESTIONS, type FactName, type Facts, type Subject } from '../rules/facts';
import type { RuleSet } from '../rules/load';
import {
  checks,
  conditionTexts,
  describeSum,
  interpretations,
  overlapText,
  questionOptions,
  questionText,
  renderMoney,
  whyNot,
} from '../rules/render';
import { citeTag } from './cite';
import type { Amount, Answer, Citation, Clarify, Lang } from '../contract/answer';

const ORDER: Record<string, number> = { eligible: 0, unknown: 1, ineligible: 3 };
const rank = (o: Outcome) => ORDER[o.status] ?? 9;

/**
 * One outcome as the API's Amount (min/max in integer yuan, or a ratio; eligible null while facts are missing, and
 * for a provision the text names without an amount). Overlapping awards stay in full and carry `overlap` citing `final`.
 */
export function toAmount(o: Outcome, lang: Lang): Amount {
  const r = o.rule;
  const a = r.amount;
  const sum =
    a.kind === 'ratio'
      ? { ratio: a.ratio, atLeast: a.atLeast }
      : o.min !== undefined && o.max !== undefined
        ? { min: o.min, max: o.max }
        : {};
  const eligible = o.status === 'eligible' ? true : o.status === 'ineligible' ? false : null;
  const readings = interpretations(o, lang);
  return {
    ruleId: r.id,
    clause: r.clause,
    label: r.label[lang],
    ...sum,
    currency: 'CNY',
    per: r.per,
    period: r.period,
    ...(r.years ? { years: r.years } : {}),
    ...(r.payer ? { payer: r.payer } : {}),
    recipient: r.recipient,
    eligible,
    conditions: conditionTexts(o, lang, true),
    obligations: r.obligations.map((b) => b[lang]),
    ...(a.kind === 'none' ? { effect: describeSum(o, lang) } : {}),
    ...(eligible === false ? { why: whyNot(o, lang) } : {}),
    ...(o.status === 'unknown' ? { missing: o.missing } : {}),
    checks: checks(o, lang),
    ...(o.overlaps.length
      ? { overlap: { rule: 'final' as const, with: [...new Set(o.overlaps.flatMap((n) => n.with))], note: overlapText(o.overlaps, lang) } }
      : {}),
    ...(readings.length ? { interpretation: readings.join(lang === 'zh' ? '；' : '; ') } : {}),
    ...(r.recipientNote ? { recipientNote: r.recipientNote[lang] } : {}),
  };
}

/** Citations for the rules shown (one per distinct quote), plus the closing rule when an award carries an overlap note. */
function citations(corpus: Corpus, ruleSet: RuleSet, shown: Outcome[]): Citation[] {
  const out: Citation[] = [];
  const add = (id: string, quote: string) => {
    const clause = corpus.byId.get(id);
    if (clause && !out.some((c) => c.id === id && c.quote === quote)) out.push({ id, label: clause.label, quote });
  };
  for (const o of shown) add(o.rule.clause, o.rule.quote);
  if (shown.some((o) => o.overlaps.length > 0)) add(ruleSet.closing.clause, ruleSet.closing.quote);
  return out;
}

export interface MoneyInput {
  corpus: Corpus;
  rules: RuleSet;
  facts: Facts;
  /** Subjects the wording narrowed to when it named none exactly (工作室 → two kinds of studio). */
  hints: Subject[];
  lang: Lang;
  asOf: Date;
}

/**
 * The rules' answer to a money question, or undefined when no rule is about what was asked (retrieval answers then).
 * @example moneyAnswer({ corpus, rules, facts: { subjects: ['postdoc_station'], newlyRecognised: true }, hints: [], lang: 'zh', asOf })
 */
export function moneyAnswer(input: MoneyInput): { answer: Answer; pending?: FactName; outcomes: Outcome[] } | undefined {
  const { corpus, rules, facts, hints, lang, asOf } = input;
  // Rules for another subject are never shown here (relevant() drops them), so they are not evaluated.
  const all = evaluate(rules, facts, asOf, { otherSubjects: 'omit' });
  const hinted = (o: Outcome) => o.rule.conditions.some((c) => c.fact === 'subjects' && c.in.some((v) => hints.some((h) => h === v)));
  // Vague wording (工作室) names no subject, so it makes rules relevant by itself: every hinted rule not ruled out.
  let shown = !facts.subjects && hints.length ? all.filter((o) => hinted(o) && o.status !== 'ineligible') : relevant(all, facts);
  if (shown.length === 0) return undefined;
  shown = [...shown].sort((x, y) => rank(x) - rank(y));
  const question = nextQuestion(shown, facts, asOf);
  const tag = (id: string) => {
    const clause = corpus.byId.get(id);
    return clause ? citeTag(clause) : `【${id}】`;
  };
  const answer: Answer = {
    answer: renderMoney({
      outcomes: shown,
      lang,
      tag,
      closing: rules.closing,
      lead: (id) => corpus.byId.get(id)?.lead ?? [],
      ...(question ? { question } : {}),
    }),
    citations: citations(corpus, rules, shown),
    amounts: shown.map((o) => toAmount(o, lang)),
    source: 'rules',
    lang,
    ...(question
      ? { clarify: { fact: question.fact, question: questionText(question, lang), options: questionOptions(question, lang) } }
      : {}),
  };
  const lead = corpus.byId.get(shown[0]?.rule.clause ?? '')?.lead;
  if (lead?.length) answer.lead = lead;
  return { answer, outcomes: shown, ...(question ? { pending: question.fact } : {}) };
}

/** The policy calculator's answer: what a profile qualifies for, what it does not (and why), and what is left to ask. */
export interface Benefits {
  eligible: Amount[];
  ineligible: Amount[];
  unknown: Amount[];
  /** The facts that would settle the rest, the one that settles most first. */
  questions: Clarify[];
  citations: Citation[];
}

/**
 * Every rule against one profile (POST /api/benefits, npm run calc).
 * @example benefits({ corpus, rules, facts: { subjects: ['incubator', 'maker_space'], level: 'national' }, lang: 'zh', asOf })
 */
export function benefits(input: Omit<MoneyInput, 'hints'>): Benefits {
  const { corpus, rules, facts, lang, asOf } = input;
  const all = evaluate(rules, facts, asOf);
  const first = nextQuestion(all, facts, asOf);
  const missing = new Set(all.filter((o) => o.status === 'unknown').flatMap((o) => o.missing));
  const order = [...(first ? [first.fact] : []), ...FACT_ORDER.filter((f) => f !== first?.fact && missing.has(f))];
  const questions = order.map((fact) => ({
    fact,
    question: FACT_QUESTIONS[fact][lang],
    options: FACT_QUESTIONS[fact].options.map((o) => ({ value: String(o.value), label: o[lang] })),
  }));
  const pick = (keep: (o: Outcome) => boolean) => all.filter(keep).map((o) => toAmount(o, lang));
  return {
    eligible: pick((o) => o.status === 'eligible'),
    ineligible: pick((o) => o.status === 'ineligible'),
    unknown: pick((o) => o.status === 'unknown'),
    questions,
    citations: citations(
      corpus,
      rules,
      all.filter((o) => o.status === 'eligible'),
    ),
  };
}
