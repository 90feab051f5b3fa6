// The starter questions every channel offers, one set per kind of user: the web page's persona tabs, Telegram's /start
// buttons and the WeChat/WeCom welcome all read this one list.
import type { Lang } from './answer';

export type PersonaId = 'graduate' | 'enterprise' | 'staff';

export const STARTERS: Record<Lang, Record<PersonaId, string[]>> = {
  zh: {
    graduate: ['石嘴山籍博士签了预引进协议，有多少生活补贴？', '回石嘴山创业有什么补贴？', '在职读研究生，学费能报销吗？'],
    enterprise: ['企业建博士后科研工作站有什么资助？', '技能大师工作室有多少经费？', '新认定的国家高新技术企业奖励多少？'],
    staff: ['市政府特聘专家每年补贴多少？', '招才引智先进单位和个人怎么奖励？', '奖补与其他政策重复时按什么标准执行？'],
  },
  en: {
    graduate: [
      'How much is the pre-introduction living subsidy for a Shizuishan-born PhD student with a signed agreement?',
      'What subsidy is there for returning home to start a business?',
      'Is tuition reimbursed for part-time graduate study?',
    ],
    enterprise: [
      'What funding does an enterprise get for a postdoc research workstation?',
      'How much funding does a skill-master studio get?',
      'What is the award for a newly recognised national high-tech enterprise?',
    ],
    staff: [
      'How much does a municipal specially-appointed expert receive each year?',
      'How are outstanding talent-recruitment organisations and individuals rewarded?',
      'What applies when an award overlaps with another policy?',
    ],
  },
};
