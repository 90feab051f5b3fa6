// The one glossary: document terms kept whole, colloquial Chinese → document wording, English → Chinese, and query filler.
// Every keyword list that search, rules or answers need about the language of users lives here.

/** Terms of the document that bigrams alone would blur; the tokenizer also emits them whole. */
export const DOMAIN_TERMS: readonly string[] = [
  '博士后科研工作站', '博士后工作站', '专家服务基地', '技能大师工作室', '高技能人才培养基地', '预引进', '预引进协议',
  '预引进生活补贴', '双一流', '招才引智', '石嘴山籍', '石嘴山生源', '创业补贴', '免笔试', '面试+考核', '市属国有企业',
  '高新技术企业', '科技企业孵化器', '众创空间', '产业技术创新联盟', '双创', '示范基地', '重点实验室', '工程实验室',
  '工程技术（创新）中心', '研发机构', '特聘专家', '工作津贴', '柔性引才', '周末工程师', '客座教授', '生产成本',
  '考核利润', '高层次人才', '高技能人才', '技能人才', '基础人才', '社会工作', '社工服务机构', '三名', '名师', '名医',
  '非遗传承人', '名师带徒', '文化旅游', '乡村振兴', '高素质农民', '科技特派员', '乡贤', '人力资源服务产业园',
  '猎头', '人才评价', '职称', '评聘分离', '竞聘上岗', '破格晋升', '专业技术', '编制', '备案制', '周转池', '特设岗位',
  '先进后出', '公益二类', '绩效工资', '工资总额', '科技成果转化', '股权', '因公出国', '兼职', '在职创办企业',
  '跨校执教', '多点执业', '人才住房', '共有产权房', '人才公寓', '公租住房', '一卡通', '专业英才绿卡', '一站式',
  '子女就学', '优质学校', '医疗保健', '健康体检', '家庭医生', '石嘴山英才奖', '特殊津贴', '劳动模范', '党管人才',
  '人才发展资金', '述职考评', '政治引领', '舆论宣传', '学费', '报销', '全额报销', '在职', '全日制', '硕士', '博士',
  '学士', '研究生', '赴外培训', '学习深造', '继续教育基地', '产学研', '产教融合', '孵化基地', '现代学徒制',
  '时间从新', '标准从高', '奖补不重复', '交叉重复', '主要目标', '总体要求', '回乡就业', '高校毕业生', '助学贷款代偿',
  '工作补贴', '工作补助', '创新创业', '返乡', '回石', '在外人才', '配偶', '子女', '引才资助', '经费补助', '运行经费',
  '建设经费', '考核奖励', '人才培养经费', '奖补资金', '招才引智奖励', '一次性补助', '351人才', '梦想港湾',
];

/** A way users say something, and the document's words for it (appended to the query, never replacing it). */
export interface GlossaryEntry {
  say: readonly string[];
  means: readonly string[];
}

/** Shizuishan's own districts and county: people name these, not the city (老家平罗, 大武口人). */
export const LOCAL_PLACES: readonly string[] = ['大武口', '惠农', '平罗'];

/** How people say they come from the city or one of its districts: 老家平罗, 石嘴山人, 出生在惠农. */
export const ORIGIN_PHRASES: readonly string[] = ['石嘴山', ...LOCAL_PLACES].flatMap((p) => [
  `老家${p}`, `老家是${p}`, `老家在${p}`, `${p}人`, `${p}的人`, `出生在${p}`, `在${p}出生`, `家在${p}`, `家是${p}`, `${p}户口`, `户口在${p}`,
]);

/** The same places in English: "from Pingluo", "hukou is in Dawukou". */
export const ORIGIN_PHRASES_EN: readonly string[] = ['shizuishan', 'dawukou', 'huinong', 'pingluo'].flatMap((p) => [
  `from ${p}`, `hukou is in ${p}`, `hukou in ${p}`, `born in ${p}`, `grew up in ${p}`, `hometown is ${p}`, `native of ${p}`, `${p} native`, `${p}-born`, `${p} born`,
]);

/** Colloquial Chinese → the document's wording. */
export const SYNONYMS: readonly GlossaryEntry[] = [
  { say: [...ORIGIN_PHRASES, '石嘴山本地', '本地人', '户籍在石嘴山'], means: ['石嘴山籍', '石嘴山生源'] },
  { say: [...LOCAL_PLACES.map((p) => `回${p}`), '回乡', '回老家', '回家乡', '回石嘴山', '回来工作', '回来创业', '回来发展', '回到石嘴山', '返乡', '回流', '想回来', '回来办', '回来开', '搬回', '回去'], means: ['回石', '返乡', '回引', '回乡就业', '在外人才'] },
  { say: ['研究生', '读研', '考研', '硕士生', '研究生学历'], means: ['硕士', '博士', '研究生'] },
  { say: ['博士生', '读博', '博士研究生', '博士在读', '在读博士'], means: ['博士'] },
  { say: ['本科生', '本科', '大学生', '学士学位'], means: ['学士', '本科', '高校毕业生'] },
  { say: ['985', '211', '名校', '重点大学', '一流大学', '一流学科'], means: ['双一流'] },
  { say: ['毕业生', '应届生', '应届毕业生', '刚毕业', '毕业了', '大学毕业'], means: ['高校毕业生'] },
  { say: ['签约', '签合同', '签协议', '提前签', '提前签约', '定向签约'], means: ['签订预引进协议', '预引进'] },
  { say: ['生活费', '生活补助', '在校补贴', '上学期间'], means: ['预引进生活补贴', '学习生活支出'] },
  { say: ['开公司', '办公司', '开厂', '办厂', '办企业', '开企业', '自己创业', '做生意', '入股', '当老板', '开店', '办个厂', '开个厂', '厂子', '开个公司', '办个公司', '开个店', '门店', '开个门店', '开饭店', '开超市'], means: ['创办企业', '创业', '入股经营企业', '创业补贴'] },
  { say: ['不用笔试', '不考笔试', '免考', '直接面试', '不笔试', '笔试免了', '国企招聘', '考国企', '进国企'], means: ['免笔试', '面试+考核', '市属国有企业', '招聘'] },
  { say: ['考编', '进编', '事业编', '编制内', '入编', '有编制', '公务员'], means: ['编制', '事业单位', '机关事业单位', '招聘'] },
  { say: ['评职称', '职称评定', '评高级', '晋升职称', '副高', '正高', '高级职称'], means: ['职称', '高级专业技术职称', '破格晋升'] },
  { say: ['租房', '买房', '房子', '公寓', '住的地方', '宿舍', '住哪', '安居'], means: ['人才住房', '人才公寓', '公租住房', '共有产权房', '住房保障'] },
  { say: ['孩子上学', '小孩上学', '孩子读书', '入学', '上学', '择校', '小孩读书'], means: ['子女就学', '子女入学', '优质学校'] },
  { say: ['看病', '就医', '体检', '医疗待遇', '医疗'], means: ['医疗保健', '健康体检', '问诊就医'] },
  { say: ['博后', '博士后站', '博士后'], means: ['博士后科研工作站', '博士后工作站'] },
  { say: ['大师工作室', '技能大师', '工匠工作室', '劳模工作室'], means: ['技能大师工作室'] },
  { say: ['实训基地', '技能培训基地', '高技能基地'], means: ['高技能人才培养基地'] },
  { say: ['实验室', '研发中心', '技术中心', '工程中心'], means: ['重点实验室', '工程实验室', '工程技术（创新）中心', '研发机构'] },
  { say: ['高企', '高新企业', '高新技术'], means: ['高新技术企业'] },
  { say: ['孵化器', '孵化基地', '创业基地', '创客空间', '众创'], means: ['科技企业孵化器', '众创空间', '双创', '孵化基地'] },
  { say: ['联盟', '产业联盟', '创新联盟'], means: ['产业技术创新联盟'] },
  { say: ['专家基地', '专家工作站', '院士工作站'], means: ['专家服务基地'] },
  { say: ['外聘专家', '顾问', '产业顾问', '聘专家'], means: ['特聘专家', '产业顾问', '工作津贴'] },
  { say: ['猎头公司', '中介', '人力资源公司', '人力公司', '引荐人才', '介绍人才', '推荐人才', '挖人'], means: ['招才引智', '人才中介服务机构', '猎头', '招才引智奖励'] },
  { say: ['学费', '读书的钱', '念书', '深造', '进修', '在职研究生', '在职读研', '非全日制'], means: ['学费', '报销', '攻读', '在职', '学习深造'] },
  { say: ['出去培训', '外出培训', '外出学习', '去外地培训', '培训补助', '访学'], means: ['赴外培训', '学习深造', '一次性补助', '重点院校'] },
  { say: ['工资', '薪酬', '年薪', '高薪', '待遇', '奖金'], means: ['工资绩效', '绩效工资', '高薪聘请', '待遇'] },
  { say: ['出国', '出境', '国外交流', '国际会议'], means: ['因公出国', '学术交流'] },
  { say: ['兼职', '第二职业', '副业', '外面兼课', '停薪留职', '离岗创业'], means: ['兼职', '离岗', '在职创办企业', '创新创业'] },
  { say: ['绿卡', '人才卡', '英才卡', '服务卡'], means: ['专业英才绿卡', '一卡通'] },
  { say: ['荣誉', '评奖', '表彰', '英才奖'], means: ['人才荣誉制度', '石嘴山英才奖', '人才奖项'] },
  { say: ['社工', '社会工作者', '社工机构'], means: ['社会工作', '社工服务机构', '社会工作师'] },
  { say: ['名师工作室', '名医工作室', '名校长'], means: ['三名', '名师', '名医'] },
  { say: ['农民', '种地', '农村', '村里', '乡下', '种植', '养殖'], means: ['乡村振兴', '农村实用人才', '高素质农民'] },
  { say: ['旅游', '文旅', '文化'], means: ['文化旅游'] },
  { say: ['技工', '技术工人', '蓝领', '学徒', '技师'], means: ['技能人才', '高技能人才', '学徒制'] },
  { say: ['部门负责', '谁负责', '谁管', '哪个部门', '找谁', '归谁管', '负责部门', '主管部门', '哪个单位'], means: ['牵头负责'] },
  { say: ['文件编号', '发文字号', '文号', '红头文件'], means: ['石党办发'] },
  { say: ['什么时候发', '发布时间', '发文时间', '哪天发', '哪年', '哪月', '几月', '几号', '印发时间', '发布日期', '生效'], means: ['印发', '2020年9月15日'] },
  { say: ['重复享受', '叠加', '同时享受', '同时拿', '都能拿', '一起拿', '重复拿', '能不能都拿', '两个都拿', '重复领', '冲突', '就高', '哪个为准'], means: ['奖补不重复', '标准从高', '交叉重复'] },
  { say: ['目标', '指标', '到2025年', '五年内', '未来五年'], means: ['主要目标', '未来5年', '到2025年末'] },
  { say: ['指导思想', '总的要求'], means: ['总体要求'] },
  { say: ['国企', '国有企业'], means: ['国有企业', '市属国有企业'] },
  { say: ['夫妻', '爱人', '老公', '老婆', '家属', '两口子', '媳妇'], means: ['配偶'] },
  { say: ['配偶找工作', '家属就业', '爱人工作', '家属安置'], means: ['配偶就业'] },
  { say: ['劳模', '五一奖章', '先进个人', '红旗手'], means: ['劳动模范', '人才荣誉制度'] },
  { say: ['计入成本', '算成本', '进成本', '入成本', '财务上怎么处理', '怎么入账'], means: ['生产成本', '成本核算'] },
  { say: ['算利润', '算业绩', '考核吃亏', '影响考核'], means: ['考核利润'] },
  { say: ['年龄大', '超龄', '年龄限制'], means: ['放宽年龄'] },
  { say: ['钱从哪来', '钱从哪出', '钱从哪里', '资金从哪', '资金来源', '经费保障', '专项资金', '经费来源'], means: ['人才发展资金', '经费保障'] },
  { say: ['培养多少', '引进多少', '打算培养', '计划培养', '新培养', '多少名', '培养几个', '引进几个', '总量'], means: ['主要目标', '未来5年', '名以上'] },
  { say: ['直接招聘', '自主招聘', '直接录用', '直接进事业单位', '不考试进', '自己招', '自行招聘', '自己招人'], means: ['自主招聘', '自主公开招聘', '事业单位'] },
  { say: ['先入职', '先进来', '编制不够', '没编', '没有编', '编满', '空编'], means: ['先进后出', '没有空编'] },
  { say: ['全称', '名称', '标题', '叫什么名字'], means: ['实施意见', '通知'] },
  { say: ['科研人员', '搞科研', '研究员'], means: ['科研人员'] },
  { say: ['医生', '护士', '医院'], means: ['医生多点执业', '公立医院'] },
  { say: ['几家医院', '多家医院', '多个医院', '多点执业', '到别的医院', '外院坐诊'], means: ['医生多点执业', '多点执业'] },
  { say: ['老师', '教师'], means: ['教师跨校执教', '名师'] },
];

/** English (lower case) → the document's wording. Longer phrases are matched first. */
export const ENGLISH: readonly GlossaryEntry[] = [
  { say: ['postdoc', 'post-doc', 'postdoctoral', 'post doctoral'], means: ['博士后科研工作站', '博士后'] },
  { say: ['workstation', 'work station', 'station'], means: ['工作站'] },
  { say: ['expert service base', 'expert base', 'expert center', 'expert centre'], means: ['专家服务基地'] },
  { say: ['skill master', 'skills master', 'master studio', 'master craftsman', 'master workshop'], means: ['技能大师工作室'] },
  { say: ['studio'], means: ['工作室'] },
  { say: ['training base', 'training center', 'training centre'], means: ['培养基地', '高技能人才培养基地'] },
  { say: ['high-skill', 'high skill', 'highly skilled', 'skilled worker', 'technician', 'vocational', 'welder', 'craftsman', 'blue-collar'], means: ['高技能人才', '技能人才'] },
  { say: ['subsidy', 'subsidies', 'subsidised', 'subsidized', 'allowance', 'stipend', 'grant', 'grants'], means: ['补贴', '补助', '资助'] },
  { say: ['funding', 'fund', 'funds', 'money', 'support', 'financial', 'how much', 'amount', 'pay', 'paid'], means: ['资助', '经费', '支持', '补贴'] },
  { say: ['reward', 'rewards', 'award', 'awards', 'bonus', 'prize'], means: ['奖励', '奖补'] },
  { say: ['pre-introduction', 'pre introduction', 'pre-employment', 'pre-hire', 'pre-recruitment', 'sign with', 'signed with', 'agreement', 'contract'], means: ['预引进', '预引进协议'] },
  { say: ['living subsidy', 'living allowance', 'living expenses', 'living cost'], means: ['预引进生活补贴', '学习生活支出'] },
  { say: ORIGIN_PHRASES_EN, means: ['石嘴山籍', '石嘴山生源'] },
  { say: ['hometown', 'home town', 'return home', 'go back home', 'come back', 'return to', 'returnee', 'returning', 'move back'], means: ['回石', '返乡', '回引', '在外人才'] },
  { say: ['phd', 'ph.d', 'doctoral', 'doctorate', 'doctor degree'], means: ['博士'] },
  { say: ['master', "master's", 'masters', 'postgraduate', 'graduate student', 'grad student'], means: ['硕士', '研究生'] },
  { say: ['bachelor', "bachelor's", 'undergraduate', 'undergrad'], means: ['学士', '本科'] },
  { say: ['double first-class', 'double first class', 'first-class', 'first class', 'top university', 'top universities', '985', '211'], means: ['双一流'] },
  { say: ['graduate', 'graduates', 'college student', 'university student', 'student', 'students'], means: ['高校毕业生', '高校学生'] },
  { say: ['start a business', 'start-up', 'startup', 'start up', 'entrepreneur', 'entrepreneurship', 'own business', 'open a company', 'set up a company', 'found a company', 'invest in a company'], means: ['创业', '创办企业', '创业补贴', '入股经营企业'] },
  { say: ['written exam', 'written test', 'exam', 'exams', 'test waiver', 'interview'], means: ['笔试', '免笔试', '面试+考核'] },
  { say: ['state-owned', 'state owned', 'soe'], means: ['国有企业', '市属国有企业'] },
  { say: ['civil service', 'public institution', 'government job', 'public sector', 'staffing quota', 'establishment'], means: ['机关事业单位', '事业单位', '编制'] },
  { say: ['professional title', 'title evaluation', 'senior title', 'promotion'], means: ['职称', '专业技术职称', '破格晋升'] },
  { say: ['evaluation', 'assessment system', 'talent evaluation'], means: ['人才评价', '评价机制'] },
  { say: ['housing', 'house', 'apartment', 'flat', 'rent', 'accommodation', 'dormitory', 'home ownership'], means: ['人才住房', '人才公寓', '公租住房', '共有产权房'] },
  { say: ['children', 'child', 'kid', 'son', 'daughter', 'schooling', 'enrol', 'enroll', 'school place', 'good school'], means: ['子女就学', '子女入学', '优质学校'] },
  { say: ['hospital', 'hospitals'], means: ['医院'] },
  { say: ['medical', 'health', 'healthcare', 'health care', 'check-up', 'checkup', 'physical exam'], means: ['医疗保健', '健康体检', '就医'] },
  { say: ['tuition', 'tuition fee', 'tuition fees', 'school fees'], means: ['学费', '报销'] },
  { say: ['reimburse', 'reimbursed', 'reimbursement', 'refund'], means: ['报销'] },
  { say: ['part-time study', 'part time study', 'in-service', 'while working', 'on-the-job'], means: ['在职', '攻读在职硕士'] },
  { say: ['full-time', 'full time'], means: ['全日制'] },
  { say: ['training', 'further study', 'study trip', 'advanced study', 'visiting scholar'], means: ['学习深造', '培训', '赴外培训'] },
  { say: ['laboratory', 'laboratories', 'lab', 'labs', 'key lab', 'engineering center', 'r&d', 'research institution', 'research center', 'research centre'], means: ['重点实验室', '工程实验室', '研发机构'] },
  { say: ['high-tech', 'high tech', 'hi-tech', 'hightech', 'high-and-new-tech', 'new technology enterprise'], means: ['高新技术企业'] },
  { say: ['incubator', 'incubators', 'incubation'], means: ['科技企业孵化器', '孵化'] },
  { say: ['maker space', 'makerspace', 'maker spaces', 'co-working', 'coworking', 'hackerspace'], means: ['众创空间'] },
  { say: ['innovation and entrepreneurship', 'mass entrepreneurship', 'demonstration base', 'demonstration bases'], means: ['双创', '示范基地'] },
  { say: ['alliance', 'alliances', 'consortium'], means: ['产业技术创新联盟'] },
  { say: ['headhunter', 'headhunting', 'recruiter', 'talent scout', 'talent recruitment', 'recruiting talent', 'referral'], means: ['招才引智', '猎头', '招才引智奖励'] },
  { say: ['recruitment agency', 'recruitment agencies', 'staffing agency', 'intermediary', 'intermediaries', 'regulate', 'regulation', 'supervision', 'blacklist'], means: ['人才中介服务机构', '猎头中介', '监管', '人力资源市场'] },
  { say: ['special allowance', 'government special allowance', 'special government allowance'], means: ['市政府特殊津贴', '人才奖项'] },
  { say: ['journalist', 'journalists', 'editor', 'editors', 'tv host', 'presenter', 'anchor', 'media talent', 'news media'], means: ['名编辑', '名记者', '名主持人', '新闻媒体人才'] },
  { say: ['entrepreneur training', 'management training', 'executive training', 'business leaders', 'managers'], means: ['企业家素质提升培训', '企业经营管理人才'] },
  { say: ['distinguished expert', 'specially appointed', 'special expert', 'industry adviser', 'industry advisor', 'consultant'], means: ['特聘专家', '产业顾问', '工作津贴'] },
  { say: ['flexible', 'part-time expert', 'weekend engineer', 'visiting professor', 'guest professor'], means: ['柔性引才', '周末工程师', '客座教授'] },
  { say: ['high-level talent', 'high level talent', 'top talent', 'leading talent', 'high-caliber', 'high calibre'], means: ['高层次人才'] },
  { say: ['salary', 'salaries', 'wage', 'wages', 'pay scheme', 'performance pay', 'compensation'], means: ['工资绩效', '绩效工资', '工资分配'] },
  { say: ['equity', 'stock', 'shares', 'share incentive'], means: ['股权'] },
  { say: ['profit', 'profits', 'count as profit', 'performance assessment'], means: ['考核利润', '视为当年考核利润'] },
  { say: ['cost', 'costs', 'expense', 'expenses', 'book as cost'], means: ['投入成本', '生产成本'] },
  { say: ['abroad', 'overseas trip', 'go overseas', 'travel abroad', 'international exchange'], means: ['因公出国', '学术交流'] },
  { say: ['side job', 'second job', 'moonlight', 'moonlighting', 'part-time job', 'part time job'], means: ['兼职'] },
  { say: ['while keeping my job', 'keep my job', 'keeping my job', 'while employed', 'on the side', 'leave my post', 'unpaid leave'], means: ['在职创办企业', '兼职', '离岗'] },
  { say: ['researcher', 'researchers', 'scientist', 'scientists', 'research staff'], means: ['科研人员'] },
  { say: ['green card', 'talent card', 'one-card'], means: ['专业英才绿卡', '一卡通'] },
  { say: ['service window', 'one-stop', 'one stop', 'hotline', 'service network', 'website'], means: ['一站式', '人才服务', '服务窗口'] },
  { say: ['honour', 'honor', 'honours', 'honors', 'title of honour', 'talent award'], means: ['人才荣誉制度', '石嘴山英才奖'] },
  { say: ["people's congress", 'peoples congress', 'deputy', 'deputies', 'cppcc', 'party congress', 'model worker', 'labour medal', 'labor medal', 'may day medal'], means: ['人大代表', '党代表', '政协委员', '劳动模范'] },
  { say: ['social work', 'social worker', 'social workers', 'ngo'], means: ['社会工作', '社工服务机构'] },
  { say: ['famous teacher', 'famous doctor', 'teacher studio', 'doctor studio'], means: ['三名', '名师', '名医'] },
  // 'rural' alone also describes township schools and hospitals (第1条, 第4条): it maps to the neutral words only.
  { say: ['rural', 'township', 'grassroots'], means: ['乡镇', '基层', '农村'] },
  { say: ['rural revitalization', 'rural revitalisation', 'village', 'countryside', 'farmer', 'farmers', 'farm', 'farms', 'agriculture', 'agricultural', 'e-commerce'], means: ['乡村振兴', '农村实用人才', '高素质农民'] },
  { say: ['tourism', 'culture', 'cultural', 'tour guide', 'tour guides', 'tourist'], means: ['文化旅游', '文化旅游人才'] },
  { say: ['online-offline', 'online and offline', 'training platform', 'vocational college', 'polytechnic'], means: ['产教融合', '线上+线下', '公共服务平台'] },
  { say: ['set up a factory', 'open a factory', 'build a factory', 'factory back', 'back in shizuishan', 'back home', 'go back'], means: ['回石', '创办企业', '创业补贴'] },
  { say: ['continuing education', 'industry-academia', 'industry-university', 'university-industry', 'school-enterprise'], means: ['继续教育基地', '产学研', '产教融合'] },
  { say: ['apprentice', 'apprenticeship'], means: ['学徒制'] },
  { say: ['lead department', 'leading department', 'in charge', 'responsible', 'which department', 'who handles', 'who is responsible', 'who runs', 'contact'], means: ['牵头负责'] },
  { say: ['document number', 'reference number', 'file number'], means: ['石党办发'] },
  { say: ['issued', 'issue date', 'published', 'when was', 'release date', 'signed off', 'who signed', 'issuer', 'issuing authority', 'who wrote', 'who made'], means: ['印发', '2020年9月15日'] },
  { say: ['overlap', 'overlapping', 'double', 'get both', 'both subsidies', 'both awards', 'both grants', 'twice', 'two policies', 'two subsidies', 'duplicate', 'combine', 'stack', 'higher standard', 'which applies'], means: ['交叉重复', '奖补不重复', '标准从高'] },
  { say: ['target', 'targets', 'goal', 'goals', 'by 2025', 'five years', '5 years'], means: ['主要目标', '未来5年'] },
  { say: ['general requirement', 'general requirements', 'guiding principle', 'overall requirement'], means: ['总体要求'] },
  { say: ['spouse', 'wife', 'husband'], means: ['配偶'] },
  { say: ['party', 'cpc', 'party committee'], means: ['党管人才', '党委'] },
  // Not 'publicity': its Porter stem is 'public', which would pull every 'public institution' question here.
  { say: ['propaganda', 'promotion campaign', 'media campaign', 'political guidance', 'success stories', 'role models'], means: ['宣传', '政治引领'] },
  { say: ['recuperation', 'holiday', 'holidays', 'vacation', 'festival visit', 'festival greetings', 'spring festival'], means: ['休假疗养', '节日慰问'] },
  { say: ['industry association', 'trade association', 'exchange event', 'matchmaking event', 'conference', 'forum', 'roadshow'], means: ['行业协会', '人才项目交流对接活动', '学术会议'] },
  { say: ['vacant', 'vacancy', 'vacancies', 'free slot', 'no slot', 'no opening'], means: ['空编', '先进后出', '编制'] },
  { say: ['compete for', 'competition for', 're-compete', 'recompete', 'competitive appointment'], means: ['竞聘上岗', '全员竞聘上岗'] },
  { say: ['talent fund', 'special fund', 'dedicated fund', 'city fund', 'municipal fund', 'development fund', 'budget', 'where does the money come from'], means: ['人才发展资金', '经费保障'] },
  { say: ['technology transfer', 'commercialization', 'commercialisation'], means: ['科技成果转化'] },
  { say: ['headcount', 'quota', 'staffing'], means: ['编制', '周转池'] },
  { say: ['human resources', 'hr industrial park', 'labour market', 'labor market', 'talent market'], means: ['人力资源市场', '人力资源服务产业园'] },
  { say: ['enterprise', 'company', 'companies', 'firm', 'employer', 'business'], means: ['企业', '用人单位'] },
  { say: ['inheritor', 'intangible cultural heritage'], means: ['非遗传承人'] },
];

/** Query filler that carries no meaning for retrieval; removed before bigrams so it cannot match. */
export const STOP_WORDS: readonly string[] = [
  '请问', '你好', '您好', '谢谢', '麻烦', '一下', '什么', '怎么样', '怎么', '怎样', '如何', '多少钱', '多少', '哪些', '哪个', '哪里',
  '有没有', '有哪些', '是不是', '是否', '能不能', '可不可以', '可以', '能否', '需要', '如果', '的话', '我们', '你们', '他们',
  '我想', '想问', '问下', '问问', '咨询', '了解', '知道', '告诉', '这个', '那个', '这些', '那些', '吗', '呢', '吧', '啊', '呀',
  '嘛', '么', '了', '的', '得', '地', '我', '你', '他', '她', '它', '和', '与', '及', '或', '是', '在', '有', '就', '都', '也',
  '还', '要', '会', '能', '给', '对', '把', '被', '让', '从', '到', '去', '来', '说', '具体', '现在', '目前', '一般', '一个',
  '政策', '规定', '文件', '里面', '里', '上面', '关于', '的是', '我是', '不是', '就是', '还是', '哪条', '哪一条', '一条', '几个',
  '哪', '条', '啥', '咋', '咋办', '不', '吗', '上', '些', '点', '下', '个', '这', '那', '嘛', '没', '没有', '多', '拿', '给点',
];

/** English words that carry no meaning for retrieval (kept out of the English token stream). */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an the is are was were be been am i me my we our you your he she it its they them their this that these those ' +
    'of in on at to for from with by about as into over under and or but if so do does did can could would should will ' +
    'shall may might must there here what which who whom whose when where why how any some get got have has had ' +
    'please tell know want need like just also than then too very much many more most other such only own same ' +
    'policy document clause shizuishan city hi hello thanks thank') .split(/\s+/),
);

/** Words in almost every question and every clause; dropped from the user's own query terms (glossary still sees them). */
export const QUERY_NOISE: readonly string[] = ['石嘴山市', '石嘴山', '宁夏回族自治区', '宁夏'];

/**
 * Topics people ask about that this document does not cover; a question about one of them retrieves nothing,
 * and the answer suggests where to ask instead.
 */
/** Words in almost any question to a government office; they cannot tell whether this document covers it. */
export const GENERIC_WORDS: readonly string[] = [
  '申请', '办理', '材料', '流程', '手续', '什么时候', '时间', '条件', '标准', '补贴', '补助', '报销', '费用', '工资', '注册',
  '需要', '多久', '待遇', '怎么办', '办法', '比例', '要求', '报名', '政策', '优惠', '钱',
];

/** Places whose own talent policies people ask about; "银川市人才政策" is not this document. */
export const OTHER_PLACES: readonly string[] = ['银川', '吴忠', '固原', '中卫', '西安', '兰州', '呼和浩特', '包头', '北京', '上海', '深圳', '杭州', '成都', '自治区'];

export const UNCOVERED_TOPICS: readonly { say: readonly string[]; ask: string }[] = [
  { say: ['公积金'], ask: '住房公积金管理中心' },
  { say: ['落户', '户口迁', '迁户口', '户籍迁移', 'hukou transfer', 'transfer my hukou', 'move my hukou', 'settle my hukou'], ask: '公安机关户籍窗口' },
  { say: ['火车票', '高铁票', '机票', 'train ticket', 'train tickets', 'flight', 'flights'], ask: '铁路或航空客服' },
  { say: ['缴费基数', '社保缴费', '社保补缴', '养老保险', '失业金', '失业保险', '退休金', '养老金', '退休年龄', '延迟退休', 'pension', 'unemployment benefit'], ask: '市人社局' },
  { say: ['医保报销', '医保卡', '医保缴费', 'medical insurance'], ask: '市医保局' },
  { say: ['个税', '所得税', '专项扣除', 'income tax'], ask: '税务部门' },
  { say: ['驾照', '驾驶证', "driver's license", 'driving licence', 'driving license'], ask: '公安交管部门' },
  { say: ['分数线', '招生简章', '录取', '奖学金', 'admission', 'scholarship', 'cut-off score'], ask: '相关高校招生部门' },
  { say: ['教师资格证', '公务员考试', '国考', '省考', 'civil service exam'], ask: '相关考试主管部门' },
  { say: ['营业执照', '商标', '年报', 'business license', 'trademark'], ask: '市场监管部门' },
  { say: ['低保', '最低工资', 'minimum wage', 'subsistence allowance'], ask: '民政或人社部门' },
  { say: ['护照', '签证', '港澳通行证', 'passport', 'visa'], ask: '公安出入境管理部门' },
  { say: ['房贷', '贷款利率', '车贷', 'mortgage'], ask: '银行或住房公积金管理中心' },
  { say: ['车牌', '违章', '罚款', '交通事故', 'traffic ticket', 'parking fine'], ask: '公安交管部门' },
  { say: ['身份证', '结婚登记', '离婚', 'id card', 'marriage registration'], ask: '公安或民政部门' },
  { say: ['产假', '育儿假', '生育津贴', '生育保险', 'maternity leave'], ask: '市人社局或市医保局' },
  { say: ['高考', '志愿填报', 'gaokao', 'college entrance exam'], ask: '教育考试部门' },
  { say: ['疫苗', '核酸', 'vaccine', 'vaccination'], ask: '卫生健康部门' },
  { say: ['劳动仲裁', '欠薪', '拖欠工资', '讨薪', 'wage arrears', 'unpaid wages'], ask: '劳动保障监察或劳动人事争议仲裁机构' },
  { say: ['天气', '好吃', '美食', '景点', '笑话', '电影', 'weather', 'joke'], ask: '' },
];

// ── Money questions (src/rules/extract.ts) ───────────────────────────────────────────────────────────────────────────
// Each list below is matched longest phrase first, and a matched phrase is blanked before the next list is tried,
// so "还没签" (not signed) never also reads as "签了", and "博士研究生" never also reads as "研究生".

/** Words that make a question about money: it goes to the rules evaluator, not to retrieval. */
export const MONEY_WORDS: readonly string[] = [
  '多少钱', '多少', '几万', '补贴', '补助', '资助', '奖励', '奖补', '经费', '津贴', '报销', '标准', '给钱', '拿钱', '能拿', '能领',
  '钱', '万元', '资金', '奖金', '成本', '利润', '待遇', '支持',
  'how much', 'subsidy', 'subsidies', 'grant', 'grants', 'funding', 'fund', 'funds', 'reimburse', 'reimbursed', 'reimbursement',
  'refund', 'allowance', 'award', 'reward', 'money', 'paid', 'pay', 'stipend', 'bonus', 'cost', 'costs', 'profit', 'yuan', 'entitled',
];

/** One reading of a fact: the phrases that say it. Lists for one fact are tried in order (negatives first). */
export interface Cue {
  value: string;
  say: readonly string[];
}

/** Phrases that name what an award is for, by the rules' subject codes (src/rules/facts.ts), tried in this order. */
export const SUBJECT_CUES: readonly Cue[] = [
  { value: 'postdoc_station', say: ['博士后科研工作站', '博士后工作站', '博士后站', '博士后', '博后', 'postdoc', 'post-doc', 'postdoctoral', 'post doctoral'] },
  { value: 'skill_training_base', say: ['高技能人才培养基地', '技能人才培养基地', '高技能基地', '实训基地', '技能培训基地', 'high-skill talent training base', 'high-skill training base', 'skill training base', 'skills training base'] },
  { value: 'master_studio', say: ['技能大师工作室', '大师工作室', '技能大师', 'skill master', 'skills master', 'master studio', 'master craftsman'] },
  { value: 'sanming_studio', say: ['“三名”工作室', '三名工作室', '名师工作室', '名医工作室', '三名', '名师', '名医', 'famous teacher', 'famous doctor'] },
  { value: 'social_work_org', say: ['民办社工服务机构', '社工服务机构', '社会工作服务机构', '社工机构', '民办社工', '社工', 'social work', 'social-work'] },
  { value: 'expert_base', say: ['专家服务基地', '专家基地', 'expert service base', 'expert base'] },
  { value: 'region_expert', say: ['自治区“特聘专家”', '自治区特聘专家', '区特聘专家', 'regional distinguished expert', 'region distinguished expert', 'autonomous region distinguished expert', 'regional expert'] },
  { value: 'city_expert', say: ['市政府特聘专家', '市特聘专家', '产业顾问', 'city distinguished expert', 'city-appointed', 'industry adviser', 'industry advisor'] },
  { value: 'demo_base', say: ['“双创”示范基地', '双创示范基地', '示范基地', '双创基地', 'demonstration base', 'demo base'] },
  { value: 'incubator', say: ['科技企业孵化器', '孵化器', 'incubator', 'incubators'] },
  { value: 'maker_space', say: ['众创空间', '创客空间', 'maker space', 'makerspace', 'maker spaces', 'co-working space'] },
  { value: 'edu_base', say: ['继续教育基地', '产学研人才培养基地', '产学研基地', '产学研', '产教融合', '技术研发人才孵化基地', 'continuing education', 'continuing-education', 'industry-academia', 'industry-university', 'school-enterprise'] },
  { value: 'rd_institution', say: ['重点实验室', '工程实验室', '工程技术（创新）中心', '工程技术中心', '研发机构', '研发中心', '实验室', 'key lab', 'key laboratory', 'laboratory', 'engineering center', 'engineering centre', 'r&d institution', 'r&d centre', 'r&d center', 'lab'] },
  { value: 'high_tech_enterprise', say: ['高新技术企业', '高新企业', '高企', 'high-tech enterprise', 'high tech enterprise', 'hi-tech enterprise', 'high-tech', 'new technology enterprise'] },
  { value: 'alliance', say: ['产业技术创新联盟', '创新联盟', '产业联盟', '联盟', 'alliance', 'consortium'] },
  { value: 'recruiter', say: ['招才引智', '猎头', '人力资源公司', '中介', '引荐人才', '推荐人才', '介绍人才', 'headhunter', 'headhunting', 'recruitment agency', 'recruiter', 'talent scout', 'referral'] },
  { value: 'soe_talent_cost', say: ['考核利润', '国有企业引进', '国企引进', '国企引人', '投入成本', 'state-owned enterprise', 'state owned enterprise', 'soe', 'assessed profit'] },
  { value: 'enterprise_talent_cost', say: ['生产成本', '安家费', '科研启动经费', '列入成本', '算成本', '计入成本', 'production cost', 'settling-in', 'research start-up'] },
  { value: 'training_trip', say: ['赴外培训', '学习深造', '外出培训', '出去培训', '外出学习', '进修', '访学', '重点院校', 'study trip', 'further study', 'training trip', 'visiting scholar', 'advanced study'] },
  { value: 'degree_study', say: ['学费', '报销', 'tuition', 'reimburse', 'reimbursed', 'reimbursement', 'refund'] },
  { value: 'returnee', say: ['回乡创业', '返乡创业', '回石创业', '回来创业', '回石嘴山创业', '回老家创业', '回石创办', '回来开公司', '回老家开公司', '回乡开公司', '回石嘴山开', '回老家开', '回来办厂', '回来开了', '创业补贴', '入股', '开公司', '办企业', '办厂', '开厂', '创业', 'start a business', 'startup', 'start-up', 'open a company', 'set up a company', 'found a company', 'entrepreneur', 'invest in a company'] },
  { value: 'student', say: ['预引进', '生活补贴', 'pre-introduction', 'pre introduction', 'preintroduction', 'living subsidy', 'living allowance'] },
];

/** Phrases too vague for one subject: they narrow the question to a few (工作室 → 技能大师 or 三名). */
export const SUBJECT_HINTS: readonly { say: readonly string[]; subjects: readonly string[] }[] = [
  { say: ['工作室', 'studio'], subjects: ['master_studio', 'sanming_studio'] },
  { say: ['特聘专家', 'distinguished expert', 'specially appointed', 'special expert'], subjects: ['city_expert', 'region_expert'] },
];

/** Phrases for each fact, by fact name (src/rules/facts.ts); values are the fact's own ("true", "doctor", "national"). */
export const FACT_CUES: Readonly<Record<string, readonly Cue[]>> = {
  origin: [
    { value: 'false', say: ['不是石嘴山', '非石嘴山', '外地人', '外地的', '外省', '老家不是', '不是本地', 'not from shizuishan', 'not a shizuishan', 'not originally from shizuishan'] },
    { value: 'true', say: [...ORIGIN_PHRASES, ...ORIGIN_PHRASES_EN, '石嘴山籍', '石嘴山生源', '户籍在石嘴山', '石嘴山本地', '本地人', '石嘴山长大'] },
  ],
  degree: [
    { value: 'other', say: ['专科', '大专', '高职', '中专', 'diploma', 'associate degree'] },
    { value: 'doctor', say: ['博士研究生', '博士生', '博士', '读博', '博一', '博二', '博三', '博四', 'phd', 'ph.d', 'doctoral', 'doctorate'] },
    { value: 'master', say: ['硕士研究生', '硕士生', '硕士', '研究生', '读研', '研一', '研二', '研三', "master's", 'masters', 'master', 'postgraduate', 'graduate student', 'grad student'] },
    { value: 'bachelor', say: ['本科生', '本科', '学士', '大一', '大二', '大三', '大四', "bachelor's", 'bachelor', 'undergraduate', 'undergrad'] },
  ],
  enrolled: [
    { value: 'false', say: ['已经毕业', '已毕业', '毕业了', '毕业工作', 'already graduated', 'have graduated', "i've graduated", 'graduated'] },
    { value: 'true', say: ['在读', '在校', '正在读', '还在读', '还没毕业', '未毕业', '读博', '读研', 'doing a phd', 'doing a master', 'doing a full-time', 'doing a part-time', 'doing my phd', 'doing my master', 'pursuing a', 'studying for', 'working on my phd', '研一', '研二', '研三', '博一', '博二', '博三', '大一', '大二', '大三', '大四', '上学', 'currently studying', 'studying', 'enrolled', 'still at university', "i'm a student", 'i am a student', 'student'] },
  ],
  fullTime: [
    { value: 'false', say: ['非全日制', '在职读', '在职攻读', '在职研究生', '在职硕士', '在职博士', '在职', 'part-time', 'part time', 'while working', 'in-service', 'on-the-job'] },
    { value: 'true', say: ['全日制', '脱产', 'full-time', 'full time'] },
  ],
  agreementSigned: [
    { value: 'false', say: ['还没签', '没有签', '没签', '未签', '尚未签', '不签', "haven't signed", 'have not signed', 'not signed', 'not yet signed', "didn't sign", 'no agreement', 'without an agreement'] },
    { value: 'true', say: ['签了', '已签', '签订了', '签过', '签好了', '签约了', '已经签', '签订预引进', '签预引进', 'signed', 'have an agreement', 'with an agreement', 'with a pre-introduction agreement'] },
  ],
  doubleFirstClass: [
    { value: 'false', say: ['不是双一流', '非双一流', '普通本科', '二本', '三本', 'not double first-class', 'not a double first-class', 'not first-class'] },
    { value: 'true', say: ['“双一流”', '双一流', '985', '211', 'double first-class', 'double first class', 'first-class university'] },
  ],
  startedBusiness: [
    { value: 'false', say: ['还没开', '还没注册', '还没创办', '没有开公司', "haven't started", 'not yet started'] },
    { value: 'true', say: ['开了公司', '开了一家', '开了家', '开了个', '办了企业', '办了公司', '办了个', '创办了', '已经创办', '已创办', '入股了', '已入股', '开了厂', '办了厂', '注册了公司', '回来开了', 'have started', 'started a company', 'started a business', 'founded', 'invested in', 'opened a company', 'set up my company', 'run a company', 'my company'] },
  ],
  level: [
    { value: 'national', say: ['国家级', '国家认定', 'national-level', 'national level', 'national'] },
    { value: 'region', say: ['自治区级', '自治区认定', '区级', '省级', 'regional-level', 'regional level', 'regional', 'region-level', 'region level', 'provincial'] },
    { value: 'city', say: ['市级', '市里认定', 'city-level', 'city level', 'municipal'] },
  ],
  newlyRecognised: [
    { value: 'false', say: ['早就认定', '以前认定', '不是新认定', '不是新建', '认定多年', '老站', 'already recognised', 'recognised years ago', 'existing'] },
    { value: 'true', say: ['新认定', '新建', '刚认定', '刚刚认定', '刚被认定', '刚获批', '新获批', '刚建', '刚成立', '新设', '今年认定', '今年获批', 'newly recognised', 'newly recognized', 'newly established', 'newly set up', 'newly', 'just recognised', 'just recognized', 'just been recognised', 'just set up', 'new station'] },
  ],
  outstanding: [
    { value: 'false', say: ['作用一般', '不突出', '没评上', 'not outstanding'] },
    { value: 'true', say: ['作用发挥突出', '发挥作用突出', '作用突出', '发挥突出', '考核优秀', '评为优秀', '突出', 'outstanding'] },
  ],
  assessedQualified: [
    { value: 'false', say: ['考核不合格', '没合格', '未合格', '不合格', 'failed the assessment', 'failed'] },
    { value: 'true', say: ['考核合格', '合格', '通过考核', 'passed the assessment', 'passed'] },
  ],
  operatingWell: [
    { value: 'false', say: ['运行不好', '运行一般', '运行不佳', 'not running well', 'not operating well'] },
    { value: 'true', say: ['运行良好', '运行得不错', '运行很好', '运转良好', '运行得很好', 'running well', 'operating well', 'works well', 'runs well'] },
  ],
  selected: [
    { value: 'false', say: ['没评上', '没入选', '未入选', '落选', 'not selected', "wasn't selected"] },
    { value: 'true', say: ['评上了', '评上', '入选了', '入选', '被评为', '获评', 'were selected', 'was selected', 'selected', 'chosen'] },
  ],
  employerApproved: [
    { value: 'false', say: ['单位不同意', '没经过单位', '未经单位', '单位没同意', '自己去读', '自己报的', 'without approval', 'not approved', "didn't approve"] },
    { value: 'true', say: ['经单位研究同意', '单位同意', '经单位', '单位批准', '单位批了', '单位派', '领导同意', 'employer approved', 'approved by my employer', 'approved', 'with approval', 'employer agreed'] },
  ],
  degreeObtained: [
    { value: 'false', say: ['还没毕业', '未毕业', '没拿到', '还没拿到', '尚未取得', '还在读', 'not yet graduated', 'not graduated', 'still studying'] },
    { value: 'true', say: ['拿到学位', '拿到了学位', '取得学位', '拿到毕业证', '拿到证', '已取得', '毕业了', '已毕业', '已经毕业', 'obtained', 'got my degree', 'got the degree', 'get my degree', 'get the degree', 'graduated', 'completed'] },
  ],
  qualified: [
    { value: 'false', say: ['没有本科', '没有职称', '高中学历', '高中毕业', '专科', '大专', 'no degree', 'no title'] },
    { value: 'true', say: ['本科以上', '本科学历', '研究生学历', '中级职称', '中级以上', '副高', '正高', '高级职称', '高级技师', '技师', '本科', '硕士', '博士', '职称', "bachelor's", 'bachelor', "master's", 'phd', 'intermediate title', 'senior title', 'technician', 'degree'] },
  ],
};

/** Bare replies to a yes/no question ("是的", "没有", "yes"), read as the pending fact's answer. */
export const YES_NO: readonly Cue[] = [
  { value: 'false', say: ['不是', '没有', '还没', '没', '不', '否', 'no', 'not yet', 'nope'] },
  { value: 'true', say: ['是的', '是', '对', '有', '已经', '嗯', '签了', 'yes', 'yeah', 'yep', 'correct', 'sure'] },
];

/** Phrases that look like origin words but are not (石嘴山人才政策 is a policy, not a person). */
export const NOT_ORIGIN: readonly string[] = ['石嘴山人才', '石嘴山人社', '石嘴山人民', '石嘴山人力', '本地人才'];

/** Words that say who is asking rather than what about (博士, 企业, 毕业生…); they weigh less in ranking. */
export const SUBJECT_WORDS: readonly string[] = ['博士', '硕士', '研究生', '本科', '学士', '毕业生', '大学生', '学生', '人才', '企业', '公司', '单位', '员工', '职工'];
