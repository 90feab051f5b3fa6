// `npm run calc -- --facts '{"subjects":["student"],"origin":true}' [--lang en] [--json]` prints the benefits table for one profile.
import { benefits } from './answer/money';
import type { Amount } from './contract/answer';
import { offlineDeps } from './deps';
import { Facts } from './rules/facts';
import { money } from './rules/render';

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

function sum(a: Amount): string {
  if (a.ratio !== undefined) return `${a.atLeast ? '≥' : ''}${Math.round(a.ratio * 100)}%`;
  if (a.min !== undefined && a.max !== undefined) return money(a.min, a.max, lang);
  return a.effect ?? '—';
}

function row(a: Amount, note: string): string {
  return [
    a.ruleId.padEnd(22),
    `第${a.clause}条`.padEnd(6),
    sum(a).padEnd(30),
    `${a.per}/${a.period}${a.years ? `×${a.years}` : ''}`.padEnd(24),
    a.recipient.padEnd(26),
    note,
  ].join(' ');
}

if (args.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const sections: [string, Amount[], (a: Amount) => string][] = [
    [lang === 'zh' ? '符合' : 'Eligible', result.eligible, (a) => a.obligations.join('；')],
    [lang === 'zh' ? '待确认（缺少的事实）' : 'To confirm (missing facts)', result.unknown, (a) => (a.missing ?? []).join(', ')],
    [lang === 'zh' ? '不符合（原因）' : 'Not eligible (why)', result.ineligible, (a) => (a.why ?? []).join('；')],
  ];
  for (const [title, amounts, note] of sections) {
    console.log(`\n${title} (${amounts.length})`);
    for (const a of amounts) {
      console.log(`  ${row(a, note(a))}`);
      // The closing rule's note and any reading not literally in the text, under the row they belong to.
      if (a.overlap) console.log(`      ↳ ${lang === 'zh' ? '可能交叉重复（见结尾）' : 'may overlap (see final)'}: ${a.overlap.note}`);
      if (a.interpretation)
        console.log(`      ↳ ${lang === 'zh' ? '解读（不是原文）' : 'interpretation (not the text)'}: ${a.interpretation}`);
    }
  }
  if (result.questions.length) {
    console.log(
      `\n${lang === 'zh' ? '下一步要问' : 'Ask next'}: ${result.questions
        .map((q) => `${q.fact} (${q.question})`)
        .slice(0, 3)
        .join(' · ')}`,
    );
  }
}
