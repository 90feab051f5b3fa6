// Every rule says no more than its quoted sentence: each period, payer, recipient, per-unit and condition word (and
// criteria, effects, obligations, recipient notes) must occur in the sentence the quote comes from, apart from a small
// allow-list of derived words, each justified below. And every sentence of the source with a money word is covered by
// a rule (with an amount or of kind none) or marked in rules.json as not a benefit, with a reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { loadRules } from '../../src/rules/load';
import { PAYER_WORDS, PERIOD_WORDS, PER_WORDS, RECIPIENT_WORDS, type Rule } from '../../src/rules/schema';

const ruleSet = loadRules();
const corpus = loadCorpus();
const squash = (s: string) => s.replace(/\s+/g, '');
const source = squash(readFileSync(join(import.meta.dirname, '../../corpus/shizuishan-talent-2020/source.txt'), 'utf8')).replace(
  /-\d+-/g,
  '',
);

/** The text's sentences: split after 。 and ； (a ；-clause is a sentence of its own here: 第11条 gives two awards in one 。-sentence). */
const sentencesOf = (text: string) =>
  squash(text)
    .split(/(?<=[。；])/)
    .filter(Boolean);

/** The sentence a rule quotes (the quote is a whole sentence or a part of one). */
function quotedSentence(rule: Rule): string {
  const clause = corpus.byId.get(rule.clause);
  const quote = squash(rule.quote).replace(/[。；]$/, '');
  const found = sentencesOf(clause?.text ?? '').find((s) => s.includes(quote));
  if (!found) throw new Error(`${rule.id}: quote is not inside one sentence of clause ${rule.clause}`);
  return found;
}

// Derived words a rule may use although its sentence does not contain them. Each is a restatement, never a new claim.
const ALLOWED: Record<string, string> = {
  属于: 'frames a subject condition: "对X给予" is restated as "属于X" (is an X); the X itself must be in the sentence',
  为: 'the same framing as 属于 ("为在读学生", "评选为优秀…"), with the rest checked',
  不是补贴: 'says a kind-none provision grants no money: a denial, never a grant',
  不适用: 'per/period of a provision with no sum: there is nothing to count per anything',
  后: '"取得相应证书后" restates "并取得相应…证书的，给予/予以报销": the award follows the certificate',
  您: 'the second person replaces the student the sentence names, in the recipient note written to that student',
  与您: 'as 您: "与您签订预引进协议的单位" is the "预引进单位" the sentence names ("与…签订预引进协议")',
};
// Only in the recipient field: 本人 names the person the sentence itself grants to (每人, 人才, 人员, the one who studies).
const RECIPIENT_ALLOWED = ['本人'];
// Only in the per field: "对X给予N万元" grants N to each X; 每个/每家 restates that distributive 对, and X is checked.
const PER_PREFIX = /^每(个|家)(?=.)/;
// A run that states what the text lacks (文件未规定具体档次, 本文件未规定金额) claims nothing; nor does naming the clause.
const META = /^(本)?文件未(规定|写明|界定)/;
const CLAUSE_REF = /^第\d+条(提出|规定)/;

/** The parts of `fragment` (between punctuation) that neither occur in the sentence nor are allowed. */
function unsupported(fragment: string, sentence: string, extra: string[] = [], per = false): string[] {
  const runs = squash(fragment)
    .split(/[，。；：、（）“”《》(),;:]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (const raw of runs) {
    if (META.test(raw)) continue;
    let run = raw.replace(CLAUSE_REF, '');
    if (per) run = run.replace(PER_PREFIX, '');
    const covered = new Array<boolean>(run.length).fill(false);
    const mark = (from: number, len: number) => covered.fill(true, from, from + len);
    for (const w of [...Object.keys(ALLOWED), ...extra]) for (let i = run.indexOf(w); i >= 0; i = run.indexOf(w, i + 1)) mark(i, w.length);
    // Pieces of three or more characters of the sentence; a two-character piece only where it stands alone between
    // allowed words or punctuation (给予, 当年). So 学位学历证书 is not pieced together from 学历（学位）证书.
    for (let i = 0; i < run.length; i++) {
      for (let len = run.length - i; len >= 3; len--) {
        if (sentence.includes(run.slice(i, i + len))) {
          mark(i, len);
          break;
        }
      }
    }
    const before = [...covered];
    for (let i = 0; i + 2 <= run.length; i++) {
      const alone = (i === 0 || before[i - 1]) && (i + 2 === run.length || before[i + 2]);
      if (!before[i] && !before[i + 1] && alone && sentence.includes(run.slice(i, i + 2))) mark(i, 2);
    }
    let gap = '';
    run.split('').forEach((ch, i) => {
      if (!covered[i]) gap += ch;
      else if (gap) (out.push(gap), (gap = ''));
    });
    if (gap) out.push(gap);
  }
  return out;
}

function claims(rule: Rule): { field: string; zh: string; extra?: string[]; per?: boolean }[] {
  const a = rule.amount;
  const conditions = [
    ...rule.conditions,
    ...(a.kind === 'table' ? [{ requires: a.requires }, ...a.rows.flatMap((r) => r.conditions)] : []),
  ];
  return [
    { field: 'per', zh: PER_WORDS[rule.per].zh, per: true },
    { field: 'period', zh: PERIOD_WORDS[rule.period].zh },
    ...(rule.years ? [{ field: 'years', zh: `${rule.years}年聘期内` }] : []),
    ...(rule.payer ? [{ field: 'payer', zh: PAYER_WORDS[rule.payer].zh }] : []),
    { field: 'recipient', zh: RECIPIENT_WORDS[rule.recipient].zh, extra: RECIPIENT_ALLOWED },
    ...conditions.map((c) => ({ field: 'condition', zh: c.requires.zh })),
    ...(a.kind === 'range' ? [{ field: 'criteria', zh: a.criteria.zh }] : []),
    ...(a.kind === 'none' ? [{ field: 'effect', zh: a.effect.zh }] : []),
    ...(a.kind === 'ratio' ? [{ field: 'of', zh: a.of.zh }] : []),
    ...rule.obligations.map((o) => ({ field: 'obligation', zh: o.zh })),
    ...(rule.recipientNote ? [{ field: 'recipientNote', zh: rule.recipientNote.zh }] : []),
  ];
}

describe('every rule against its quoted sentence', () => {
  for (const rule of ruleSet.rules) {
    it(`${rule.id} adds no period, payer, recipient, per-unit or condition word the sentence lacks`, () => {
      const sentence = quotedSentence(rule);
      const problems = claims(rule).flatMap((c) =>
        unsupported(c.zh, sentence, c.extra, c.per).map((w) => `${c.field} "${c.zh}": 「${w}」`),
      );
      expect(problems, `${rule.id} — sentence: ${sentence}`).toEqual([]);
    });
  }

  it('catches the drift issue 17 found (the checker itself works)', () => {
    const s12 = quotedSentence(ruleSet.rules.find((r) => r.id === 'r12-pre-introduction') as Rule);
    expect(unsupported('与石嘴山市企业或社会组织签订预引进协议', s12)).toEqual(['或']);
    const s11 = quotedSentence(ruleSet.rules.find((r) => r.id === 'r11-postdoc-station') as Rule);
    expect(unsupported('一次性', s11)).toEqual(['一次性']);
    const s13 = quotedSentence(ruleSet.rules.find((r) => r.id === 'r13-return-business') as Rule);
    expect(unsupported('每人', s13, [], true)).toEqual(['每人']);
    const s16 = quotedSentence(ruleSet.rules.find((r) => r.id === 'r16-parttime-tuition') as Rule);
    expect(unsupported('取得相应学位学历证书', s16)).not.toEqual([]);
    const s7 = quotedSentence(ruleSet.rules.find((r) => r.id === 'r7-sanming-studio') as Rule);
    expect(unsupported('由牵头部门考核确定', s7)).not.toEqual([]);
  });
});

describe('every money sentence of the source is a rule or marked not a benefit', () => {
  const MONEY = /补贴|补助|资助|奖励|津贴|经费|报销|代偿|待遇/g;
  const spans: { from: number; to: number; by: string }[] = [];
  const span = (text: string, by: string) => {
    const t = squash(text).replace(/[。；]$/, '');
    for (let i = source.indexOf(t); i >= 0; i = source.indexOf(t, i + 1)) spans.push({ from: i, to: i + t.length, by });
  };
  for (const r of ruleSet.rules) {
    // A rule with a sum covers its whole sentence; a rule of kind none covers only what it quotes.
    span(r.amount.kind === 'none' ? r.quote : quotedSentence(r), r.id);
  }
  for (const n of ruleSet.notBenefits) span(n.quote, `not a benefit: ${n.reason}`);

  it('finds each rule quote and each not-a-benefit quote in the source', () => {
    for (const r of ruleSet.rules) expect(source.includes(squash(r.quote).replace(/[。；]$/, '')), r.id).toBe(true);
    for (const n of ruleSet.notBenefits) {
      expect(source.includes(squash(n.quote)), n.quote).toBe(true);
      expect(n.reason.length).toBeGreaterThan(8);
    }
  });

  it('covers every occurrence of 补贴/补助/资助/奖励/津贴/经费/报销/代偿/待遇', () => {
    const sentences = sentencesOf(source);
    let at = 0;
    const uncovered: string[] = [];
    for (const s of sentences) {
      for (const m of s.matchAll(MONEY)) {
        const pos = at + (m.index ?? 0);
        if (!spans.some((x) => x.from <= pos && pos < x.to)) uncovered.push(`${m[0]} in: ${s}`);
      }
      at += s.length;
    }
    expect(uncovered).toEqual([]);
  });

  it('has its own rule for each provision the text names without an amount', () => {
    const named = [
      '博士和“双一流”硕士工作补助',
      '企业新引进高校毕业生工作补贴',
      '助学贷款代偿',
      '职业技能人才培训补贴',
      '社会工作人员职业资格晋级补贴',
      '健康体检费标准',
      '市政府特殊津贴',
      '“石嘴山英才奖”',
    ];
    for (const p of named) {
      const rule = ruleSet.rules.find((r) => r.provision === p);
      expect(rule, p).toBeDefined();
      expect(rule?.amount).toMatchObject({ kind: 'none', unquantified: true });
      expect(rule?.conditions.find((c) => c.fact === 'subjects')?.in).toHaveLength(1);
    }
  });

  it('has a rule for clause 17’s non-cash performance-pay provision', () => {
    const rule = ruleSet.rules.find((r) => r.quote.includes('可适当核增绩效工资总量，并在单位内部分配时予以倾斜'));
    expect(rule).toMatchObject({ id: 'r17-county-performance-pay', clause: '17', amount: { kind: 'none', unquantified: false } });
  });
});
