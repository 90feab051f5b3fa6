// Money answers from the rules (moneyAnswer), for what the text names without an amount, level upgrades, existing
// policies and labelled interpretations: the words, amounts and citations a user sees.
import { describe, expect, it } from 'vitest';
import { moneyAnswer } from '../../src/answer/money';
import { loadCorpus } from '../../src/corpus/load';
import type { Facts } from '../../src/rules/facts';
import { loadRules } from '../../src/rules/load';

const corpus = loadCorpus();
const rules = loadRules();
const asOf = new Date('2024-06-01T00:00:00Z');
const ask = (facts: Facts, lang: 'zh' | 'en' = 'zh') => {
  const result = moneyAnswer({ corpus, rules, facts, hints: [], lang, asOf });
  if (!result) throw new Error('no money answer');
  return result.answer;
};

describe('provisions the text names without an amount', () => {
  it('answers 博士工作补助多少钱 with clause 12’s own words, no amount, and the lead department — never the pre-introduction 2万元', () => {
    const a = ask({ subjects: ['doctor_work_allowance'] });
    expect(a.answer).toContain('第12条提出完善落实博士和“双一流”硕士工作补助等政策，本文件未规定金额');
    expect(a.answer).toContain('牵头部门：市人社局');
    expect(a.answer).toContain('【第12条】');
    expect(a.answer).not.toMatch(/2万|20000/);
    expect(a.amounts).toEqual([
      expect.objectContaining({ ruleId: 'r12-doctor-allowance', clause: '12', eligible: null, per: 'not-applicable' }),
    ]);
    expect(a.amounts[0]?.min).toBeUndefined();
    expect(a.lead).toEqual(['市人社局']);
    expect(a.clarify).toBeUndefined();
  });

  it.each([
    ['student_loan_repayment', 'r12-student-loan', '助学贷款代偿', '市人社局'],
    ['graduate_work_subsidy', 'r12-graduate-work-subsidy', '企业新引进高校毕业生工作补贴', '市人社局'],
    ['vocational_training_subsidy', 'r6-skill-training-subsidy', '职业技能人才培训补贴', '市人社局'],
    ['social_work_upgrade_subsidy', 'r7-social-work-upgrade', '社会工作人员职业资格晋级补贴', '市教体局'],
    ['health_check', 'r22-health-check', '健康体检费标准', '市卫健委'],
    ['city_special_allowance', 'r23-special-allowance', '市政府特殊津贴', '市人才办'],
  ] as const)('answers %s as named, not quantified (%s)', (subject, ruleId, words, lead) => {
    const a = ask({ subjects: [subject] });
    expect(a.amounts.map((x) => x.ruleId)).toEqual([ruleId]);
    expect(a.answer).toContain('文件提及（未规定金额）');
    expect(a.answer).toContain(words);
    expect(a.answer).toContain('本文件未规定');
    expect(a.answer).toContain(lead);
    expect(a.answer).not.toMatch(/\d+万元/);
  });

  it('answers clause 17’s performance-pay provision as non-cash', () => {
    const a = ask({ subjects: ['county_shortage_talent'] });
    expect(a.amounts).toEqual([
      expect.objectContaining({ ruleId: 'r17-county-performance-pay', clause: '17', eligible: true, recipient: 'county-institution' }),
    ]);
    expect(a.answer).toContain('可适当核增绩效工资总量，并在单位内部分配时予以倾斜');
    expect(a.answer).toContain('【第17条】');
  });
});

describe('level upgrades', () => {
  it('gives both amounts of a studio recognised 市级 then 自治区级, says the text is silent on full or difference, cites 6 and final, names the lead', () => {
    const a = ask({ subjects: ['master_studio'], newlyRecognised: true, level: 'region', previousLevel: 'city' });
    const studio = a.amounts.find((x) => x.ruleId === 'r6-master-studio');
    expect(studio).toMatchObject({ min: 50000, max: 50000, eligible: true, overlap: { rule: 'final', with: ['r6-master-studio'] } });
    expect(studio?.overlap?.note).toContain('3万元（30000元）');
    expect(studio?.overlap?.note).toContain('5万元（50000元）');
    expect(studio?.overlap?.note).toContain('是按5万元（50000元）全额给予还是只补差额，文件未写明');
    expect(studio?.interpretation).toContain('是解读');
    expect(a.citations.map((c) => c.id)).toEqual(['6', 'final']);
    expect(a.answer).toContain('牵头部门：市人社局');
    expect(a.answer).toContain('“本意见与现行政策有交叉重复的');
  });

  it('says the same in English', () => {
    const a = ask({ subjects: ['master_studio'], newlyRecognised: true, level: 'national', previousLevel: 'region' }, 'en');
    expect(a.amounts[0]?.overlap?.note).toContain('whether the second award is the full 100,000 yuan (10万元) or only the difference');
  });
});

describe('existing policies and interpretations', () => {
  it('adds the closing rule’s own note when the user mentions an existing policy, and keeps the award', () => {
    const a = ask({ subjects: ['high_tech_enterprise'], level: 'national', newlyRecognised: true, existingPolicy: true });
    expect(a.amounts[0]).toMatchObject({ ruleId: 'r14-high-tech', min: 500000, eligible: true, overlap: { rule: 'final', with: [] } });
    expect(a.amounts[0]?.overlap?.note).toContain('您提到的现行政策与本意见有交叉重复的，按照“时间从新、标准从高、奖补不重复”的原则执行');
    expect(a.citations.map((c) => c.id)).toContain('final');
  });

  it('labels what counts as 新建 for a postdoc station as a reading, and no longer calls it 一次性', () => {
    const a = ask({ subjects: ['postdoc_station'], newlyRecognised: true });
    expect(a.amounts[0]).toMatchObject({ ruleId: 'r11-postdoc-station', min: 300000, period: 'unstated', payer: 'region' });
    expect(a.amounts[0]?.interpretation).toContain('本意见施行（2020年9月15日）后新建');
    expect(a.answer).toContain('解读（不是原文）');
    expect(a.answer).toContain('文件未写明是否一次性或每年');
    expect(a.answer).not.toContain('，一次性，');
  });

  it('says an old postdoc station is not 新建, without mixing in 新认定', () => {
    const a = ask({ subjects: ['postdoc_station'], newlyRecognised: false });
    expect(a.answer).toContain('要求依托企业新建，该工作站不是新建的');
    expect(a.answer).not.toContain('新认定');
  });

  it('gives the recruiter award to each outstanding organisation and person, as the text does', () => {
    const a = ask({ subjects: ['recruiter'], selected: true });
    expect(a.answer).toContain('每个优秀招才引智机构和个人5—15万元');
    expect(a.answer).not.toContain('每个机构');
  });

  it('does not say 每人 for the start-up subsidy', () => {
    const a = ask({ subjects: ['returnee'], origin: true, startedBusiness: true });
    expect(a.answer).not.toContain('每人');
    expect(a.answer).toContain('文件未写明计发单位');
  });
});
