// `npm run calc -- --facts '{"subjects":["student"],"origin":true}' [--lang en] [--json]` prints the benefits table for one profile.
import { benefits } from './answer/money';
import type { Amount } from './contract/answer';
import { offlineDeps } from './deps';
import { FACT_QUESTIONS, FactName, Facts } from './rules/facts';
import { money } from './rules/render';
import { PAYER_WORDS, PERIOD_WORDS, PER_WORDS, RECIPIENT_WORDS, type Bilingual } from './rules/schema';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const usage = `Usage: npm run calc -- --facts '{"subjects":["student"],"origin":true,"degree":"doctor","enrolled":true,"fullTime":true,"agreementSigned":true}' [--lang en] [--json]`;

let raw: unknown;
try {
  raw = JSON.parse(flag('--facts') ?? '{}');
} catch {
  console.error(`--facts is not valid JSON.\n${usage}`);
  process.exit(2);
}
const parsed = Facts.safeParse(raw);
if (!parsed.success) {
  console.error(`--facts: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'facts'}: ${i.message}`).join('; ')}\n${usage}`);
  process.exit(2);
}
const lang = flag('--lang') === 'en' ? 'en' : 'zh';
const deps = offlineDeps();
const result = benefits({ corpus: deps.corpus, rules: deps.rules, facts: parsed.data, lang, asOf: deps.clock() });

const zh = lang === 'zh';

/** A code word of the rules (person, one-time, pre-introducing-employer) in the reader's language; never the code. */
function word(table: Record<string, Bilingual>, code: string | undefined): string | undefined {
  if (code === undefined || code === 'not-applicable' || !Object.hasOwn(table, code)) return undefined;
  return table[code]?.[lang];
}

/** A fact the rules still need, as the question that settles it (not its code name). */
function factQuestion(fact: string): string {
  const name = FactName.safeParse(fact);
  return name.success ? FACT_QUESTIONS[name.data][lang] : fact;
}

function sum(a: Amount): string {
  if (a.ratio !== undefined) return `${a.atLeast ? '≥' : ''}${Math.round(a.ratio * 100)}%`;
  if (a.min !== undefined && a.max !== undefined) return money(a.min, a.max, lang);
  return a.effect ?? '—';
}

/** 每人 · 一次性（3年） · 由自治区给予 · 发放给与您签约的预引进单位 */
function terms(a: Amount): string {
  const years = a.years ? (zh ? `（${a.years}年）` : ` (${a.years} years)`) : '';
  const period = word(PERIOD_WORDS, a.period);
  const payer = word(PAYER_WORDS, a.payer);
  const recipient = word(RECIPIENT_WORDS, a.recipient);
  return [
    word(PER_WORDS, a.per),
    period ? `${period}${years}` : undefined,
    payer ? (zh ? `由${payer}给予` : `paid by ${payer}`) : undefined,
    recipient && a.recipient !== 'unstated' ? (zh ? `发放给${recipient}` : `paid to ${recipient}`) : undefined,
    a.recipient === 'unstated' ? (zh ? '文件未写明发放给谁' : 'the text does not say to whom') : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One award: its name and clause, then the sum and its terms, then what decides it (obligations, missing facts, why not). */
function award(a: Amount, note: string): string[] {
  const clause = zh ? `【第${a.clause}条】` : ` [clause ${a.clause}]`;
  const line = [sum(a), terms(a)].filter(Boolean).join(' · ');
  return [`  ${a.label}${clause}`, `    ${line}`, ...(note ? [`    ${note}`] : [])];
}

if (args.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const sections: [string, Amount[], (a: Amount) => string][] = [
    [
      zh ? '符合' : 'Eligible',
      result.eligible,
      (a) => (a.obligations.length ? `${zh ? '义务：' : 'Obligations: '}${a.obligations.join(zh ? '；' : '; ')}` : ''),
    ],
    [
      zh ? '待确认' : 'To confirm',
      result.unknown,
      (a) => `${zh ? '还需确认：' : 'Still to confirm: '}${(a.missing ?? []).map(factQuestion).join(zh ? '；' : '; ')}`,
    ],
    [zh ? '不符合' : 'Not eligible', result.ineligible, (a) => `${zh ? '原因：' : 'Why: '}${(a.why ?? []).join(zh ? '；' : '; ')}`],
  ];
  for (const [title, amounts, note] of sections) {
    console.log(`\n${title} (${amounts.length})`);
    for (const a of amounts) {
      console.log(award(a, note(a)).join('\n'));
      // The closing rule's note and any reading not literally in the text, under the award they belong to.
      if (a.overlap) console.log(`    ↳ ${zh ? '可能交叉重复（见结尾）' : 'may overlap (see final)'}: ${a.overlap.note}`);
      if (a.interpretation) console.log(`    ↳ ${zh ? '解读（不是原文）' : 'interpretation (not the text)'}: ${a.interpretation}`);
    }
  }
  if (result.questions.length) {
    const next = result.questions.slice(0, 3).map((q) => q.question);
    console.log(`\n${zh ? '下一步要问' : 'Ask next'}: ${next.join(zh ? ' · ' : ' · ')}`);
  }
}
