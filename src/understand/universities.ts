// Universities a person names, and whether each is a 双一流 (Double First-Class) university: general knowledge, like
// the gazetteer, used where a rule asks whether a bachelor's is 双一流. Only what is certain is listed: the 42
// 一流大学建设高校 of the Ministry of Education's 2017 list (all of them also on the 2022 list), and every university
// and college in Ningxia, where most of this city's students study (宁夏大学 is the region's only 双一流 university,
// through its 一流学科). A university in neither group is unknown, and the assistant asks.

/** The 36 A-class and 6 B-class 一流大学建设高校 (教育部 财政部 国家发展改革委, 2017), on both the 2017 and 2022 lists. */
const FIRST_CLASS_UNIVERSITIES = [
  '北京大学',
  '中国人民大学',
  '清华大学',
  '北京航空航天大学',
  '北京理工大学',
  '中国农业大学',
  '北京师范大学',
  '中央民族大学',
  '南开大学',
  '天津大学',
  '大连理工大学',
  '吉林大学',
  '哈尔滨工业大学',
  '复旦大学',
  '同济大学',
  '上海交通大学',
  '华东师范大学',
  '南京大学',
  '东南大学',
  '浙江大学',
  '中国科学技术大学',
  '厦门大学',
  '山东大学',
  '中国海洋大学',
  '武汉大学',
  '华中科技大学',
  '中南大学',
  '中山大学',
  '华南理工大学',
  '四川大学',
  '重庆大学',
  '电子科技大学',
  '西安交通大学',
  '西北工业大学',
  '兰州大学',
  '国防科技大学',
  '东北大学',
  '郑州大学',
  '湖南大学',
  '云南大学',
  '西北农林科技大学',
  '新疆大学',
];

/**
 * What people call them: short names (浙大, 西安交大) and English names (Xi'an Jiaotong, Zhejiang Univ), each for one
 * university of the list above. Two-character short names that are often part of other words (山大 in 石嘴山大学生,
 * 科大 in 本科大三, 北大 in 河北大学, 人大, 重大, 中大) are left out.
 */
const SHORT_NAMES: Record<string, readonly string[]> = {
  北京大学: ['peking university', 'peking univ', 'peking uni', 'pku'],
  中国人民大学: ['renmin university', 'renmin univ', 'renmin uni', 'ruc'],
  清华大学: ['清华', 'tsinghua'],
  北京航空航天大学: ['北航', 'beihang'],
  北京理工大学: ['北理工', 'beijing institute of technology'],
  中国农业大学: ['中国农大', 'china agricultural university'],
  北京师范大学: ['北师大', 'beijing normal university', 'beijing normal univ', 'bnu'],
  中央民族大学: ['minzu university'],
  南开大学: ['南开', 'nankai'],
  天津大学: ['tianjin university', 'tianjin univ', 'tianjin uni'],
  大连理工大学: ['大连理工', 'dalian university of technology', 'dlut'],
  吉林大学: ['吉大', 'jilin university', 'jilin univ', 'jilin uni'],
  哈尔滨工业大学: ['哈工大', 'harbin institute of technology'],
  复旦大学: ['复旦', 'fudan'],
  同济大学: ['同济', 'tongji'],
  上海交通大学: ['上海交大', 'shanghai jiao tong', 'shanghai jiaotong', 'sjtu'],
  华东师范大学: ['华东师大', '华师大', 'east china normal university', 'ecnu'],
  南京大学: ['nanjing university', 'nanjing univ', 'nanjing uni', 'nju'],
  东南大学: ['southeast university', 'seu'],
  浙江大学: ['浙大', 'zhejiang university', 'zhejiang univ', 'zhejiang uni', 'zju'],
  中国科学技术大学: ['中科大', 'ustc', 'university of science and technology of china'],
  厦门大学: ['厦大', 'xiamen university', 'xiamen univ', 'xiamen uni', 'xmu'],
  山东大学: ['shandong university', 'shandong univ', 'shandong uni'],
  中国海洋大学: ['ocean university of china'],
  武汉大学: ['武大', 'wuhan university', 'wuhan univ', 'wuhan uni', 'whu'],
  华中科技大学: ['华中科大', 'huazhong university of science and technology', 'hust'],
  中南大学: ['central south university', 'csu'],
  中山大学: ['sun yat-sen university', 'sun yat sen university', 'sysu'],
  华南理工大学: ['华南理工', 'scut', 'south china university of technology'],
  四川大学: ['川大', 'sichuan university', 'sichuan univ', 'sichuan uni', 'scu'],
  重庆大学: ['chongqing university', 'chongqing univ', 'chongqing uni'],
  电子科技大学: ['电子科大', 'uestc'],
  西安交通大学: ['西安交大', '西交大', "xi'an jiaotong", 'xian jiaotong', 'xjtu'],
  西北工业大学: ['西工大', 'northwestern polytechnical', 'nwpu'],
  兰州大学: ['兰大', 'lanzhou university', 'lanzhou univ', 'lanzhou uni', 'lzu'],
  国防科技大学: ['国防科大', 'national university of defense technology', 'nudt'],
  东北大学: ['northeastern university china'],
  郑州大学: ['zhengzhou university', 'zhengzhou univ', 'zhengzhou uni'],
  湖南大学: ['hunan university', 'hunan univ', 'hunan uni'],
  云南大学: ['yunnan university', 'yunnan univ', 'yunnan uni'],
  西北农林科技大学: ['西北农林', 'northwest a&f', 'nwafu'],
  新疆大学: ['xinjiang university', 'xinjiang univ', 'xinjiang uni'],
  宁夏大学: ['ningxia university', 'ningxia univ', 'ningxia uni', 'nxu'],
};

/** Ningxia's universities and colleges: 宁夏大学 is 双一流 (一流学科建设高校); none of the others is. */
const NINGXIA_FIRST_CLASS = ['宁夏大学'];
const NINGXIA_OTHERS = [
  '宁夏医科大学',
  '北方民族大学',
  '宁夏师范学院',
  '宁夏师范大学',
  '宁夏理工学院',
  '银川能源学院',
  '银川科技学院',
  '宁夏大学新华学院',
  '中国矿业大学银川学院',
  '宁夏工商职业技术学院',
  '宁夏职业技术学院',
  '宁夏财经职业技术学院',
  '宁夏建设职业技术学院',
  '宁夏葡萄酒与防沙治沙职业技术学院',
  '宁夏体育职业学院',
  '宁夏幼儿师范高等专科学校',
  '宁夏民族职业技术学院',
  '宁夏警官职业学院',
  '宁夏艺术职业学院',
  '银川职业技术学院',
  '石嘴山工贸职业技术学院',
  '宁夏工业职业学院',
];

/** English names of Ningxia's other schools (North Minzu University is 北方民族大学). */
const NINGXIA_OTHERS_EN = [
  'north minzu university',
  'north minzu univ',
  'beifang minzu university',
  'ningxia medical university',
  'ningxia normal university',
  'ningxia institute of science and technology',
  'yinchuan university of energy',
  'yinchuan energy institute',
];

/** Kinds of school that are never 双一流: vocational colleges and colleges for a junior-college diploma. */
const NEVER_FIRST_CLASS = ['职业技术学院', '职业学院', '高等专科学校', '专科学校', '高职院校', '职业技术大学'];

/**
 * Phrases that say whether a named school is 双一流, as the reader's fact cues (the longest match wins, so
 * 宁夏大学新华学院 is not 宁夏大学).
 */
export function universityCues(): { say: string; firstClass: boolean }[] {
  return [
    ...[...FIRST_CLASS_UNIVERSITIES, ...NINGXIA_FIRST_CLASS].flatMap((name) =>
      [name, ...(SHORT_NAMES[name] ?? [])].map((say) => ({ say, firstClass: true })),
    ),
    ...[...NINGXIA_OTHERS, ...NINGXIA_OTHERS_EN, ...NEVER_FIRST_CLASS].map((say) => ({ say, firstClass: false })),
  ];
}
