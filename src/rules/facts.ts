// The facts a money answer depends on: one zod schema (every field optional) and, for each fact, the question that asks for it.
import type { Lang } from '../contract/answer';
import { optionValue } from '../contract/option-value';
import * as z from '../contract/zod';

/** What an award is for: the kind of person, organisation or cost a question is about. */
export const Subject = z.enum([
  'student',
  'returnee',
  'edu_base',
  'skill_training_base',
  'master_studio',
  'sanming_studio',
  'social_work_org',
  'postdoc_station',
  'expert_base',
  'city_expert',
  'region_expert',
  'rd_institution',
  'high_tech_enterprise',
  'alliance',
  'demo_base',
  'incubator',
  'maker_space',
  'recruiter',
  'degree_study',
  'training_trip',
  'soe_talent_cost',
  'enterprise_talent_cost',
  // Provisions the text names without an amount (rules of kind none), and clause 17's non-cash provisions.
  'vocational_training_subsidy',
  'social_work_upgrade_subsidy',
  'high_level_treatment',
  'flexible_talent',
  'student_loan_repayment',
  'doctor_work_allowance',
  'graduate_work_subsidy',
  'returning_staff',
  'high_salary_hire',
  'tech_transfer_reward',
  'invention_award',
  'county_shortage_talent',
  'health_check',
  'city_special_allowance',
  'talent_award',
  // Clause 13's exam waiver for city-owned enterprises' recruitment: not money, but the same yes/no on stated facts.
  'exam_waiver',
]);
export type Subject = z.infer<typeof Subject>;

export const Degree = z.enum(['doctor', 'master', 'bachelor', 'other']);
export const Level = z.enum(['city', 'region', 'national']);

/** Everything the rules may ask about; every field optional (unknown until the user says). */
export const Facts = z.strictObject({
  subjects: z.optional(z.array(Subject).check(z.minLength(1))),
  origin: z.optional(z.boolean()),
  degree: z.optional(Degree),
  enrolled: z.optional(z.boolean()),
  fullTime: z.optional(z.boolean()),
  agreementSigned: z.optional(z.boolean()),
  doubleFirstClass: z.optional(z.boolean()),
  startedBusiness: z.optional(z.boolean()),
  level: z.optional(Level),
  newlyRecognised: z.optional(z.boolean()),
  outstanding: z.optional(z.boolean()),
  assessedQualified: z.optional(z.boolean()),
  operatingWell: z.optional(z.boolean()),
  selected: z.optional(z.boolean()),
  employerApproved: z.optional(z.boolean()),
  degreeObtained: z.optional(z.boolean()),
  qualified: z.optional(z.boolean()),
  /** The level it was recognised at before (a studio 市级 first, now 自治区级): the text does not say how an upgrade is paid. */
  previousLevel: z.optional(Level),
  /** The user also has, or asks about, an award under an existing (other) policy: the closing rule's own case. */
  existingPolicy: z.optional(z.boolean()),
  professionalTitle: z.optional(z.boolean()),
  /** The post applied for is with a city-owned state enterprise (市属国有企业), as 第13条's exam waiver requires. */
  cityOwnedEmployer: z.optional(z.boolean()),
  /** Where one is sent to study is in China (第16条: 到国内重点院校、科研院所…). */
  domesticDestination: z.optional(z.boolean()),
  /** Sent by the employer (第16条: 选派), not studying on one's own account. */
  sentByEmployer: z.optional(z.boolean()),
});
export type Facts = z.infer<typeof Facts>;

export const FactName = z.keyof(Facts);
export type FactName = z.infer<typeof FactName>;

const REFUSED = Symbol('refused');
/**
 * Each fact's check, read off the schema once: a boolean or an enum value directly, anything else (the list of
 * subjects) by its own schema, whose output is kept (zod copies arrays).
 */
const FACT_FIELDS = Object.entries(Facts.shape).map(([name, field]) => {
  const inner = field.def.innerType;
  const values: ReadonlySet<unknown> | undefined = inner instanceof z.ZodMiniEnum ? new Set(inner.options) : undefined;
  const own: (v: unknown) => unknown =
    inner instanceof z.ZodMiniBoolean
      ? (v) => (typeof v === 'boolean' ? v : REFUSED)
      : values
        ? (v) => (values.has(v) ? v : REFUSED)
        : (v) => {
            const parsed = inner.safeParse(v);
            return parsed.success ? parsed.data : REFUSED;
          };
  return [name, own] as const;
});
const FACT_NAMES: ReadonlySet<string> = new Set(FACT_FIELDS.map(([name]) => name));

/**
 * What `Facts.safeParse(input)` gives (its data, or undefined when it fails), for the reader, which checks the facts of
 * every message: zod's parse of a strict object of 25 fields was 7% of a reading. The same output: unknown keys
 * refuse the whole, keys come in the schema's order, and a key given as undefined stays. test/rules/read-facts.test.ts
 * compares the two.
 */
export function readFacts(input: Readonly<Record<string, unknown>>): Facts | undefined {
  for (const key of Object.keys(input)) if (!FACT_NAMES.has(key)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, own] of FACT_FIELDS) {
    if (!Object.hasOwn(input, name)) continue;
    const value = input[name];
    const checked = value === undefined ? undefined : own(value);
    if (checked === REFUSED) return undefined;
    out[name] = checked;
  }
  return out as Facts;
}

/** One allowed answer: its value, its label on a button, and how the answer reads when a condition fails. */
export interface FactOption {
  value: string | boolean;
  zh: string;
  en: string;
  /** "您尚未签订" — the user's answer, phrased for a reason (defaults to the label). */
  youZh?: string;
  youEn?: string;
}

export interface FactQuestion {
  zh: string;
  en: string;
  options: FactOption[];
}

const yesNo = (yes: [string, string, string, string], no: [string, string, string, string]): FactOption[] => [
  { value: true, zh: yes[0], en: yes[1], youZh: yes[2], youEn: yes[3] },
  { value: false, zh: no[0], en: no[1], youZh: no[2], youEn: no[3] },
];

const SUBJECT_OPTIONS: FactOption[] = [
  { value: 'exam_waiver', zh: '报考市属国企免笔试', en: 'skipping the written exam for a city-owned enterprise job' },
  { value: 'student', zh: '在读学生预引进', en: 'a student with a pre-introduction agreement' },
  { value: 'returnee', zh: '在外人才回乡创业', en: 'returning home to start a business' },
  { value: 'degree_study', zh: '职工攻读硕士博士（学费报销）', en: "staff studying for a master's or doctorate (tuition)" },
  { value: 'training_trip', zh: '选派赴外学习深造', en: 'a study trip to a key institution' },
  { value: 'edu_base', zh: '继续教育/产学研基地或产教融合平台', en: 'a continuing-education / industry-academia base or platform' },
  { value: 'skill_training_base', zh: '高技能人才培养基地', en: 'a high-skill talent training base' },
  { value: 'master_studio', zh: '技能大师工作室', en: 'a skill-master studio' },
  { value: 'sanming_studio', zh: '“三名”工作室', en: 'a 三名 (famous teacher/doctor) studio' },
  { value: 'social_work_org', zh: '民办社工服务机构', en: 'a private social-work organisation' },
  { value: 'postdoc_station', zh: '博士后科研工作站', en: 'a postdoc research station' },
  { value: 'expert_base', zh: '专家服务基地', en: 'an expert service base' },
  { value: 'city_expert', zh: '市政府特聘专家', en: 'a city-appointed distinguished expert' },
  { value: 'region_expert', zh: '自治区“特聘专家”', en: 'a regional distinguished expert' },
  { value: 'rd_institution', zh: '重点实验室等研发机构', en: 'a key lab or other R&D institution' },
  { value: 'high_tech_enterprise', zh: '国家级高新技术企业', en: 'a national high-tech enterprise' },
  { value: 'alliance', zh: '产业技术创新联盟', en: 'an industry technology innovation alliance' },
  { value: 'demo_base', zh: '“双创”示范基地', en: 'an innovation-and-entrepreneurship demonstration base' },
  { value: 'incubator', zh: '科技企业孵化器', en: 'a technology business incubator' },
  { value: 'maker_space', zh: '众创空间', en: 'a maker space' },
  { value: 'recruiter', zh: '招才引智机构或个人', en: 'a talent-recruitment organisation or person' },
  { value: 'soe_talent_cost', zh: '国有企业引进人才的成本', en: "a state-owned enterprise's cost of recruiting talent" },
  {
    value: 'enterprise_talent_cost',
    zh: '企业给人才的住房补贴、安家费等',
    en: "an enterprise's housing, settling-in or research start-up payments to talent",
  },
  { value: 'vocational_training_subsidy', zh: '职业技能人才培训补贴', en: 'vocational skills training subsidy' },
  { value: 'social_work_upgrade_subsidy', zh: '社会工作人员职业资格晋级补贴', en: 'social workers’ qualification upgrade subsidy' },
  { value: 'high_level_treatment', zh: '高层次人才优厚待遇', en: 'treatment of high-level talent' },
  { value: 'flexible_talent', zh: '柔性引进人才的待遇', en: 'treatment of flexibly recruited talent' },
  { value: 'student_loan_repayment', zh: '助学贷款代偿', en: 'student loan repayment' },
  { value: 'doctor_work_allowance', zh: '博士和“双一流”硕士工作补助', en: 'work allowance for doctors and 双一流 master’s graduates' },
  { value: 'graduate_work_subsidy', zh: '企业新引进高校毕业生工作补贴', en: 'work subsidy for graduates newly hired by enterprises' },
  { value: 'returning_staff', zh: '在编在岗人员回石工作', en: 'public-sector staff from Shizuishan coming back to work' },
  { value: 'high_salary_hire', zh: '高薪聘请急需紧缺拔尖人才', en: 'hiring scarce top talent on high pay' },
  { value: 'tech_transfer_reward', zh: '科技成果转化奖励', en: 'reward for commercialising research results' },
  { value: 'invention_award', zh: '重大科技发明重奖', en: 'major award for major inventions' },
  {
    value: 'county_shortage_talent',
    zh: '县乡事业单位引进急需紧缺人才（绩效工资）',
    en: 'scarce talent hired by county or township institutions (performance pay)',
  },
  { value: 'health_check', zh: '高层次人才健康体检', en: 'health checks for high-level talent' },
  { value: 'city_special_allowance', zh: '市政府特殊津贴', en: 'city government special allowance' },
  { value: 'talent_award', zh: '“石嘴山英才奖”', en: 'the Shizuishan Talent Award (石嘴山英才奖)' },
];

/** The question for each fact, with its allowed answers (the order is the tie-break when two questions settle as much). */
export const FACT_QUESTIONS: Record<FactName, FactQuestion> = {
  subjects: { zh: '您问的是哪一类补贴？', en: 'Which kind of support are you asking about?', options: SUBJECT_OPTIONS },
  degree: {
    zh: '您（在读或攻读）的是哪个学历？',
    en: 'Which degree are you studying for?',
    options: [
      { value: 'doctor', zh: '博士', en: 'doctorate' },
      { value: 'master', zh: '硕士', en: "master's" },
      { value: 'bachelor', zh: '本科（学士）', en: "bachelor's" },
      {
        value: 'other',
        zh: '其他（专科等）',
        en: 'other (e.g. diploma)',
        youZh: '您的学历不在其列',
        youEn: 'your degree is not one of them',
      },
    ],
  },
  level: {
    zh: '认定或创建的是哪一级？',
    en: 'At which level was it recognised?',
    options: [
      { value: 'city', zh: '市级', en: 'city level', youZh: '您的是市级', youEn: 'yours is city level' },
      { value: 'region', zh: '自治区级（区级）', en: 'autonomous-region level', youZh: '您的是自治区级', youEn: 'yours is regional level' },
      { value: 'national', zh: '国家级', en: 'national level' },
    ],
  },
  origin: {
    zh: '您是石嘴山籍（石嘴山生源）吗？',
    en: 'Are you from Shizuishan (石嘴山籍)?',
    options: yesNo(
      ['是，石嘴山籍', 'yes', '您是石嘴山籍', 'you are from Shizuishan'],
      ['不是', 'no', '您不是石嘴山籍', 'you are not from Shizuishan'],
    ),
  },
  agreementSigned: {
    zh: '您是否已与石嘴山市企业和社会组织签订预引进协议？',
    en: 'Have you signed a pre-introduction agreement with a Shizuishan employer or social organisation?',
    options: yesNo(['已签订', 'signed', '您已签订', 'you have signed'], ['还没签', 'not yet', '您尚未签订', 'you have not signed one']),
  },
  enrolled: {
    zh: '您现在还在读吗？',
    en: 'Are you still studying?',
    options: yesNo(['在读', 'still studying', '您在读', 'you are studying'], ['已毕业', 'graduated', '您已毕业', 'you have graduated']),
  },
  fullTime: {
    zh: '是全日制还是在职（非全日制）？',
    en: 'Full-time or part-time (while working)?',
    options: [
      { value: true, zh: '全日制', en: 'full-time', youZh: '您是全日制', youEn: 'you study full-time' },
      { value: false, zh: '在职（非全日制）', en: 'part-time', youZh: '您是在职（非全日制）', youEn: 'you study part-time' },
    ],
  },
  doubleFirstClass: {
    zh: '您就读的是“双一流”高校（学科）吗？',
    en: 'Is your university (or discipline) “double first-class” (双一流)?',
    options: yesNo(['是双一流', 'yes', '您是双一流', 'it is'], ['不是', 'no', '您的学校不是双一流', 'yours is not']),
  },
  startedBusiness: {
    zh: '您是否回石嘴山创办或入股经营企业？',
    en: 'Have you come back to Shizuishan to found or invest in and run a business?',
    options: yesNo(
      ['是，已创办或入股', 'yes', '您已回石创办或入股企业', 'you have'],
      ['还没有', 'not yet', '您尚未回石创办或入股企业', 'you have not'],
    ),
  },
  newlyRecognised: {
    zh: '是新认定（新建）的吗？',
    en: 'Is it newly recognised (newly established)?',
    options: yesNo(
      ['是，新认定', 'yes, newly', '是新认定的', 'it is new'],
      ['不是，早已认定', 'no, earlier', '不是新认定的', 'it was recognised earlier'],
    ),
  },
  outstanding: {
    zh: '经考核作用发挥突出吗？',
    en: 'Has it been assessed as outstanding in its role?',
    options: yesNo(
      ['是，作用突出', 'yes', '作用突出', 'it is outstanding'],
      ['不是', 'no', '未被评为作用突出', 'it has not been assessed as outstanding'],
    ),
  },
  assessedQualified: {
    zh: '专家服务基地考核合格了吗？',
    en: 'Has the expert service base passed its assessment?',
    options: yesNo(['考核合格', 'passed', '考核合格', 'it passed'], ['未合格', 'not passed', '考核未合格', 'it has not passed']),
  },
  operatingWell: {
    zh: '联盟运行良好吗？',
    en: 'Is the alliance operating well?',
    options: yesNo(['运行良好', 'yes', '运行良好', 'it operates well'], ['不是', 'no', '运行不佳', 'it is not operating well']),
  },
  selected: {
    zh: '是否入选（当年评选为优秀招才引智机构或个人）？',
    en: "Were you selected in the year's award for outstanding recruiters?",
    options: yesNo(['已入选', 'selected', '已入选', 'you were selected'], ['未入选', 'not selected', '未入选', 'you were not selected']),
  },
  employerApproved: {
    zh: '攻读学位是否经单位研究同意？',
    en: 'Did your employer approve the study?',
    options: yesNo(
      ['单位已同意', 'approved', '单位已同意', 'your employer approved'],
      ['未经单位同意', 'not approved', '未经单位研究同意', 'your employer did not approve'],
    ),
  },
  degreeObtained: {
    zh: '是否已取得相应证书（学历、学位证书）？',
    en: 'Have you obtained the degree certificate?',
    options: yesNo(
      ['已取得', 'obtained', '已取得', 'you have obtained it'],
      ['还没有', 'not yet', '尚未取得相应证书', 'you have not obtained it yet'],
    ),
  },
  qualified: {
    zh: '您是否具有大学本科以上学历、中级以上专业技术职称或技师以上职业资格？',
    en: "Do you hold a bachelor's degree or higher, an intermediate professional title or higher, or a technician qualification or higher?",
    options: yesNo(['具有', 'yes', '您具备', 'you do'], ['都不具有', 'none of these', '您不具备其中任何一项', 'you hold none of them']),
  },
  previousLevel: {
    zh: '此前是否已认定过较低一级？是哪一级？',
    en: 'Was it recognised at a lower level before? Which?',
    options: [
      { value: 'city', zh: '此前为市级', en: 'city level before' },
      { value: 'region', zh: '此前为自治区级', en: 'regional level before' },
      { value: 'national', zh: '此前为国家级', en: 'national level before' },
    ],
  },
  professionalTitle: {
    zh: '您是否是中级及以上专业技术人员（有中级及以上职称）？',
    en: 'Do you hold an intermediate or higher professional title (中级及以上专业技术人员)?',
    options: yesNo(
      ['是，中级及以上', 'yes', '您是中级及以上专业技术人员', 'you hold one'],
      ['不是', 'no', '您不是中级及以上专业技术人员', 'you do not hold one'],
    ),
  },
  cityOwnedEmployer: {
    zh: '报考的是市属国有企业的招聘岗位吗？',
    en: 'Is the post with a city-owned state enterprise (市属国有企业)?',
    options: yesNo(
      ['是，市属国企', 'yes', '报考市属国有企业岗位', 'a city-owned enterprise'],
      ['不是', 'no', '不是市属国有企业', 'not a city-owned enterprise'],
    ),
  },
  domesticDestination: {
    zh: '选派去的是国内的院校或机构吗？',
    en: 'Is the place you are sent to in China?',
    options: yesNo(['是，国内', 'yes', '去国内的院校或机构', 'in China'], ['不是，国外', 'no', '去国外', 'abroad']),
  },
  sentByEmployer: {
    zh: '是单位选派去的吗？',
    en: 'Are you sent by your employer (选派)?',
    options: yesNo(
      ['是，单位选派', 'yes', '单位选派', 'sent by the employer'],
      ['不是，自己去', 'no', '不是单位选派', 'not sent by the employer'],
    ),
  },
  existingPolicy: {
    zh: '是否还享受或申请了其他现行政策的同类奖补？',
    en: 'Do you also have, or apply for, a similar award under another existing policy?',
    options: yesNo(['是', 'yes', '您还有其他现行政策的奖补', 'you do'], ['没有', 'no', '您没有其他现行政策的奖补', 'you do not']),
  },
};

/** A fact's name, narrowed from any string (object keys, stored state, model output). */
export function isFactName(name: string): name is FactName {
  return FACT_NAMES.has(name);
}

/** The facts in FACT_QUESTIONS' order, the tie-break when two questions settle as much. */
export const FACT_ORDER: FactName[] = Object.keys(FACT_QUESTIONS).filter(isFactName);

export function optionFor(fact: FactName, value: unknown): FactOption | undefined {
  return FACT_QUESTIONS[fact].options.find((o) => o.value === value);
}

/**
 * What choosing a clarifying option says on the user's behalf: the fact's own answer wording (博士, 已签订), which the
 * pipeline reads as the reply to its pending question, rather than the option's label that also shows the outcome
 * (博士：2万元（20000元）). Telegram's taps and WeChat's numbered replies both send it.
 * @example replyWording('degree', { value: 'doctor', label: '博士：2万元（20000元）' }, 'zh') // → '博士'
 */
export function replyWording(fact: string, option: { value: string; label: string }, lang: Lang): string {
  const name = FactName.safeParse(fact);
  if (!name.success) return option.label;
  return optionFor(name.data, optionValue(option.value))?.[lang] ?? option.label;
}
