// General language machinery, the same for every document: normalisation, filler, negation, what a question asks for,
// corrections and money words, in Chinese and English. A document's own words live in corpus/<id>/vocabulary.json.

/** Full-width → half-width (NFKC), lower case, hyphenated English split (start-up = start up), one space for white space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/\s+/g, ' ');
}

/** What a question asks for. The order is the priority when a message asks several things at once. */
export const ASKS = [
  'document_meta', 'full_clause', 'department', 'stacking', 'total', 'timing', 'procedure', 'materials', 'criteria', 'consequence',
  'definition', 'obligations', 'conditions', 'amount', 'eligibility', 'clause_ref',
] as const;
export type Ask = (typeof ASKS)[number];

/** Details this kind of document never gives: the answer says so and names whom to ask. */
export const DETAIL_ASKS: ReadonlySet<Ask> = new Set(['timing', 'procedure', 'materials', 'criteria', 'consequence']);

/** Phrases that say what is asked (matched after normalize; ASCII phrases as whole words). */
export const ASK_CUES: Readonly<Record<Ask, readonly string[]>> = {
  document_meta: [
    '文号', '发文字号', '文件编号', '文件号', '红头文件', '印发', '发文机关', '发文单位', '哪个单位发', '谁发的', '谁印发', '谁出台', '哪天发', '哪年发',
    '发文时间', '发布时间', '发布日期', '出台时间', '什么时候出台', '啥时候出台', '何时出台', '什么时候发布', '啥时候发布', '文件名', '全称', '标题',
    '发给哪些', '发给谁', '主送', '下发到', '文件叫什么', '叫什么名字', '哪一年的', '哪年的文件', '哪天出', '哪年出', '什么时候出的', '啥时候出的',
    '何时出的', '什么时候下发', '啥时候下发', '哪天下发', '发文', '谁出的', '哪个部门发的', '哪个部门出的', '成文日期', '市委办发', '政府办发',
    '市委发的', '政府发的', '哪个办发的', '石党办发', '32号文', '是啥文件', '什么文件',
    'document number', 'reference number', 'file number', 'issue date', 'issued', 'who issued', 'issuing', 'issuer', 'publication date',
    'when was it published', 'when was this published', 'full title', 'official title', 'sent to', 'who put it out', 'who published',
    'official government document', 'official document', 'who signed', 'which office issued', 'date of issue',
  ],
  full_clause: [
    '说了什么', '说了啥', '讲了什么', '讲了啥', '讲的啥', '讲啥', '说啥', '写了什么', '写了啥', '写的什么', '原文', '全文', '完整', '内容是',
    '具体内容', '怎么写的', '怎么说的', '咋说的', '咋写的', '原话', '那句话', '最后一句', '最后那句', '是关于啥', '关于什么', '关于啥', '讲什么',
    '是什么内容', '说的啥', '说的什么', '写的啥', '发我', '贴出来', '原文发', '怎么规定', '咋规定', '如何规定', '具体规定', '规定了什么', '规定了啥',
    '内容', '全部', '里面具体', '里面有啥', '具体有啥', '有什么内容', '有哪些内容',
    'full text', 'verbatim', 'exact wording', 'exact text', 'what does clause', 'what does article', 'what does section', 'say exactly',
    'word for word', 'quote the', 'whole clause', 'entire clause', 'paste', 'original chinese', 'original text', 'in chinese', 'what is clause',
    "what's clause", 'what is article', 'about what', 'what is it about', "what's in", 'whats in', 'what is in', 'contents of', 'what does it say',
  ],
  department: [
    '哪个部门', '哪个局', '哪个单位负责', '哪个单位管', '哪家单位', '谁负责', '谁牵头', '牵头单位', '牵头部门', '牵头的是', '牵头是', '找谁', '归谁管', '谁管', '负责部门', '哪个部门管',
    '配合部门', '哪些部门配合', '谁配合', '部门负责', '哪个口', '对接哪个', '责任单位', '归口', '主管部门是', '主管部门在哪', '归哪个', '哪个部门牵头',
    'which department', 'which bureau', 'which office', 'which agency', 'who leads', 'who is responsible', 'who handles', 'who do i contact',
    'who should i contact', 'who to contact', 'in charge', 'lead department', 'leading department', 'who runs', 'responsible department',
    'which dept', 'what dept', 'dept leads', 'which bureau leads', 'who leads it', 'lead dept', 'lead office', 'which office leads', 'who leads',
    '哪几个单位', '哪几个部门', '哪些单位', '哪些部门',
  ],
  stacking: [
    '叠加', '重复享受', '重复领', '重复拿', '同时享受', '同时拿', '都能拿', '两个都拿', '两份', '按新的', '按老的', '老办法', '新规定', '旧规定',
    '再领', '再拿', '还能再', '领过', '拿过', '也给了', '已经领了', '已经拿了', '一起拿', '兼得', '冲突', '就高', '哪个为准', '按哪个', '听哪个',
    '以哪个为准', '新旧', '不一样', '交叉', '重复了', '两边都', '都给', '都享受', '只能拿一个', '只能选一个',
    'overlap', 'overlapping', 'get both', 'both awards', 'both subsidies', 'both grants', 'claim both', 'stack', 'stacking', 'double dip', 'double-dip', 'twice', 'which applies', 'which one applies',
    'conflict', 'conflicts', 'combine', 'at the same time', 'take precedence', 'prevails', 'already received', 'already got', 'again',
    'claim it again', 'on top of',
  ],
  total: ['一共', '总共', '加起来', '合计', '总计', '共计', '加一起', '合起来', '总额', 'in total', 'total', 'altogether', 'combined', 'sum', 'add up'],
  timing: [
    '什么时候发', '啥时候发', '何时发', '几时发', '多久到账', '多久能到', '什么时候到账', '啥时候到账', '多长时间到', '发放时间', '几月发', '什么时候给',
    '啥时候给', '多久发', '什么时候能拿到', '啥时候能拿到', '到账', '什么时候兑现', '哪天发钱', '截止',
    'when is it paid', 'when will i get', 'when do we get', 'when will we get', 'how long until', 'how soon', 'hits my account', 'payment date',
    'deadline', 'when paid', 'when will it be paid', 'how long does it take', 'when do they pay', 'pay out', 'paid out', 'when does it arrive',
  ],
  procedure: [
    '咋办理', '怎么弄', '电话多少', '电话号码', '联系电话', '地址在哪', '在哪里办', '哪个学校', '哪所学校', 'phone number', 'which school',
    'how do i get', 'how to get',
    '怎么申请', '如何申请', '咋申请', '怎样申请', '怎么办理', '如何办理', '申请流程', '办理流程', '流程', '怎么领', '咋领', '如何领取', '去哪申请', '在哪申请',
    '哪里申请', '去哪办', '在哪办', '怎么报', '怎么申报', '如何申报', '申报流程', '怎么兑现', '手续', '网上申请', '申请入口',
    'how do i apply', 'how to apply', 'how do we apply', 'how can i apply', 'how can we apply', 'application process', 'where to apply',
    'where do i apply', 'apply for it', 'procedure', 'process to claim', 'how to claim', 'how do i claim',
  ],
  materials: ['材料', '资料', '要交啥', '交什么', '需要提供', '提供什么', '证明材料', '表格', '要带什么', '准备什么', 'which forms', 'forms do we need', 'forms do i need', 'application form', 'documents do we need', 'documents do i need', 'paperwork', 'what documents', 'which documents', 'materials', 'what docs', 'which docs', 'docs do i need', 'docs do we need'],
  criteria: [
    '认定标准', '认定条件', '评定标准', '评选标准', '评审标准', '怎么认定', '如何认定', '怎么评', '怎么才算', '算不算', '积分', '打分', '考核标准', '考核办法',
    '认定办法', '评价标准', '门槛', '分类标准',
    'recognition criteria', 'criteria', 'what counts as', 'counts as', '怎么算', '属不属于', '是看', '怎么界定', '如何界定', '界定', '到多少能拿',
    '多少能拿到', '怎么定档', '按什么标准', '算不算双一流', '属不属于双一流', '哪些学校算', '哪些大学算', 'how do they decide', 'what decides', 'who gets',
    'which universities count', 'how to get recognised', 'how to get recognized', 'how do we get recognised', 'how do we get recognized',
    'points', 'scoring', 'assessment criteria', 'threshold',
  ],
  consequence: ['退钱', '退回', '返还', '追回', '违约金', '赔钱', '没满', '不满5年', '干不满', '提前走', '跳槽', 'pay the money back', 'pay it back', 'pay back', 'break the', 'penalty', 'leave early', 'quit early'],
  definition: ['是什么意思', '是啥意思', '啥意思', '什么意思', '什么叫', '啥叫', '是指', '指的是', '指什么', '是什么东西', '是啥', '定义', 'mean', 'meaning', 'definition', 'what is a', 'what is an'],
  obligations: ['服务期', '服务年限', '服务几年', '干几年', '待几年', '干满', '违约', '义务', '要求服务', '必须干', '要干多久', '留几年', '要留', 'obligation', 'obligations', 'service period', 'how many years', 'commit', 'commitment', 'must i stay', 'have to stay', 'have to work'],
  conditions: ['条件', '要求', '什么人能', '谁能', '哪些人', '什么样的', '资格', '门槛', '要满足', '前提', '前提是啥', '前提是什么', '有啥条件', 'eligib', 'requirement', 'requirements', 'qualify', 'qualifies', 'conditions'],
  amount: ['多少', '几万', '几千', '几百', '标准', '给多少', '补多少', '拿多少', '能拿', '额度', '金额', '比例', '提成', '奖金', 'how much', 'amount', 'amounts', 'how many yuan', 'what is the rate', 'rate', 'percentage', 'range'],
  eligibility: ['能不能', '可不可以', '可以吗', '能吗', '行不行', '行吗', '给不给', '有没有', '有吗', '符合吗', '能拿吗', '能享受', '算吗', '够不够', '吗', 'can i', 'can we', 'do i qualify', 'do we qualify', 'eligible', 'am i', 'are we', 'do i get', 'do we get', 'is there', 'any money', 'true', 'does it count', 'still count', 'still counts'],
  clause_ref: [],
};

/** A later message that corrects an earlier fact: its facts replace the earlier ones. */
export const CORRECTION_CUES: readonly string[] = [
  '不对', '说错了', '说错', '搞错了', '写错了', '打错了', '更正', '纠正', '其实', '实际上', '准确说', '应该是', '我是说', '改一下', '不是这样',
  'correction', 'actually', 'i mean', 'i meant', 'sorry', 'wait', 'oops', 'my mistake', 'to correct',
];

/** A short what-if that continues the last money question with one fact changed. */
export const FOLLOW_UP_CUES: readonly string[] = [
  '那如果', '如果是', '要是', '假如', '换成', '改成', '若是', '那要是', '那', '其他都一样', '其他不变', '另外', '还有', '再加上', '又',
  '还拿了', '还获得', '还认定', '还新认定', '另外还',
  'what if', 'and if', 'what about', 'how about', 'and for', 'and a', 'and the', 'instead', 'also', 'plus', 'separately', 'ok and', 'and how',
];

/** Words that refer back to the last clause or award (那这条, it, that one). */
export const ANAPHORA_CUES: readonly string[] = ['这条', '那条', '这一条', '这个', '那个', '这项', '那项', '它', '上面', '刚才', 'it', 'this one', 'that one', 'this clause', 'that clause', 'them', 'this', 'that'];

/** Words that make a question about money (a benefit, a sum, a cost). */
export const MONEY_WORDS: readonly string[] = [
  '多少钱', '多少', '几万', '几千', '补贴', '补助', '资助', '奖励', '奖补', '经费', '津贴', '报销', '标准', '给钱', '拿钱', '能拿', '能领', '钱', '万元', '资金',
  '奖金', '成本', '利润', '待遇', '支持', '代偿', '费',
  'how much', 'subsidy', 'subsidies', 'grant', 'grants', 'funding', 'fund', 'funds', 'reimburse', 'reimbursed', 'reimbursement', 'refund',
  'allowance', 'award', 'reward', 'money', 'paid', 'pay', 'pays', 'stipend', 'bonus', 'cost', 'costs', 'profit', 'yuan', 'entitled', 'support',
  'percentage', 'ratio', 'how many yuan', 'range', 'fund',
];

/** Words for a benefit: the words just before one name what benefit is meant (见习补贴, 租房补贴). */
export const BENEFIT_WORDS: readonly string[] = ['补贴', '补助', '津贴', '资助', '奖励', '奖金', '贷款', '代偿', '费', '租金', '资金'];

/** Negators: a cue just after one of these says the opposite (没职称, 不是双一流, not signed). */
export const NEGATORS_ZH = /(不是|不算|没有|没|未|非|无|不|还没有?|尚未|从没|并非)$/;
/** A negator a few words before a verb cue (还没跟任何单位签协议). */
export const NEGATED_VERB_ZH = /(还没有?|没有|没|尚未|未)[^，,。；;\s]{0,6}$/;
export const NEGATORS_EN = /\b(not|no|never|don't|dont|didn't|didnt|haven't|havent|hasn't|isn't|isnt|wasn't|without|neither|nor)\s+(\w+\s+){0,2}$/;

/** Bare replies to a yes/no question. */
export const YES = ['是的', '是', '对', '对的', '有', '已经', '嗯', '签了', '可以', 'yes', 'yeah', 'yep', 'correct', 'sure', 'right'];
export const NO = ['不是', '没有', '还没', '没', '不', '否', '不对', 'no', 'not yet', 'nope'];

/** Query filler that carries no meaning for retrieval. */
export const STOP_WORDS: readonly string[] = [
  '请问', '你好', '您好', '谢谢', '麻烦', '一下', '什么', '怎么样', '怎么', '怎样', '如何', '多少钱', '多少', '哪些', '哪个', '哪里',
  '有没有', '有哪些', '是不是', '是否', '能不能', '可不可以', '可以', '能否', '需要', '如果', '的话', '我们', '你们', '他们',
  '我想', '想问', '问下', '问问', '咨询', '了解', '知道', '告诉', '这个', '那个', '这些', '那些', '吗', '呢', '吧', '啊', '呀',
  '嘛', '么', '了', '的', '得', '地', '我', '你', '他', '她', '它', '和', '与', '及', '或', '是', '在', '有', '就', '都', '也',
  '还', '要', '会', '能', '给', '对', '把', '被', '让', '从', '到', '去', '来', '说', '具体', '现在', '目前', '一般', '一个',
  '政策', '规定', '文件', '里面', '里', '上面', '关于', '的是', '我是', '不是', '就是', '还是', '哪条', '哪一条', '一条', '几个',
  '哪', '条', '啥', '咋', '咋办', '不', '上', '些', '点', '下', '个', '这', '那', '没', '没有', '多', '拿', '给点',
];

/** English words that carry no meaning for retrieval. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an the is are was were be been am i me my we our you your he she it its they them their this that these those ' +
    'of in on at to for from with by about as into over under and or but if so do does did can could would should will ' +
    'shall may might must there here what which who whom whose when where why how any some get got have has had ' +
    'please tell know want need like just also than then too very much many more most other such only own same ' +
    'policy document clause shizuishan city hi hello thanks thank').split(/\s+/),
);

/** Words in almost every question and every clause; dropped from the user's own query terms. */
export const QUERY_NOISE: readonly string[] = ['石嘴山市', '石嘴山', '宁夏回族自治区', '宁夏'];

/** Words in almost any question to a government office; they cannot tell whether this document covers it. */
export const GENERIC_WORDS: readonly string[] = [
  '申请', '办理', '材料', '流程', '手续', '什么时候', '时间', '条件', '标准', '补贴', '补助', '报销', '费用', '工资', '注册',
  '需要', '多久', '待遇', '怎么办', '办法', '比例', '要求', '报名', '政策', '优惠', '钱',
];

/** Policies other than this one: 国家的, 全国, 2024最新 (a year after the document's). */
export const OTHER_POLICY_CUES: readonly string[] = ['博士后科学基金', '国家自然科学基金', '自然科学基金', 'postdoctoral science foundation', 'natural science foundation','国家的', '国家规定', '国家层面', '国家出台', '全国', '中央的', '全区的', '宁夏全区', '自治区的', '自治区出台', '自治区规定', '区里的', '省里的', '省级的政策', 'national policy', 'nationwide', 'central government', 'the state', "ningxia's", 'ningxia-wide', 'region-wide', 'provincial policy'];
export const NEWER_CUES = /(20(2[1-9]|3\d))\s*(年)?\s*(最新|新版|新出|新政|新的|的新|latest|new)|(最新|latest|newest|new)\s*(20(2[1-9]|3\d))|最新(的)?(人才)?政策|latest (policy|rules|version)/;

/** Four-digit years a message names, with the words after them (2015年就建了, since 2012). */
export const YEAR = /(19[5-9]\d|20[0-4]\d)\s*(年)?/g;

/** Words that make a sum of money what is asked (not 多少人 or 占比多少): a benefit, money, a currency. */
export const MONEY_NOUN = /钱|补贴|补助|补多少|奖励|奖补|资助|经费|津贴|资金|奖金|万元|元|subsid|money|grant|fund|allowance|reward|award|yuan|stipend|bonus/;
