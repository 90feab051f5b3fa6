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

/** Kinds of school that are never 双一流: vocational colleges and colleges for a junior-college diploma. */
const NEVER_FIRST_CLASS = ['职业技术学院', '职业学院', '高等专科学校', '专科学校', '高职院校', '职业技术大学'];

/**
 * Phrases that say whether a named school is 双一流, as the reader's fact cues (the longest match wins, so
 * 宁夏大学新华学院 is not 宁夏大学).
 */
export function universityCues(): { say: string; firstClass: boolean }[] {
  return [
    ...[...FIRST_CLASS_UNIVERSITIES, ...NINGXIA_FIRST_CLASS].map((say) => ({ say, firstClass: true })),
    ...[...NINGXIA_OTHERS, ...NEVER_FIRST_CLASS].map((say) => ({ say, firstClass: false })),
  ];
}
