// The calculator's form: one field per fact of the facts schema, with the allowed answers in both languages.
// Mirrors the rules' facts schema (src/rules/facts.ts); the server validates, so a drift shows as a 400 message on the page.
import type { UiLang } from './strings';

export interface CalcField {
  /** The fact's key in the POST /api/benefits body. */
  name: string;
  label: Record<UiLang, string>;
  /** Allowed values; "true"/"false" are sent as booleans. */
  options: { value: string; label: Record<UiLang, string> }[];
}

const yesNo = [
  { value: 'true', label: { zh: '是', en: 'Yes' } },
  { value: 'false', label: { zh: '否', en: 'No' } },
];

export const CALC_FIELDS: CalcField[] = [
  { name: 'shizuishanNative', label: { zh: '是否石嘴山籍', en: 'Born in Shizuishan (石嘴山籍)?' }, options: yesNo },
  {
    name: 'degree',
    label: { zh: '学历（在读或已获得）', en: 'Degree (studying for or held)' },
    options: [
      { value: 'doctor', label: { zh: '博士', en: 'Doctorate' } },
      { value: 'master', label: { zh: '硕士', en: 'Master’s' } },
      { value: 'bachelor', label: { zh: '学士（本科）', en: 'Bachelor’s' } },
    ],
  },
  { name: 'doubleFirstClass', label: { zh: '是否“双一流”高校', en: '“Double First-Class” university?' }, options: yesNo },
  {
    name: 'studyMode',
    label: { zh: '学习方式', en: 'Mode of study' },
    options: [
      { value: 'fullTime', label: { zh: '全日制', en: 'Full-time' } },
      { value: 'partTime', label: { zh: '在职', en: 'Part-time (while employed)' } },
    ],
  },
  { name: 'agreementSigned', label: { zh: '是否已签订预引进协议', en: 'Signed a pre-introduction agreement?' }, options: yesNo },
  {
    name: 'organization',
    label: { zh: '单位或平台类型', en: 'Organisation or platform' },
    options: [
      { value: 'postdocStation', label: { zh: '博士后科研工作站', en: 'Postdoc research station' } },
      { value: 'expertServiceBase', label: { zh: '专家服务基地', en: 'Expert service base' } },
      { value: 'skillTrainingBase', label: { zh: '高技能人才培训基地', en: 'High-skill training base' } },
      { value: 'skillMasterStudio', label: { zh: '技能大师工作室', en: 'Skill master studio' } },
      { value: 'rdInstitution', label: { zh: '研发机构', en: 'R&D institution' } },
      { value: 'highTechEnterprise', label: { zh: '国家高新技术企业', en: 'National high-tech enterprise' } },
      { value: 'innovationAlliance', label: { zh: '产业技术创新联盟', en: 'Industry innovation alliance' } },
      { value: 'incubator', label: { zh: '孵化器', en: 'Incubator' } },
      { value: 'makerSpace', label: { zh: '众创空间', en: 'Maker space' } },
      { value: 'startup', label: { zh: '回乡创办企业', en: 'Business started on returning home' } },
    ],
  },
  {
    name: 'level',
    label: { zh: '认定级别', en: 'Level of recognition' },
    options: [
      { value: 'city', label: { zh: '市级', en: 'City' } },
      { value: 'region', label: { zh: '自治区级', en: 'Autonomous region' } },
      { value: 'national', label: { zh: '国家级', en: 'National' } },
    ],
  },
  { name: 'employerApproved', label: { zh: '学习是否经单位同意', en: 'Study approved by the employer?' }, options: yesNo },
];
