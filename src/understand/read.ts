// understand(message, context) → Question: one pass of one compiled automaton over the message, plus the gazetteer,
// read into what is asked, which awards, which facts (with polarity), which places in which role, and whether the
// document answers it at all. Every engine consumes the Question; none re-reads the message.
import * as z from '../contract/zod';
import type { Corpus } from '../corpus/load';
import type { Lang } from '../contract/answer';
import type { DocumentLanguage } from '../corpus/vocabulary';
import { FACT_QUESTIONS, Facts, FactName, readFacts, Level, Subject, type Facts as FactsT } from '../rules/facts';
import { Automaton, insideLonger, longestFirst, type Hit } from './automaton';
import {
  ANAPHORA_CUES,
  ASK_CUES,
  ASKS,
  BENEFIT_WORDS,
  CORRECTION_CUES,
  DETAIL_ASKS,
  FOLLOW_UP_CUES,
  MONEY_WORDS,
  NEGATED_VERB_ZH,
  NEGATORS_EN,
  NEGATORS_ZH,
  NEWER_CUES,
  NO,
  NOT_THE_REGION,
  OTHER_POLICY_CUES,
  YEAR,
  YES,
  normalize,
  type Ask,
} from './language';
import { compilePlaces, type PlaceMention } from './places';
import { universityCues } from './universities';
import { amountsIn, chineseNumber, smallNumber } from './numerals';
import { clauseRefs } from './refs';
import { analyzeTerms, bigrams, createTermAnalyzer, type TermAnalyzer } from './terms';
import type { FactReading, Question } from './question';

/** The schools whose 双一流 status is certain, read once. */
const UNIVERSITIES = universityCues();

/** What the conversation had established before this message. */
export interface ReadContext {
  facts?: FactsT;
  hints?: Subject[];
  /** The fact the last answer asked for: a bare "是的" or "国家级" answers it. */
  pending?: FactName;
  /** The part the last answer was about: "那这条谁牵头" refers to it. */
  lastClause?: string;
  /** Levels the conversation gave each award (国家级 studio, then 市级 base). */
  levels?: Record<string, string>;
  /** The part of the text the last turn asked for: "那博士后工作站呢" after "谁牵头" asks who leads again. */
  lastAsk?: Ask;
  /** Degrees of the other people the conversation spoke of before the one now in facts (我读博, then 我弟弟读硕). */
  people?: string[];
  /** The document terms the conversation was last about (预引进, 服务期), for a follow-up that names none. */
  lastTopic?: string[];
  /** How many people or trips an earlier turn said (派三个), for a total asked later. */
  count?: number;
  /** Another place the conversation turned to (it's about Yinchuan), so "there" still means it. */
  otherPlace?: string;
}

/** Where one award's words end and the next one's begin: punctuation and the words that join two awards. */
const PART_BREAK = /[，,。；;、+]|和|与|及|加上|加|还有|另外|又|同时|以及|\band\b|\bplus\b/g;

type Tag =
  | { t: 'ask'; ask: Ask }
  | { t: 'subject'; subject: Subject }
  | { t: 'hint'; subjects: Subject[]; byLevel?: Partial<Record<string, Subject>> }
  | { t: 'fact'; fact: FactName; value: string }
  | { t: 'money' }
  | { t: 'benefit' }
  | { t: 'correction' }
  | { t: 'follow' }
  | { t: 'anaphora' }
  | { t: 'uncovered'; ask: string }
  | { t: 'otherPolicy' }
  | { t: 'last' }
  | { t: 'block' };

/** The document's date: a base recognised before it is not 新认定 (an interpretation, labelled as such). */
const RECOGNISED =
  /^.{0,8}(建|认定|成立|获批|批准|设立|挂牌|评上|认证|就是|就已经|就已|早就|已经是|就成了|established|recognised|recognized|set up|built|certified|approved|since|already)/;
const SINCE =
  /(since|established|set up|built|recognised|recognized|recognition|certified|accredited|approved|founded|started|opened)( as [a-z -]{0,30}|(?: [a-z'-]+){0,4})?( back)?( in)?\s*$/;
const ASKS_DEPARTMENT =
  /(找|问|归|去).{0,8}(局|办|委|部门)(还是|吗|呢|啊|吧)|(局|办|委)(管|负责|牵头)?还是.{1,6}(局|办|委)|(局|委|办|部门)(管|负责|牵头)(吗|的吗|不|呢)|(哪个|哪家|什么)(单位|部门|局)(牵头|负责|管)|(牵头|配合|负责)[^，,。]{0,8}(单位|部门)[^，,。]{0,4}(谁|哪些|哪个|哪几)|\bwhich 局|\b(talk|speak|go) to\b.{0,40}\b(局|bureau|department|office)\b|\bwhich (?:[a-z]+ ){0,2}(department|bureau|office|agency|authority)\b|\bwho (leads|is the lead|is in charge)\b/;
// 预引进是啥意思, what does "pre-introduction" mean: the words before the definition cue (quotes stripped).
const DEFINED = /^(.{2,16}?)(是什么意思|是啥意思|啥意思|什么意思|是指|指的是|指什么|是什么东西|是啥|是什么)/;
const DEFINED_EN = /(?:what(?:'s| is| does)?\s+(?:this\s+|the\s+|a\s+|an\s+)?)['"“‘]?([a-z][a-z -]{2,30}?)['"”’]?\s+(?:mean|thing)/;

// "what's the health check allowance": the amount, asked without "how much".
const ASKS_AMOUNT_EN =
  /\bwhat(?:'s| is| are| was) (?:the |a |an )?(?:[a-z'()-]+ ){0,3}\(?(allowance|subsidy|subsidies|grant|bonus|fee|amount|rate|reward|funding|stipend)\b/;
// 达到多少给20万, 要多少才能拿20w, what revenue gets the 200k: a question word before the amount it would earn.
const EARNS =
  /(多少|几|啥|什么)[^，,。；;\d]{0,6}(给|拿|领|发|补|能拿|才给|就给|才能拿|能给)\s*(\d|[一两二三四五六七八九十]+\s*万)|\b(how much|what|how many)\b[a-z ]{0,30}\b(to get|gets you|get you|gets|for) (the )?(\d|top|max|full|highest)/;
const SENDING_EN =
  /\b(send|sends|sending|sent)\s+(?:(?:a|an|our|my|his|her|the|two|three|some|\d+)\s+)?(?:[a-z'-]+\s+){0,4}(?:to (?:a |an |the )?(?:[a-z/-]+ ){0,3}(?:university|universities|uni|college|institute|lab|laboratory|research|enterprise|company)|for (?:training|study|further|advanced))/;
const THIRD_PERSON_ACTS =
  /(她|他)(自己)?(来)?(开|办|创|读|签|申请|入股)|\b(she|he)('s| is| will| would| wants to)? ?(open|start|found|run|stud|sign|apply|invest)/;
const ASKS_HOW_LONG = /几年|多久|多长时间|多少年|how many years|how long/;
const ADDS_ZH = /还(新|又)?(建|依托|认定|拿|获|有个|申请|评上|成立|挂牌)|也(新)?(建了|认定了|拿到|获批|评上)/;
const CALCULATED = /\bhow (?:exactly )?(?:is|are|do they|do you|does it get) (?:[a-z'-]+ ){0,4}(calculated|computed|worked out)\b/;
const FULL_DATE = /(19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\b(19|20)\d\d-\d{1,2}-\d{1,2}\b/;
const CHECKS = /对不对|对吗|是不是|有没有错|没错吧|correct|right\?|is that right/;
const AGREEMENT_NOUN = /\b(deal|agreement|contract)\b.{0,24}\bwith\b|协议/;
const THERE = /那边|那里|那儿|当地|\bthere\b|\bthat city\b|\bthat place\b/;
const RECIPIENT =
  /发给谁|给谁的|钱给谁|拨给谁|拨付给谁|谁领|谁拿|who gets the money|paid to whom|paid to who|who receives|who is it paid to|who does it go to/;
const PAYMENT = /paid|\bpay|money|fund|award|grant|subsid|reward|bonus|arrive|到账|发放|拨付|钱|补贴|资金|奖/;
const OBTAINED_ZH =
  /(拿到|取得|拿了|领到)(了)?[^，,。；;\s]{0,4}(学位证|毕业证|学历证|证书|学位|证)|(学位证|毕业证|学历证|证书|学位)(也|都)?(已经|已)?(拿了|拿到了|拿到|到手|下来了)/;
const FOUNDING = /开公司|开了|创办|创业|入股|注册|open(ed|ing)? (a|my|our)|start(ed|ing)? (a|my|our)|found(ed|ing)?|set up (a|my|our)/;
// 专业英才绿卡 咋办: how to get a card or a certificate is a procedure (怎么办 alone may also ask what to do).
const OBTAIN_PROCEDURE = /(卡|证|证书|执照|手续)\s*(怎么办|咋办|如何办|怎么弄|咋弄|怎么申请|咋申请)/;
const ABROAD = /国外|海外|出国|境外|abroad|overseas|foreign (?:country|university|universities|institute|school)/;
const HUKOU_GET = /\b(get|obtain|apply for|transfer|move|settle|register)\b(?: (?:a|my|the|our|local|his|her))?(?: [a-z']+)? hukou\b/;
const ANOTHER_PERSON =
  /弟弟|妹妹|哥哥|姐姐|老二|老大|老三|儿子|女儿|闺女|另一个|另外一个|还有一个|又签|再签|还签了|另一名|另一位|又一个|再一个|同学|同事|\b(my|his|her|our) (brother|sister|son|daughter|twin|cousin|friend|colleague)\b|\banother (one|student|person|kid|child)\b/;
const BASIS =
  /按啥|按什么|根据什么|根据啥|依据什么|依据啥|based on what|what is it based on|on what basis|what('s| is) the basis|\bhow is (?:[a-z'-]+ ){0,4}(decided|determined|set)\b/;
const INSTITUTION_BEFORE = /\b(universit(y|ies)|uni|college|school|institute|lab|laboratory|compan(y|ies)|enterprise|firm) $/;
// An ordinary school by its kind (a regular provincial university, 一所普通的省属大学): not 双一流.
const ORDINARY_SCHOOL =
  /\b(regular|ordinary|average|normal tier|non[- ]?key|second[- ]tier|tier[- ]?(?:2|3|two|three)|non[- ]?double[- ]first[- ]class)(?: [a-z-]+){0,2} (university|uni|college)\b|普通的?[^，,。；;\s]{0,4}(大学|院校|高校|学院)/;
// A—F类, a-f category (normalize turns the hyphen between letters into a space): a lettered range of categories.
const CATEGORY_RANGE = /\b([a-z])(?:\s*(?:—|–|~|to|到|至)\s*|\s)([a-z])\b(?=\s*(?:categor|class|type|tier|类|级))/;
// 5-20w, 5到20万: a range written, not one amount.
const WRITTEN_RANGE = /\d\s*(万|w|k)?\s*[-—–~～到至]\s*\d/i;
// The words before 是啥/是什么 that name the part asked for (条件是啥), not a term to define.
const ASKED_NOUN = /(条件|要求|标准|流程|材料|义务|期限|金额|时间|部门|程序|手续|待遇|规定|门槛|依据)$/;
// A message that goes on from the last: and…, also…, 那…, 还有….
const FOLLOW_START = /^\s*(and|also|plus|what about|how about|那|还有|另外|再问)/;
// new, newly, a brand-new …, not a new … written up to four words before an award.
const NEW_BEFORE =
  /\b(not (?:a |an )?)?(?:brand[- ])?new(?:ly)?\b(?![- ](?:grad|graduate|hire|employee|staff|recruit|talent|rule|policy))(?: [a-z'-]+){0,4} $/;
// A question asked in words other than "how much" (谁来设, who runs it, can we…): not a bare benefit name.
const QUESTION_WORD =
  /谁|哪|怎么|咋|什么|啥|为何|为什么|吗|能否|是否|有没有|能不能|可不可以|能|可以|[不没否][？?]?\s*$|^\s*(who|which|how|why|can|could|does|do|is|are|will|when|where|should)\b/;
const EN_BENEFIT_WORD = /\b(allowance|subsidy|subsidies|stipend|grant|bonus)\b/;
// The words between a thing and what it was recognised as: 又被认定为自治区级, 创建成国家级, became a national.
const BECAME =
  /^(?![^，,。；;]*(加上|还有|另外|以及|和|同时|也|plus|and))[^，,。；;]{0,4}(被)?(认定为|认定成|评为|评上|创建成|创建为|成为|升级为|升为|became|was recognised as|was recognized as)[^，,。；;]{0,6}$/;
const YEARS_AGO = /(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年前(就|已经|便)?(建|认定|成立|获批|设立|挂牌|评上)/;
const SUPPOSING = /(what if|if it|if we|if our|suppose|如果|要是|假如|假设|换成)[^，,。]{0,16}$/;
const NEGATED_LIST_ZH = /(没有|没|无|不是|未|也没有?)[^，,。；;\s]{1,10}(和|或|或者|、|以及|及)$/;
const MONTHLY = /每月|每个月|一个月|按月|月薪|monthly|per month|a month|each month/;
const BENEFIT_END =
  /(补贴|补助|津贴|贷款|奖励|优惠|减免|subsidy|subsidies|allowance|bonus|grant|loan|break|breaks|relief|incentive|exemption)$/;
const ISSUER_BEFORE = /(国家|自治区|全区|宁夏|ningxia|autonomous region|regional|national|state)(的| level)? ?$/;
const DEFINED_MIXED = /what(?:'s| is| does| do)?\s+(?:the |a |this )?['"“]?([\u3400-\u9fff]{2,12})['"”]?/;
const YES_NO_END = /[能可][^，,。；;]{0,10}[不吗没否][？?]?\s*$/;
const HOW_MUCH = /多少|几万|几千|how much|amount|金额|标准|数额/;
const SALARY = /工资|薪资|薪水|年薪|月薪|salary|salaries|wage/;
// Words that only ever mean a salary (工资 also names 第17条's pay reform).
const SALARY_STRICT = /薪资|薪水|年薪|月薪|salary|salaries|wages?\b/;
// A programme's whole budget (每年总预算, total budget): the text gives each award, never a fund's size.
const BUDGET =
  /预算|资金总额|资金规模|总盘子|资金有多少|每年有多少钱|(发展|专项)资金.{0,6}多少钱|budget|funding pool|fund size|how (?:big|large) is .{0,40}fund|size of the .{0,40}fund/;
// A programme named by its numbers (351人才工程, 5111计划, 313 talent project).
const NUMBERED_PROGRAMME = /(?<!\d)(?!(?:19|20)\d\d\b)\d{3,5}\s*(人才|工程|计划|talent|project|program|programme|scheme)/i;
// English benefits: "<modifier> subsidy", "subsidy for <modifier>" (up to two words each).
const EN_BENEFIT_BEFORE =
  /([a-z][a-z'-]*(?: [a-z][a-z'-]*)?) (?:allowance|allowances|subsidy|subsidies|fee|fees|stipend|bonus|grant|grants)\b/g;
const EN_BENEFIT_AFTER =
  /\b(?:allowance|allowances|subsidy|subsidies|stipend|bonus|grant|grants) (?:for|on|towards|toward|to cover)(?: (?:each|every|the|a|an|our|my|their|new|hire's|hires'|employee's|employees'|staff))* ([a-z][a-z'-]*(?: [a-z][a-z'-]*)?)/g;
// A count of people, awards or trips: 两个本科学历的同事, 俩孩子, 3 full-time undergrads, 两次选派.
const COUNTED =
  /(两|俩|仨|二|三|四|五|六|七|八|九|十|\d{1,2}|two|three|four|five|six)\s*(个|名|位|次|家|所)?\s*(?=[^，,。；;]{0,8}(学生|同事|员工|职工|孩子|人|本科|硕士|博士|研究生|工程师|技术员|骨干|专家|毕业生|undergrad|student|people|staff|employee|colleague|kid|child|time|trip|engineer|researcher|technician|graduate|worker|expert|scientist|hire))|(两|俩|二|三|\d)\s*(次|回|名|位)|(两|俩|三|四|五|六|七|八|九|十|\d{1,2})\s*个(?!月|年|天|小时|工作日|星期|礼拜|条|项|点|部门|单位|问题|方面|阶段|级别|档)/gi;
// two Shizuishan-hukou full-time bachelors: English puts several words between the number and the people.
const COUNTED_EN =
  /\b(two|three|four|five|six|\d{1,2})\s+(?:[a-z'-]+\s+){0,4}(?:bachelors|masters|phds|doctors|postdocs|students|undergrads|graduates|grads|people|staff|employees|colleagues|kids|children|engineers|researchers|technicians|workers|experts|scientists|hires|trainees|cousins|siblings|brothers|sisters|sons|daughters|friends|twins)\b|\b(two|three|four|five|six|\d{1,2}) of (?:them|us|our staff|our employees|our people)\b/gi;
// Years a yearly award is added over: 3年聘期下来, 干满两年, a 3-year term; 聘期/over the term alone means the text's own term.
const OVER_YEARS =
  /(两|二|三|四|五|\d{1,2})\s*年(聘期|任期|下来|期满|期间|一共|总共|共|加起来|合计|累计)|(?:聘期|任期|聘了|聘用)(两|二|三|四|五|\d{1,2})\s*年|(满|干了|干满|连续)(两|二|三|四|五|\d{1,2})\s*年|(?<![\d年])(两|二|三|四|五)\s*年了|(\d{1,2}|two|three|four|five)[- ]year term|(?:for|over) (\d{1,2}|two|three|four|five) (?:straight |consecutive |full )?years|(\d{1,2}|two|three|four|five) (?:years in a row|straight years|consecutive years)|(?:当了|做了|任了)(两|二|三|四|五)\s*年/i;
// The number just before a degree word: 1个博士, 两名硕士, two PhDs.
// Where one is sent: 去/到/赴 (the words of a level or kind between), "to a (national) key lab".
const DESTINATION =
  /(去|到|赴|进入|前往)[^，,。；;]{0,10}$|\bto (?:a |an |the )?(?:[a-z/-]+ ){0,3}$|\bat (?:a |an |the )?(?:[a-z/-]+ ){0,3}$/;
const EN_FILLER = new Set([
  'the',
  'a',
  'an',
  'any',
  'this',
  'that',
  'what',
  'which',
  'how',
  'much',
  'is',
  'are',
  'get',
  'each',
  'per',
  'my',
  'our',
  'your',
  'their',
  's',
  'of',
  'for',
  'monthly',
  'yearly',
  'annual',
  'one-time',
  'total',
  'special',
  'government',
  'city',
  'talent',
  'talents',
  'there',
  'some',
]);
const PER_DEGREE =
  /(?<![老第\w])(一|两|俩|二|三|四|五|六|七|八|九|十|\d{1,2}|one|two|three|four|five|six|a|an)\s*(?:(?:个|名|位)[^，,、。；;\d个名位都\s]{0,16}|(?:全日制|在读|full-time|full time)?\s*)$/i;
const OVER_WHOLE = /整个|下来|一共|总共|合计|累计|\bover\b|\bwhole\b|\bentire\b|\bin total\b/i;
const OVER_TERM = /整个聘期|聘期(内|下来|满)|over the (whole |full |entire )?(term|appointment)|full (term|appointment)|whole appointment/i;
const COUNT = /^(人|名|个|家|项|条|年|天|岁|倍|位)/;
const FIRST_PERSON = /我|咱|俺|本人|\bi\b|\bi'm\b|\bim\b|\bmy\b|\bwe\b|\bour\b|\bwe're\b/;

const isLevel = z.oneOf(Level);

/** Every cue as the sources write it, with its tag (`cueForms` writes each as a normalized message would). */
function tagEntries(language: DocumentLanguage): [string, Tag][] {
  const { vocabulary, coverage } = language;
  const out: [string, Tag][] = [];
  const add = (phrases: readonly string[], tag: Tag) => {
    for (const p of phrases) out.push([p, tag]);
  };
  for (const ask of ASKS) add(ASK_CUES[ask], { t: 'ask', ask });
  for (const c of vocabulary.subjectCues) add(c.say, { t: 'subject', subject: subjectOf(c.value) });
  for (const h of vocabulary.subjectHints)
    add(h.say, {
      t: 'hint',
      subjects: h.subjects.map(subjectOf),
      ...(h.byLevel ? { byLevel: Object.fromEntries(Object.entries(h.byLevel).map(([l, v]) => [l, subjectOf(v)])) } : {}),
    });
  for (const [fact, cues] of Object.entries(vocabulary.factCues)) {
    const parsed = FactName.safeParse(fact);
    if (!parsed.success)
      throw new Error(`vocabulary.json: factCues names "${fact}", which is not a fact of the rules (src/rules/facts.ts)`);
    const name = parsed.data;
    for (const c of cues) add(c.say, { t: 'fact', fact: name, value: c.value });
  }
  // Schools a person names (宁夏理工学院, 兰州大学): whether each is 双一流, where that is certain.
  for (const u of UNIVERSITIES) add([u.say], { t: 'fact', fact: 'doubleFirstClass', value: String(u.firstClass) });
  add(MONEY_WORDS, { t: 'money' });
  add(BENEFIT_WORDS, { t: 'benefit' });
  add(CORRECTION_CUES, { t: 'correction' });
  add(FOLLOW_UP_CUES, { t: 'follow' });
  add(ANAPHORA_CUES, { t: 'anaphora' });
  for (const u of coverage.uncovered) add(u.say, { t: 'uncovered', ask: u.ask });
  add(OTHER_POLICY_CUES, { t: 'otherPolicy' });
  add(vocabulary.subjectBlockers, { t: 'block' });
  // 园区里的, 社区里: a place word that ends in 区 is not 区里 (the autonomous region's).
  add(
    NOT_THE_REGION.flatMap((w) => [w, `${w}的`, `${w}面`]),
    { t: 'block' },
  );
  add(
    [
      '最后一句',
      '最后那句',
      '最后一条',
      '结尾',
      '最后一段',
      'last sentence',
      'closing sentence',
      'closing rule',
      'final sentence',
      'final clause',
    ],
    { t: 'last' },
  );
  return out;
}

/** A cue with a bracketed part or a word of SPOKEN: one with more than one form. */
const MORE_FORMS = /[（(]|怎么|咋|什么|啥/;

/** 怎么 and 咋, 什么 and 啥: the written and the spoken word are one word, whichever a cue was written with (in cues of three characters or more). */
const SPOKEN: readonly (readonly [string, string])[] = [
  ['怎么', '咋'],
  ['咋', '怎么'],
  ['什么', '啥'],
  ['啥', '什么'],
];
function spoken(phrase: string): string[] {
  const variants = SPOKEN.filter(([w]) => phrase.includes(w)).map(([w, to]) => phrase.replaceAll(w, to));
  // 咋算, 咋报: two characters say too little to be the cue that 怎么算 is.
  return [phrase, ...variants.filter((v) => v.length >= 3)];
}

/**
 * Every way a cue is written in a normalized message: as it is, with and without its bracketed part (工程技术（创新）中心),
 * and with 怎么/咋, 什么/啥 swapped. Applied by the automaton when it builds the cue's trie (see `Automaton`).
 */
function cueForms(cue: string): string | string[] {
  // Most cues have no bracketed part and no spoken variant: one form, without the arrays and set of the rest (a fresh
  // isolate builds thousands of cues, and every array it drops is garbage collected before the first answer).
  if (!MORE_FORMS.test(cue)) return normalize(cue);
  const m = /^(.*?)[（(]([^）)]+)[）)](.*)$/.exec(cue);
  const bracketed = m ? [cue, `${m[1]}${m[2]}${m[3]}`, `${m[1]}${m[3]}`] : [cue];
  return [...new Set(bracketed.flatMap(spoken))].map(normalize);
}

/** A subject code from vocabulary.json, checked against the rules' own list: a typo fails the load, naming itself. */
function subjectOf(value: string): Subject {
  const parsed = Subject.safeParse(value);
  if (!parsed.success)
    throw new Error(`vocabulary.json: unknown subject "${value}" (not one of the rules' subjects in src/rules/facts.ts)`);
  return parsed.data;
}

function typed(fact: FactName, value: string): string | boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return FACT_QUESTIONS[fact].options.some((o) => o.value === value) ? value : undefined;
}

/** The words just before a hit, within its own clause of the sentence. */
function before(text: string, start: number, max: number): string {
  const s = text.slice(Math.max(0, start - max), start);
  const cut = Math.max(s.lastIndexOf('，'), s.lastIndexOf(','), s.lastIndexOf('。'), s.lastIndexOf(';'), s.lastIndexOf('；'));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

/** Which of 第16条's three qualifications a cue speaks of: a title, a technician's certificate, or a degree. */
function qualificationKind(cue: string): 'title' | 'technician' | 'degree' {
  if (/职称|title|中级|副高|正高|初级|高级(?!技师)/.test(cue)) return 'title';
  if (/技师|technician|技能等级|jishi/.test(cue)) return 'technician';
  return 'degree';
}

/**
 * 第16条 accepts 本科以上学历 or 中级以上职称 or 技师以上: any one held qualifies. A person who lists two they lack
 * (大专，初级职称) has listed what they hold; a degree alone (I only have a dazhuan diploma) leaves the other two open.
 */
function qualification<V extends { value: string | boolean; from: string }>(values: readonly V[], earlier: FactsT = {}): V | undefined {
  const held = values.find((v) => v.value === true);
  if (held) return held;
  const lacking = values.filter((v) => v.value === false);
  const kinds = new Set(lacking.map((v) => qualificationKind(v.from)));
  // 我大专 没职称, then 技师证也没有: what the conversation already said one lacks counts too.
  if (lacking.length && earlier.degree === 'other') kinds.add('degree');
  if (lacking.length && earlier.professionalTitle === false) kinds.add('title');
  return kinds.size >= 2 ? lacking.at(-1) : undefined;
}

const NEGATED_AFTER_ZH = /^(证书?|资格证?|证件)?(也|都|还|倒是)?(没有|没|无|木有)(?![^，,。；;\s]{0,3}[吗么呢？?])(?!有)/;
function negated(text: string, h: Hit<unknown>): boolean {
  const cue = text.slice(h.start, h.end);
  return (
    // 技师证也没有, 职称没有: the negation after the thing (a question, 有没有 / 没有吗, is not one).
    (/[\u3400-\u9fff]$/.test(cue) && NEGATED_AFTER_ZH.test(text.slice(h.end, h.end + 8))) ||
    NEGATORS_ZH.test(before(text, h.start, 4)) ||
    // 没有中级职称和技师: the negation covers the whole list.
    NEGATED_LIST_ZH.test(before(text, h.start, 14)) ||
    NEGATORS_EN.test(before(text, h.start, 30)) ||
    (/^签/.test(cue) && NEGATED_VERB_ZH.test(before(text, h.start, 8)))
  );
}

/** Hits of one kind of tag among a message's automaton hits. */
type Of = <K extends Tag['t']>(t: K) => Hit<Extract<Tag, { t: K }>>[];

/** One message as every stage of its reading sees it. */
interface Reading {
  message: string;
  text: string;
  lang: Lang;
  hits: Hit<Tag>[];
  of: Of;
  context: ReadContext;
}

export interface Reader {
  understand(message: string, context?: ReadContext): Question;
}

/**
 * Compiles a document's language once; `understand` then reads each message in one pass.
 * @example createReader(loadLanguage(), loadCorpus()).understand('我是吴忠人，在读全日制硕士，签了预引进协议') // facts.origin false
 */
export function createReader(language: DocumentLanguage, corpus: Corpus, ruleTexts: readonly string[] = []): Reader {
  const automaton = new Automaton<Tag>(tagEntries(language), cueForms);
  const corpusText = normalize(corpus.clauses.map((c) => c.text).join('\n'));
  const terms: TermAnalyzer = createTermAnalyzer(language, corpus);
  // A county's short name that the document or its vocabulary uses as a word is that word, not the county.
  // Every bigram of a word the text contains is a known one: asked first, it spares most of the scans of the whole text
  // (at 10,000 clauses, 2,000-odd county names scanning it took 1.4 s).
  const places = compilePlaces(
    language.vocabulary.home,
    (w) => terms.said.has(w) || (bigrams(w).every((b) => terms.known.has(b)) && corpusText.includes(w)),
  );
  const knownIds = new Set(corpus.byId.keys());
  // Part titles without their quotes (实施产业人才助力工程), for naming a part by title; the cover notice has none.
  const titles = corpus.clauses
    .filter((c) => c.id !== 'notice' && c.title.length >= 4)
    .map((c) => [normalize(c.title).replace(/["“”]/g, ''), c.id] as const);
  const rulesText = normalize(ruleTexts.join('\n'));
  const corpusPlain = corpusText.replace(/["“”‘’'《》]/g, '');
  const corpusCompact = corpusPlain.replace(/\s/g, '');
  const monthlyInText = /每月|按月|每个月|月补/.test(corpusCompact);
  const corpusByIdText = new Map(corpus.clauses.map((c) => [c.id, normalize(c.text)] as const));
  const corpusRanges = corpusCompact.replace(/([a-z0-9])(?:到|至|~|～|-|—|–)([a-z0-9])/g, '$1—$2');
  // English modifiers of a benefit: what the English vocabulary says they mean, and the uncovered programmes they name.
  const englishMeans = new Map<string, string[]>(
    language.vocabulary.english.flatMap((e) => e.say.map((w) => [normalize(w), e.means.map(normalize)] as [string, string[]])),
  );
  const uncoveredModifiers = new Map<string, string>();
  for (const u of language.coverage.uncovered)
    for (const w of u.say) {
      const mod = /^([a-z][a-z' -]*?) (?:subsidy|allowance|bonus|grant)$/.exec(normalize(w))?.[1];
      if (mod) uncoveredModifiers.set(mod, u.ask);
    }
  /** The words that modify a benefit in English, each as two words, the last word and the first word. */
  function englishBenefits(text: string): string[] {
    const out: string[] = [];
    for (const m of [...text.matchAll(EN_BENEFIT_BEFORE), ...text.matchAll(EN_BENEFIT_AFTER)]) {
      const words = (m[1] ?? '').split(' ').filter((w) => !EN_FILLER.has(w));
      if (!words.length) continue;
      out.push(words.join(' '), words.at(-1)!, words[0]!);
    }
    return out;
  }
  const subjectWords = new Set(language.vocabulary.subjectWords.map(normalize));
  const schools = new Set(UNIVERSITIES.map((u) => normalize(u.say)));
  const travelSubjects = new Set<string>(language.vocabulary.travelSubjects.map(subjectOf));
  const fuzzy: [string, Subject][] = language.vocabulary.subjectCues.flatMap((c) =>
    c.say
      .map(normalize)
      .filter((p) => p.length >= 4 && /^[\u3400-\u9fff]+$/.test(p))
      .map((p) => [p, subjectOf(c.value)] as [string, Subject]),
  );
  // One character wrong leaves one half of the phrase intact: a phrase neither of whose halves occurs is skipped unscanned.
  // The halves of all 147 phrases are found in one scan (they were 294 searches of the message).
  const fuzzyHalves = new Automaton<number>(
    fuzzy.flatMap(([p], k) => [
      [p.slice(0, p.length >> 1), k],
      [p.slice(p.length >> 1), k],
    ]),
  );

  /** "what is A-F category talent": a lettered range of categories that the text itself uses (A—F 类). */
  function codeUsed(text: string): boolean {
    const m = CATEGORY_RANGE.exec(text);
    return m !== null && corpusRanges.includes(`${m[1]}—${m[2]}`);
  }

  function understand(message: string, context: ReadContext = {}): Question {
    const text = normalize(message);
    const lang: Lang = /[\u3400-\u9fff]/.test(message) ? 'zh' : 'en';
    const hits = automaton.scan(text);
    const of: Of = <K extends Tag['t']>(t: K) => hits.filter((h): h is Hit<Extract<Tag, { t: K }>> => h.value.t === t);
    const m: Reading = { message, text, lang, hits, of, context };
    const factsRead = readPlacesAndFacts(m);
    const subjectsRead = readSubjects(m, factsRead);
    const asksRead = readAsks(m, factsRead, subjectsRead);
    return readTheRest(m, factsRead, subjectsRead, asksRead);
  }

  /** Places and their roles, then each fact the message states, with its polarity. */
  function readPlacesAndFacts(m: Reading) {
    const { text, hits, of, context } = m;
    // ── Places and their roles (from the gazetteer) ──
    // 上海交大, Xi'an Jiaotong: a place inside a school's name is where one studies.
    const inSchool = insideLonger(
      hits.filter((h) => h.value.t === 'fact' && h.value.fact === 'doubleFirstClass' && schools.has(text.slice(h.start, h.end))),
      text.length,
    );
    const named: PlaceMention[] = places(text).map((p) =>
      inSchool({ start: p.start, end: p.start + p.from.length, value: null }) ? { ...p, role: 'study' as const } : p,
    );

    // ── Facts, with polarity ──
    const readings: FactReading[] = [];
    const correction = of('correction').length > 0;
    // "what if it was city level instead", 如果是市级的: a supposed level is the level asked about, not an earlier one.
    const facts = of('fact').map((h) =>
      h.value.fact === 'previousLevel' && SUPPOSING.test(text.slice(Math.max(0, h.start - 24), h.start))
        ? { ...h, value: { ...h.value, fact: 'level' as const } }
        : h,
    );
    const byFact = new Map<FactName, Hit<{ t: 'fact'; fact: FactName; value: string }>[]>();
    // "之前是自治区级的，今年升成国家级": the level inside a previous-level phrase is not the level now.
    const inPrevious = insideLonger(
      facts.filter((h) => h.value.fact === 'previousLevel'),
      text.length,
    );
    // "skill master studio", 博士后工作站: a degree word inside the name of an award is not a degree.
    const inAwardName = insideLonger(of('subject'), text.length);
    for (const h of facts) {
      if (h.value.fact === 'level' && inPrevious(h)) continue;
      if (h.value.fact === 'degree' && inAwardName(h)) continue;
      const list = byFact.get(h.value.fact);
      if (list) list.push(h);
      else byFact.set(h.value.fact, [h]);
    }
    for (const [fact, list] of byFact) {
      const values: { value: string | boolean; from: string; at: number }[] = [];
      for (const h of longestFirst(list)) {
        let value = typed(fact, h.value.value);
        if (value === undefined) continue;
        // "不是本科", "not national": a negated boolean flips; a negated level or degree says nothing. 还没读研 is not
        // "not enrolled": it says which degree one is not yet studying for.
        if (negated(text, h) && fact === 'enrolled' && /研|博|硕|phd|master/.test(text.slice(h.start, h.end))) continue;
        if (negated(text, h)) {
          if (value === true) value = false;
          else if (typeof value === 'string') continue;
        }
        values.push({ value, from: text.slice(h.start, h.end), at: h.start });
      }
      // "finished my master's at Lanzhou": "<degree> at" says where one studies, not that one still does.
      if (fact === 'enrolled' && values.some((v) => !/ at$/.test(v.from)))
        values.splice(0, values.length, ...values.filter((v) => !/ at$/.test(v.from)));
      const distinct = [...new Set(values.map((v) => v.value))];
      let chosen: (typeof values)[number] | undefined;
      if (distinct.length === 1) chosen = values[values.length - 1];
      if (fact === 'qualified') chosen = qualification(values, context.facts);
      else if (distinct.length > 1 && correction) chosen = values.sort((a, b) => a.at - b.at)[values.length - 1];
      if (chosen) {
        // 宁夏理工学院 → not 双一流: general knowledge, not the text's, so labelled as a reading.
        const school = fact === 'doubleFirstClass' && schools.has(chosen.from);
        readings.push({
          fact,
          value: chosen.value,
          from: chosen.from,
          ...(school ? { interpretation: '按教育部“双一流”建设高校名单理解；文件未列学校名单，以牵头部门解释为准' } : {}),
        });
      }
    }

    // "only for double first-class unis? I'm at a regular provincial uni": the school named by kind outweighs the word.
    const ordinary = ORDINARY_SCHOOL.exec(text);
    const generic = readings.findIndex((r) => r.fact === 'doubleFirstClass' && !schools.has(r.from));
    if (ordinary && generic >= 0) readings.splice(generic, 1);
    if (ordinary && !readings.some((r) => r.fact === 'doubleFirstClass'))
      readings.push({ fact: 'doubleFirstClass', value: false, from: ordinary[0] });

    // Where a person is from decides 石嘴山籍; where the employer is decides whether an agreement counts.
    // 老婆是兰州人 她自己开呢: when that other person is the one who acts, her place is the one that decides.
    const theyAct = THIRD_PERSON_ACTS.test(text);
    const origin = named.filter((p) => p.role === 'origin' || (theyAct && p.role === 'people'));
    if (origin.length && !readings.some((r) => r.fact === 'origin')) {
      const home = origin.find((p) => p.home);
      const place = home ?? origin.find((p) => !p.within);
      if (place) {
        const neg =
          NEGATORS_ZH.test(before(text, place.start, 6).replace(/(老家|户口|户籍|籍贯)$/, '')) ||
          /\b(not|no|without|don'?t have|do not have|never had)\s+(from\s+|a\s+)?$/.test(before(text, place.start, 20));
        const value = place.home ? !neg : false;
        if (!(neg && !place.home)) readings.push({ fact: 'origin', value, from: place.from });
      }
    }
    // "sorry, I meant a company in Huinong" in a conversation about an agreement: the company one signed with.
    const aboutAgreement = context.facts?.agreementSigned !== undefined && !FOUNDING.test(text);
    const employer = named.find((p) => p.role === 'employer' || (aboutAgreement && p.role === 'business'));
    const signing = /签|协议|agreement|signed|contract|deal/.test(text) || Boolean(context.facts?.subjects?.includes('student'));
    if (employer && signing && !employer.within) {
      const existing = readings.find((r) => r.fact === 'agreementSigned');
      if (!employer.home) {
        if (existing) existing.value = false;
        else
          readings.push({
            fact: 'agreementSigned',
            value: false,
            from: employer.from,
            interpretation: '协议须与石嘴山市企业和社会组织签订',
          });
        if (existing) existing.interpretation = '协议须与石嘴山市企业和社会组织签订';
      } else if (!existing && (correction || context.facts?.agreementSigned === false || AGREEMENT_NOUN.test(text)))
        // 说错了 是石嘴山的公司, a pre-intro deal with a company in Pingluo: an agreement with a company at home.
        readings.push({ fact: 'agreementSigned', value: true, from: employer.from });
    }

    // A business founded elsewhere (准备在银川开公司) is not one founded back home (回石创办).
    const businessElsewhere = aboutAgreement ? undefined : named.find((p) => p.role === 'business' && !p.home && !p.within);
    if (businessElsewhere && !readings.some((r) => r.fact === 'startedBusiness' && r.value === false)) {
      const existing = readings.findIndex((r) => r.fact === 'startedBusiness');
      if (existing >= 0) readings.splice(existing, 1);
      readings.push({
        fact: 'startedBusiness',
        value: false,
        from: businessElsewhere.from,
        interpretation: '补贴给回石创办或入股经营企业的',
      });
    }
    // 今年在惠农注册了一家公司: a business founded at home is what 回石创办 means.
    const businessHome = aboutAgreement ? undefined : named.find((p) => p.role === 'business' && p.home);
    if (businessHome && !businessElsewhere && !readings.some((r) => r.fact === 'startedBusiness'))
      readings.push({ fact: 'startedBusiness', value: true, from: businessHome.from, interpretation: '按回石创办或入股经营企业理解' });

    // 十年前就建了: years ago, counted back from today, before the document's year is not 新认定 either.
    if (!readings.some((r) => r.fact === 'newlyRecognised')) {
      const ago = YEARS_AGO.exec(text);
      const n = ago ? (smallNumber(ago[1]!) ?? chineseNumber(ago[1]!)) : undefined;
      const docYear = Number((corpus.documents[0]?.date ?? '2020').slice(0, 4));
      if (n !== undefined && new Date().getFullYear() - n < docYear)
        readings.push({
          fact: 'newlyRecognised',
          value: false,
          from: ago![0],
          interpretation: `文件未界定“新认定”；按${docYear}年本意见印发后认定理解`,
        });
    }
    // A year before the document's for a base or station: not newly recognised (the text does not define 新认定).
    if (!readings.some((r) => r.fact === 'newlyRecognised')) {
      const docYear = Number((corpus.documents[0]?.date ?? '2020').slice(0, 4));
      for (const m of text.matchAll(YEAR)) {
        const year = Number(m[1]);
        const after = text.slice((m.index ?? 0) + m[0].length);
        if (RECOGNISED.test(after) || SINCE.test(text.slice(0, m.index ?? 0))) {
          readings.push({
            fact: 'newlyRecognised',
            value: year >= docYear,
            from: m[0] + after.slice(0, 6),
            interpretation: `文件未界定“新认定”；按${docYear}年本意见印发后认定理解`,
          });
          break;
        }
      }
    }

    return { byFact, readings, correction, businessElsewhere, employer, named, inAwardName };
  }

  /** The awards the message names, each with its own level, and the facts they imply. */
  function readSubjects(m: Reading, factsRead: ReturnType<typeof readPlacesAndFacts>) {
    const { text, lang, of, context } = m;
    const { byFact, readings, correction, businessElsewhere, employer, named } = factsRead;
    // A longer phrase of a topic the document does not cover wins over the award inside it (创业担保贷款 is not 创业).
    const uncoveredHits = of('uncovered');
    const inWider = insideLonger([...uncoveredHits, ...of('block')], text.length);
    // 不是预引进, not the pre-introduction one: an award said not to be the one asked about is not asked about.
    // (是不是不用笔试 asks; the 不 of an A-not-A question negates nothing.)
    const saidNot = (s: Hit<unknown>) => {
      const b = before(text, s.start, 3);
      return NEGATORS_ZH.test(b.slice(-2)) && !/(.)[不没]\1$/.test(b);
    };
    let subjectHits = longestFirst(of('subject')).filter((s) => !inWider(s) && !saidNot(s));
    if (!subjectHits.length && !uncoveredHits.length) subjectHits = fuzzySubjects(text);
    // 社工职业资格晋级补贴: a subject word right before a longer subject phrase only says whose it is; the phrase is the award.
    subjectHits = subjectHits.filter((h, i) => {
      const next = subjectHits[i + 1];
      const joined = next && (next.start === h.end || (next.start - h.end === 1 && text[h.end] === '的'));
      return !(next && joined && next.end - next.start > h.end - h.start);
    });
    // 研发中心又被认定为自治区级工程技术中心: what a thing was recognised as is the award; the thing itself is not another.
    // An award with its own level (国家级双创示范基地 同时被认定为…孵化器) is one of two, not the thing renamed.
    subjectHits = subjectHits.filter((h, i) => {
      const next = subjectHits[i + 1];
      const ownLevel = (byFact.get('level') ?? []).some((l) => l.end <= h.start && h.start - l.end <= 2);
      return !(next && !ownLevel && BECAME.test(text.slice(h.end, next.start)));
    });
    // 派我去国家重点实验室进修, send staff to a key lab to study: the lab is where one goes, not an award asked about.
    // The same in a later turn of a study-trip conversation (we're sending her to a key lab in Beijing).
    const onTrip = (context.facts?.subjects ?? []).some((s) => travelSubjects.has(s));
    // "training grant for staff we send to a state key laboratory": sending someone there is the trip.
    const sending = SENDING_EN.test(text);
    if (subjectHits.some((h) => travelSubjects.has(h.value.subject)) || onTrip || sending)
      subjectHits = subjectHits.filter(
        (h) => travelSubjects.has(h.value.subject) || !DESTINATION.test(text.slice(Math.max(0, h.start - 48), h.start)),
      );
    const subjects = [...new Set(subjectHits.map((h) => h.value.subject))];
    // (With no award named at all, only when no conversation is under way: "sending an engineer to a university in Germany".)
    if (sending && !onTrip && !subjects.some((s) => travelSubjects.has(s)) && (subjects.length || !context.facts?.subjects?.length))
      subjects.unshift('training_trip');
    // "a new national high-skill training base": new, a few words before the award, says it is newly recognised.
    if (lang === 'en' && !readings.some((r) => r.fact === 'newlyRecognised')) {
      for (const h of subjectHits) {
        const m = NEW_BEFORE.exec(text.slice(Math.max(0, h.start - 48), h.start));
        if (m) {
          readings.push({ fact: 'newlyRecognised', value: !m[1], from: m[0].trim() + ' ' + text.slice(h.start, h.end) });
          break;
        }
      }
    }
    // Each award's own level, from the words between the breaks around it (国家级工程实验室和自治区级重点实验室).
    // One pass: each character's part number, then the first level named in each part (linear, however long the text).
    const part = new Int32Array(text.length + 1);
    for (const m of text.matchAll(PART_BREAK)) part[m.index ?? 0] = 1;
    for (let i = 1; i <= text.length; i++) part[i] = part[i]! + part[i - 1]!;
    // Each level belongs to one award: the one right after it (国家级高企), else the nearest award before it in its part
    // (工程技术中心也拿到了自治区级认定), else the nearest after it; an award with none takes its part's first level.
    const levelHits = (byFact.get('level') ?? []).filter((l) => !negated(text, l));
    const levelOfPart = new Map<number, string>();
    for (const l of levelHits) if (!levelOfPart.has(part[l.start]!)) levelOfPart.set(part[l.start]!, l.value.value);
    const attached = new Map<number, string>();
    const free = (i: number) => !attached.has(i);
    const indexed = subjectHits.map((h, i) => ({ h, i }));
    for (const l of levelHits) {
      const right = indexed.find(({ h, i }) => free(i) && h.start >= l.end && h.start - l.end <= 3);
      if (right) attached.set(right.i, l.value.value);
    }
    for (const l of levelHits) {
      if (indexed.some(({ h, i }) => attached.get(i) === l.value.value && h.start >= l.end && h.start - l.end <= 3)) continue;
      const inPart = indexed.filter(({ h, i }) => free(i) && part[h.start] === part[l.start]);
      const target = inPart.filter(({ h }) => h.end <= l.start).at(-1) ?? inPart.find(({ h }) => h.start >= l.end);
      if (target) attached.set(target.i, l.value.value);
    }
    // 工作室和培养基地 都是市级, both national: a level said of all of them is each one's that has none of its own.
    for (const l of levelHits)
      if (/(都是|都|均为|均是|both|all)\s*$/.test(text.slice(Math.max(0, l.start - 5), l.start)))
        for (const { i } of indexed) if (free(i)) attached.set(i, l.value.value);
    // 国家重点实验室, 自治区高企: the issuer written right before an award, without 级, is its level too.
    const byIssuer = new Set<number>();
    for (const { h, i } of indexed) {
      const issuer = free(i) ? ISSUER_BEFORE.exec(text.slice(Math.max(0, h.start - 4), h.start))?.[1] : undefined;
      if (issuer) {
        attached.set(i, issuer === '国家' ? 'national' : 'region');
        byIssuer.add(i);
      }
    }
    const levels: Record<string, string> = { ...(context.levels ?? {}) };
    const awards: { subject: Subject; level?: z.infer<typeof Level> }[] = [];
    for (const [i, h] of subjectHits.entries()) {
      const own = attached.get(i) ?? levelOfPart.get(part[h.start]!);
      if (own) levels[h.value.subject] = own;
      const level = isLevel(own) ? own : undefined;
      if (!awards.some((a) => a.subject === h.value.subject && a.level === level))
        awards.push({ subject: h.value.subject, ...(level ? { level } : {}) });
    }
    // 国家高企: a level known only from the issuer before the award is still the award's level.
    const issued = [...byIssuer].map((i) => attached.get(i));
    if (!readings.some((r) => r.fact === 'level') && issued.length && new Set(issued).size === 1 && issued[0]) {
      const first = subjectHits[[...byIssuer][0]!]!;
      readings.push({ fact: 'level', value: issued[0], from: text.slice(Math.max(0, first.start - 2), first.end) });
    }
    const hintHit = of('hint')[0];
    const issuer = hintHit ? ISSUER_BEFORE.exec(text.slice(Math.max(0, hintHit.start - 24), hintHit.start))?.[1] : undefined;
    const issuerLevel = issuer ? (/国家|national|state/.test(issuer) ? 'national' : 'region') : undefined;
    // "另外还新认定了…", "plus a …": a further award joins the ones already asked about. So does the one award a
    // total question names in a conversation (同一年还认定了个基地 两项一共多少): one award alone is no total.
    const asksTotal = of('ask').some((h) => h.value.ask === 'total');
    const adds =
      of('follow').some((h) => /另外|还有|再加上|又|同时|还拿|也拿|还获|还认定|还新认定|also|plus/.test(text.slice(h.start, h.end))) ||
      // 还依托企业新建了个…, 也认定了…: "also" written into the verb.
      ADDS_ZH.test(text) ||
      (asksTotal && subjects.length === 1 && !correction) ||
      // 说错了 培养基地是自治区级的, in a conversation that was adding awards up: the others stay in the sum.
      (correction && context.lastAsk === 'total');
    if (adds && subjects.length && context.facts?.subjects?.length) {
      const earlier = context.facts.subjects.filter((s) => !subjects.includes(s));
      subjects.unshift(...earlier);
      // The earlier awards keep the level the conversation gave them (国家级 高企, then 再加上自治区级的重点实验室).
      for (const s of earlier) if (!levels[s] && context.facts.level) levels[s] = context.facts.level;
    }
    let hints = subjects.length ? [] : [...new Set(of('hint').flatMap((h) => h.value.subjects))];
    // "a Ningxia 'special-appointed expert'": a vague award the level stated makes exact.
    const statedLevel = readings.find((r) => r.fact === 'level')?.value ?? issuerLevel;
    for (const h of subjects.length ? [] : of('hint')) {
      const exact = typeof statedLevel === 'string' ? h.value.byLevel?.[statedLevel] : undefined;
      if (exact && !subjects.includes(exact)) {
        subjects.push(exact);
        hints = [];
      }
    }
    // Founding or buying into a business is what the start-up subsidy is for: naming it says it, unless negated.
    for (const h of subjectHits) {
      if (
        h.value.subject === 'returnee' &&
        !readings.some((r) => r.fact === 'startedBusiness') &&
        !negated(text, h) &&
        !businessElsewhere
      ) {
        readings.push({
          fact: 'startedBusiness',
          value: true,
          from: text.slice(h.start, h.end),
          interpretation: '按回石创办或入股经营企业理解',
        });
      }
    }

    // 考的是银川一家国企: an employer elsewhere is not one of the city's own enterprises (第13条's 市属国有企业).
    const inTalk = new Set<string>([...subjects, ...(context.facts?.subjects ?? [])]);
    const waiver = inTalk.has('exam_waiver');
    if (waiver && employer && !employer.home && !readings.some((r) => r.fact === 'cityOwnedEmployer'))
      readings.push({
        fact: 'cityOwnedEmployer',
        value: false,
        from: employer.from,
        interpretation: '免笔试限报考石嘴山市属国有企业招聘岗位',
      });

    // 派我去日本进修, training in Germany: 第16条 pays for study at institutions in China (国内) only.
    const trip = inTalk.has('training_trip');
    const abroad = named.find((p) => p.abroad && p.role !== 'origin' && p.role !== 'people');
    const abroadWord = ABROAD.exec(text);
    if (trip && (abroad || abroadWord) && !readings.some((r) => r.fact === 'domesticDestination'))
      readings.push({
        fact: 'domesticDestination',
        value: false,
        from: abroad?.from ?? abroadWord?.[0] ?? '',
        interpretation: '第16条补助到国内院校、机构学习深造',
      });

    // 拿到硕士学位证了, 取得了博士学位: the certificate obtained, whatever words sit between.
    if (!readings.some((r) => r.fact === 'degreeObtained')) {
      const got = OBTAINED_ZH.exec(text);
      if (got && !NEGATORS_ZH.test(before(text, got.index, 3))) readings.push({ fact: 'degreeObtained', value: true, from: got[0] });
    }

    // A reply to the pending question in its own words ("国家级", "是的", "no").
    const pending = context.pending;
    if (pending && !readings.some((r) => r.fact === pending)) {
      const reply = pendingReply(text, pending);
      if (reply !== undefined) readings.push({ fact: pending, value: reply, from: text.trim() });
    }

    // Facts about a person narrow a first question to the awards they decide (a conversation already has its subject).
    const stated = (f: FactName) => readings.find((r) => r.fact === f)?.value;
    if (!subjects.length && !context.facts?.subjects?.length) {
      if (stated('enrolled') === true || stated('agreementSigned') !== undefined || stated('doubleFirstClass') !== undefined)
        subjects.push('student');
      else {
        if (stated('degree') !== undefined || stated('fullTime') !== undefined) hints.push('student', 'degree_study');
        if (stated('origin') !== undefined) hints.push('student', 'returnee');
        hints = [...new Set(hints)];
      }
    }

    return { subjects, asksTotal, awards, levels, hints, inWider, subjectHits, uncoveredHits };
  }

  /** What is asked, which clause is referred to, and the message as search terms. */
  function readAsks(m: Reading, factsRead: ReturnType<typeof readPlacesAndFacts>, subjectsRead: ReturnType<typeof readSubjects>) {
    const { message, text, lang, of, context } = m;
    const { readings, correction } = factsRead;
    const { subjects } = subjectsRead;
    // Ask cues longest first: 到多少能拿 (criteria) is not also 多少 (amount).
    // "i mean", 我是说: a correction's own words ask nothing (mean is not "what does it mean").
    const inCorrection = insideLonger(of('correction'), text.length);
    // 证书已经拿了: a certificate obtained, not an award already received (an overlap question).
    const askHits = longestFirst(of('ask')).filter(
      (h) =>
        !inCorrection(h) &&
        !(
          h.value.ask === 'stacking' &&
          (/(证|证书|学位|毕业证)\s*$/.test(text.slice(Math.max(0, h.start - 4), h.start)) ||
            /^\s*(the |my |a |his |her )?(degree|certificate|cert|diploma)/.test(text.slice(h.end, h.end + 16)))
        ),
    );
    let asks = ASKS.filter(
      (a) =>
        askHits.some((h) => h.value.ask === a) ||
        (a === 'department' && ASKS_DEPARTMENT.test(text)) ||
        (a === 'amount' && lang === 'en' && !askHits.length && ASKS_AMOUNT_EN.test(text)),
    );
    // 最后一句 is the document's closing sentence, unless a clause is named or was just discussed (第12条 ⏎ 最后那句服务期
    // 是几年): then it is that clause's last sentence, and the clause is the one referred to.
    const numbered = clauseRefs(message, knownIds);
    const inClause = numbered.length > 0 || (context.lastClause !== undefined && /^\d+$/.test(context.lastClause));
    const refs = of('last').length && /句|段|last|closing|final|结尾|最后/.test(text) && !inClause ? ['final'] : numbered;
    const unquoted = text.replace(/["“”]/g, '');
    // 总体要求原文, 主要目标说了啥, "建立人才子女就学政策" 全文: a part named by its title, when its text is asked for.
    if (!refs.length && (askHits.some((h) => h.value.ask === 'full_clause') || asks.includes('department')))
      for (const [title, id] of titles) if (unquoted.includes(title) && !refs.includes(id)) refs.push(id);
    const documentWords = /文件|政策|意见|通知|文号|这个文|policy|document|notice/.test(text);
    const written = amountsIn(text);
    // 多少人, 几个名额: a count, not money.
    const money =
      of('money').some((h) => !(/^(多少|几)/.test(text.slice(h.start, h.end)) && COUNT.test(text.slice(h.end, h.end + 2)))) ||
      written.length > 0;
    if (asks.includes('timing') && documentWords && !/补贴|补助|钱|资金|奖|费|subsid|money|paid|grant/.test(text))
      asks = ['document_meta', ...asks.filter((a) => a !== 'timing')];
    if (refs.length && asks.includes('definition')) asks = ['full_clause', ...asks.filter((a) => a !== 'definition')];
    // 按啥定的, what is it based on: the basis a range award is given by (按贡献, 按照营业收入…) is the text's; the bands
    // within the range (达到多少给20万, 具体咋算) are not.
    if (BASIS.test(text) && !EARNS.test(text) && (subjects.length > 0 || (context.facts?.subjects?.length ?? 0) > 0))
      // ("how is the amount decided" asks how, not how much.)
      asks = [...new Set(['conditions' as Ask, ...asks.filter((a) => a !== 'criteria' && a !== 'amount' && a !== 'conditions')])];
    // "how long before they can go for the senior title": a wait the text sets (满1年) is a condition; only a wait for
    // money to arrive is the payment timing it never gives.
    const timingHit = askHits.find((h) => h.value.ask === 'timing');
    if (timingHit && /^how long (after|until|till|before)$/.test(text.slice(timingHit.start, timingHit.end)) && !PAYMENT.test(text))
      asks = [...new Set(asks.map((a) => (a === 'timing' ? 'conditions' : a)))];
    if (OBTAIN_PROCEDURE.test(text) && !asks.includes('procedure')) asks = [...asks, 'procedure'];
    // "how exactly is the start-up subsidy calculated": what decides the amount is asked.
    if (CALCULATED.test(text) && !asks.includes('criteria')) asks = [...asks, 'criteria'];
    // 产业顾问是以哪个部门名义聘的: in whose name one is appointed is what the clause says, not who leads it.
    if (/名义|in the name of/.test(text)) asks = asks.filter((a) => a !== 'department');
    // 钱是发给谁的: who receives an award is among what the rules state of it.
    // (发给谁 also asks whom the notice was sent to; with the money named, it is the award's recipient.)
    if (RECIPIENT.test(text) && (money || (context.facts?.subjects?.length ?? 0) > 0))
      asks = [...asks.filter((a) => a !== 'department' && a !== 'document_meta' && a !== 'conditions'), 'conditions'];
    // 我们材料里写的2020年9月25日 对不对: a date checked against the document's is its metadata.
    if (FULL_DATE.test(text) && CHECKS.test(text))
      asks = ['document_meta', ...asks.filter((a) => a !== 'materials' && a !== 'document_meta')];
    // 营业收入达到多少给20万, how much revenue to get 200k: the amount is written; what earns it is asked.
    if (asks.includes('amount') && EARNS.test(text)) asks = [...new Set(asks.map((a) => (a === 'amount' ? 'criteria' : a)))];
    // 产业顾问津贴, monthly work subsidy for PhDs: a benefit named alone asks what it is worth.
    // "那回乡创业补贴呢" after 哪个部门管: a follow-up naming another award asks the last turn's question, not its amount.
    const followsLast = context.lastAsk !== undefined && subjects.length > 0 && of('follow').some((h) => h.start <= 4);
    if (
      !asks.length &&
      !refs.length &&
      !followsLast &&
      (of('benefit').length || EN_BENEFIT_WORD.test(text)) &&
      money &&
      !QUESTION_WORD.test(text)
    )
      asks = ['amount'];
    // 能拿钱不, 能拿吗: a yes/no question, not "how much", unless an amount is asked for in so many words.
    if (asks.includes('amount') && YES_NO_END.test(text) && !HOW_MUCH.test(text))
      asks = [...new Set(asks.map((a) => (a === 'amount' ? 'eligibility' : a)))];
    // 条件是啥, 要求是什么: what is asked is the conditions, not what a word means.
    if (asks.includes('definition') && ASKED_NOUN.test((DEFINED.exec(text)?.[1] ?? '').replace(/\s/g, '')))
      asks = asks.filter((a) => a !== 'definition');
    if (refs.length && !asks.some((a) => a !== 'eligibility' && a !== 'amount' && a !== 'conditions')) asks = [...asks, 'clause_ref'];
    if (asks.includes('document_meta') && (subjects.length || refs.length) && !documentWords)
      asks = asks.filter((a) => a !== 'document_meta');
    // A person from the document's city is what the text calls 石嘴山籍 / 石嘴山生源.
    const fromHome = readings.some((r) => r.fact === 'origin' && r.value === true);
    const home = language.vocabulary.home.name;
    let analysis = analyzeTerms(terms, text, fromHome ? [`${home}籍`, `${home}生源`] : []);
    // "and who are the cooperating units", "那配合的呢": a follow-up asking another part of the same clause.
    const asksPart = asks.some((a) => a === 'department' || a === 'full_clause' || a === 'stacking' || a === 'obligations');
    let refersBack =
      !refs.length &&
      !subjects.length &&
      context.lastClause !== undefined &&
      (of('anaphora').length > 0 ||
        text.trim().length <= (lang === 'en' ? 32 : 12) ||
        (asksPart && FOLLOW_START.test(text) && !analysis.strong));
    // "and high-skilled talents specifically?", 那在岗自己办企业呢 right after 主要目标 or 第9条: a follow-up whose words the
    // last clause itself uses is about that clause.
    const lastText = context.lastClause ? corpusByIdText.get(context.lastClause) : undefined;
    const withinLast =
      !refs.length &&
      !subjects.length &&
      lastText !== undefined &&
      (FOLLOW_START.test(text) ||
        /呢[？?]?\s*$/.test(text) ||
        /也(有|能|可以|适用|算|行)|\bspecifically\b|\bwhat about\b|\btoo\b|\bas well\b/.test(text)) &&
      analysis.topic.some((t) => lastText.includes(t));
    if (withinLast) refersBack = true;
    // "i'm not in a leadership post, my work's all done, and my institute agreed": the person's situation, told in answer
    // to the last turn, is about that turn's clause.
    if (!refs.length && !subjects.length && !asks.length && context.lastClause !== undefined && FIRST_PERSON.test(text) && !readings.length)
      refersBack = true;
    // 这是第几条规定的, 谁聘的, 那农村实用人才呢: a follow-up is still about what the last turn named, so its words are searched too.
    if (refersBack && context.lastTopic?.length)
      analysis = { ...analysis, carried: [...new Set(context.lastTopic.flatMap((t) => terms.tokenize(t)))] };
    // "那博士后工作站呢": a follow-up that names another award and asks nothing of its own asks the last turn's question.
    // (第十二条原文 ⏎ 那第十三条呢: the clause_ref a bare clause number adds is no question of its own.)
    if (
      (!asks.length || (asks.length === 1 && asks[0] === 'clause_ref')) &&
      context.lastAsk &&
      (subjects.length || refs.length) &&
      of('follow').some((h) => h.start <= 4)
    )
      asks = [context.lastAsk];
    // A correction to a total asked before asks the total again, corrected.
    if (!asks.length && correction && context.lastAsk === 'total') asks = ['total'];

    // An intermediate title is one of the qualifications 第16条 accepts (本科以上学历或中级以上专业技术职称或技师以上).
    const title = readings.find((r) => r.fact === 'professionalTitle' && r.value === true);
    // Any one of the three qualifies, so the title outweighs "no degree".
    if (title && !readings.some((r) => r.fact === 'qualified' && r.value === true)) {
      const i = readings.findIndex((r) => r.fact === 'qualified');
      if (i >= 0) readings.splice(i, 1);
      readings.push({ fact: 'qualified', value: true, from: title.from });
    }
    // A pre-introduction agreement is signed while studying (签订预引进协议的…在读…学生): with one signed and nothing said
    // about having graduated, the student is read as still enrolled, labelled as a reading.
    const allSubjects = [...subjects, ...(context.facts?.subjects ?? [])];
    const signed = readings.some((r) => r.fact === 'agreementSigned' && r.value === true) || context.facts?.agreementSigned === true;
    if (allSubjects.includes('student') && signed && !readings.some((r) => r.fact === 'enrolled') && context.facts?.enrolled === undefined)
      readings.push({ fact: 'enrolled', value: true, from: '预引进协议', interpretation: '预引进协议在读期间签订，按在读理解' });

    return { asks, written, refs, refersBack, withinLast, analysis, money };
  }

  /** The facts merged over the conversation, benefits named, quantities, and whether the document answers it. */
  function readTheRest(
    m: Reading,
    factsRead: ReturnType<typeof readPlacesAndFacts>,
    subjectsRead: ReturnType<typeof readSubjects>,
    asksRead: ReturnType<typeof readAsks>,
  ): Question {
    const { message, text, lang, of, context } = m;
    const { readings, inAwardName, byFact, correction, named } = factsRead;
    const { subjects, asksTotal, awards, levels, inWider, uncoveredHits, hints, subjectHits } = subjectsRead;
    const { written, refs, withinLast, money, refersBack, analysis } = asksRead;
    // A yearly award added up over the years makes the question a total (below).
    let { asks } = asksRead;
    // ── Facts in the rules' shape, merged over the conversation ──
    const said: Record<string, unknown> = {};
    if (subjects.length) said['subjects'] = subjects;
    for (const r of readings) said[r.fact] = r.value;
    const saidFacts = readFacts(said) ?? {};
    const mergedInput = {
      ...(context.facts ?? {}),
      ...Object.fromEntries(Object.entries(saidFacts).filter(([, v]) => v !== undefined)),
    };
    const merged = readFacts(mergedInput) ?? Facts.parse(mergedInput);
    const followUp = of('follow').some((h) => h.start <= 4) || (text.trim().length <= 8 && readings.length > 0);

    // ── Benefits the words name (见习补贴): the words before a benefit word ──
    const benefits: string[] = [];
    const personal: string[] = [];
    for (const h of of('benefit')) {
      const run = /[\u3400-\u9fff]{2,4}$/.exec(text.slice(Math.max(0, h.start - 4), h.start))?.[0];
      if (!run) continue;
      benefits.push(run.slice(-2) + text.slice(h.start, h.end));
      // 研究生补贴, 博士补贴: the words before name who, not which benefit.
      if ([...subjectWords].some((w) => run.endsWith(w))) personal.push(run.slice(-2) + text.slice(h.start, h.end));
    }

    // Quantities a total multiplies by, and several people's degrees.
    // "total for both" after one award for two people: both is two.
    const inWords = asksTotal && !subjects.length && (context.facts?.subjects?.length ?? 0) <= 1 && /\bboth\b/.test(text) ? ['two'] : [];
    // "if we send him twice this year": trips, counted.
    if (/\btwice\b/.test(text)) inWords.push('two');
    // 三名工作室: a number inside an award's name counts nothing.
    const countable = (m: RegExpMatchArray | string[]) =>
      !('index' in m) || m.index === undefined || !inAwardName({ start: m.index, end: m.index + m[0]!.length, value: null });
    const counted = [...text.matchAll(COUNTED), ...text.matchAll(COUNTED_EN), ...inWords.map((w) => [w, w])]
      .filter(countable)
      .map((m) => smallNumber((m.slice(1).find((g) => g !== undefined && smallNumber(g.toLowerCase()) !== undefined) ?? '').toLowerCase()))
      .filter((n): n is number => n !== undefined && n >= 2 && n <= 50);
    const overYears = OVER_YEARS.exec(text);
    // The number in whichever form matched (3年聘期, 聘期3年, for three years, 2 years in a row).
    const yearsWord = overYears?.slice(1).find((g) => g !== undefined && smallNumber(g.toLowerCase()) !== undefined) ?? '';
    const years = overYears
      ? smallNumber(yearsWord.toLowerCase())
      : OVER_TERM.test(text) || (asksTotal && /聘期|任期|\bterm\b|appointment/.test(text))
        ? ('term' as const)
        : undefined;
    // "how much over the whole appointment", 3年下来一共: a yearly award added up over the years is a total.
    if (years !== undefined && asks.includes('amount') && !asks.includes('total') && OVER_WHOLE.test(text)) asks = ['total', ...asks];
    const degreeHits = longestFirst(byFact.get('degree') ?? []).filter((h) => !negated(text, h) && h.value.value !== '-');
    const degreeValues = [...new Set(degreeHits.map((h) => h.value.value))];
    // 1个博士2个硕士, two PhDs and a master's: how many people of each degree.
    const degreeCounts: Record<string, number> = {};
    for (const h of degreeHits) {
      const n = PER_DEGREE.exec(text.slice(Math.max(0, h.start - 20), h.start))?.[1];
      const count = n ? smallNumber(n.toLowerCase()) : undefined;
      if (count && count >= 1) degreeCounts[h.value.value] = (degreeCounts[h.value.value] ?? 0) + count;
    }
    // The second child's degree after the first's (老二也签了 在读硕士 俩一共多少): both are summed.
    const earlierDegree = context.facts?.degree;
    if (asksTotal && !correction && degreeValues.length === 1 && earlierDegree && earlierDegree !== degreeValues[0])
      degreeValues.unshift(earlierDegree);
    // 我弟弟也是惠农户口 全日制硕士在读: another person's degree in a turn of its own; the earlier person is remembered
    // for the total asked later (我俩加起来多少).
    const people = [...(context.people ?? [])];
    if (!correction && degreeValues.length === 1 && earlierDegree && ANOTHER_PERSON.test(text)) people.push(earlierDegree);
    // 老大全日制读博 老二全日制读研, with the total asked a turn later: every person named is remembered.
    // 2 full-time PhD students and 1 master's: each person once, as many times as the message counts them.
    if (!asksTotal && degreeHits.length >= 2 && degreeValues.length >= 2)
      people.splice(0, people.length, ...degreeValues.flatMap((d) => Array<string>(degreeCounts[d] ?? 1).fill(d)));
    const everyone = earlierDegree && !(degreeValues.length >= 2) ? [...people, earlierDegree] : people;
    if (asksTotal && !degreeHits.length && everyone.length >= 2) {
      for (const d of everyone) degreeCounts[d] = (degreeCounts[d] ?? 0) + 1;
      degreeValues.push(...new Set(everyone));
    }
    // 国家高企和市级孵化器 两个加起来: "two" counts the awards named, not people or trips. 派三个 then 一共多少: the
    // count said in an earlier turn is still the count.
    const awardCount = new Set([...subjects, ...(asksTotal ? (context.facts?.subjects ?? []) : [])]).size;
    const count =
      counted.length && !(degreeValues.length >= 2) && !(awardCount >= 2 && Math.max(...counted) === awardCount)
        ? Math.max(...counted)
        : asksTotal && !counted.length && !(degreeValues.length >= 2) && !subjects.length
          ? context.count
          : undefined;
    const scope = judgeScope();
    return {
      text: message,
      lang,
      asks,
      subjects,
      hints,
      places: named,
      readings,
      degrees: degreeValues.length >= 2 || (people.length && asksTotal && !degreeHits.length) ? degreeValues : [],
      ...((degreeValues.length >= 2 || (people.length && asksTotal)) && Object.keys(degreeCounts).length ? { degreeCounts } : {}),
      ...(people.length ? { people } : {}),
      // 国家高企和市级孵化器 两个加起来: "two" counts the awards named, not people or trips.
      ...(count !== undefined ? { count } : {}),
      ...(years !== undefined ? { years } : {}),
      ...(awards.length >= 2 ? { awards } : {}),
      levels: Object.fromEntries(Object.entries(levels).flatMap(([k, v]) => (isLevel(v) ? [[k, v] as const] : []))),
      facts: merged,
      said: saidFacts,
      ...(written.length ? { stated: written } : {}),
      clauseRefs: refs,
      refersBack,
      ...(refersBack && (of('anaphora').length || withinLast) ? { anaphora: true } : {}),
      correction,
      followUp,
      money,
      benefits,
      scope,
      terms: analysis,
    };

    function judgeScope(): Question['scope'] {
      const known = analysis.knownShare;
      const inRules = subjects.length > 0 || hints.length > 0;
      // Whether two awards or policies stack is the closing rule's question, wherever the other award comes from.
      if (
        asks.includes('stacking') &&
        (inRules || refs.length || context.facts?.subjects?.length || /奖|补|award|subsid|grant|policy|政策/.test(text))
      )
        return { inScope: true, knownShare: known };
      // Another place's or another level's policy: this document's amounts do not answer it.
      const mentioned = named.find(
        (p) => !p.home && !p.within && (p.role === 'policy' || (p.role === 'other' && !FIRST_PERSON.test(text))),
      );
      // "how much do they give there", after a turn about Yinchuan: the place the conversation moved to.
      const there = context.otherPlace && THERE.test(text) && !named.some((p) => p.home) ? context.otherPlace : undefined;
      const otherPlace = mentioned ? { from: mentioned.from, name: mentioned.name } : there ? { from: there, name: there } : undefined;
      if (otherPlace)
        return {
          inScope: false,
          reason: 'other_place',
          detail: otherPlace.from,
          askInstead: `${otherPlace.name}当地人才工作部门`,
          knownShare: known,
        };
      // "a key university in China": where one goes, not the country's policy.
      const otherPolicy = of('otherPolicy').filter((h) => !inWider(h) && !INSTITUTION_BEFORE.test(text.slice(0, h.start)));
      if (otherPolicy.length || NEWER_CUES.test(text)) {
        const h = otherPolicy[0];
        return {
          inScope: false,
          reason: 'other_place',
          detail: h ? text.slice(h.start, h.end) : (NEWER_CUES.exec(text)?.[0] ?? ''),
          askInstead: '相关政策的发布部门',
          knownShare: known,
        };
      }
      // 退役军人创业补贴: a topic the text does not cover, written straight before a benefit or award, names another
      // programme, whatever award the benefit word alone would match.
      const namesBenefit = (u: Hit<unknown>) =>
        [...of('benefit'), ...subjectHits].some((b) => b.start >= u.end && b.start - u.end <= 1) ||
        // national high-tech enterprise tax reduction, 高企税收优惠: the award only says whose the other programme is.
        subjectHits.some((s) => s.end <= u.start && u.start - s.end <= 1);
      // A topic whose own name ends in a benefit (job hunting subsidy, 求职创业补贴) names a programme by itself.
      // Only when its amount is asked: the text's own 住房补贴 (costs an employer may book) is not a housing allowance.
      const namesItself = (u: Hit<unknown>) => asks.includes('amount') && BENEFIT_END.test(text.slice(u.start, u.end));
      // 考公务员能免笔试吗: a topic that a stated fact already answers (公务员 is no city-owned enterprise) is that fact.
      // "I took the gaokao in Shizuishan": the topic only says where the person is from.
      const explained = (u: Hit<unknown>) =>
        named.some((p) => p.role === 'origin' && p.start >= u.end && /^\s*(in|at|from|在|是在)\s*$/.test(text.slice(u.end, p.start))) ||
        ((subjects.length > 0 || (context.facts?.subjects?.length ?? 0) > 0) &&
          readings.some((r) => r.from.length >= 2 && text.slice(u.start, u.end).includes(r.from)));
      const uncovered = (subjects.length ? uncoveredHits.filter((u) => namesBenefit(u) || namesItself(u)) : uncoveredHits).filter(
        (u) => !explained(u),
      );
      // "can I get Shizuishan hukou": settling one's hukou, whatever place is named in between.
      const hukou = lang === 'en' ? HUKOU_GET.exec(text) : null;
      if (hukou && !subjects.length)
        return { inScope: false, reason: 'uncovered_topic', detail: hukou[0], askInstead: '公安机关户籍窗口', knownShare: known };
      if (uncovered.length) {
        const u = uncovered[0]!;
        return {
          inScope: false,
          reason: 'uncovered_topic',
          detail: text.slice(u.start, u.end),
          askInstead: u.value.ask,
          knownShare: known,
        };
      }
      // A benefit whose name the text never uses (见习补贴, 租房补贴): not this document's.
      // The two characters before the benefit word: not filler, not 免费/收费 (no benefit at all).
      const plain = (b: string) =>
        !/[的给啥多少什么这那个有些咋发领拿按能是每月年]/.test(b.slice(0, 2)) && !/[免收缴交花消浪]$/.test(b.slice(0, 2));
      const knownWord = (w: string) => corpusText.includes(w) || terms.said.has(w);
      const unknownBenefit = benefits.find((b) => plain(b) && !personal.includes(b) && !knownWord(b.slice(0, 2)));
      if (unknownBenefit && !subjects.length)
        return { inScope: false, reason: 'uncovered_topic', detail: unknownBenefit, knownShare: known };
      // The same in English: "social insurance subsidy" or "a subsidy for each new hire's social insurance" names a
      // programme the coverage lists; "physical exam allowance" one the text names but no rule quantifies.
      if (lang === 'en' && !subjects.length && asks.every((a) => a === 'amount')) {
        const english = englishBenefits(text);
        const other = english.find((b) => uncoveredModifiers.has(b));
        if (other) {
          const u = uncoveredModifiers.get(other)!;
          return { inScope: false, reason: 'uncovered_topic', detail: other, ...(u ? { askInstead: u } : {}), knownShare: known };
        }
        const named = english.find((b) => {
          const means = englishMeans.get(b);
          return means !== undefined && means.some((m) => corpusText.includes(m) && !rulesText.includes(m));
        });
        if (named && money) return { inScope: false, reason: 'detail_not_in_text', detail: named, knownShare: known };
      }
      // A benefit the text names but no rule quantifies (工作补助, 体检费): the text gives no amount.
      // 博士补贴 names who, not what: the person's awards answer it. 工作补助 names a benefit no rule quantifies.
      const generic = (b: string) => subjectWords.has(b.slice(0, 2)) || personal.includes(b);
      const unquantified = benefits.find((b) => plain(b) && !generic(b) && corpusText.includes(b.slice(0, 2)) && !rulesText.includes(b));
      // The text gives no salary figures at all (工资绩效 is about how pay is set).
      if (
        (asks.includes('amount') ||
          /starting|monthly|annual|average|typical|起薪|多少|平均|一个月|每月|how much|what'?s the|what is the|what salary|salary would|pay would/.test(
            text,
          )) &&
        SALARY.test(text) &&
        (!subjects.length || SALARY_STRICT.test(text))
      )
        return { inScope: false, reason: 'detail_not_in_text', detail: lang === 'zh' ? '工资标准' : 'salary figures', knownShare: known };
      // A monthly sum, where the document pays nothing by the month (每月 / 按月 never occur in it): not in the text.
      if (!monthlyInText && MONTHLY.test(text) && (asks.includes('amount') || money))
        return {
          inScope: false,
          reason: 'detail_not_in_text',
          detail: lang === 'zh' ? '按月发放的标准' : 'a monthly amount',
          knownShare: known,
        };
      // Nor budgets: how much a programme spends in all is not in the text, only what each award gives.
      if (BUDGET.test(text) && (asks.includes('amount') || /how (big|large|much)|多少|规模|总额|size/.test(text)))
        return {
          inScope: false,
          reason: 'detail_not_in_text',
          detail: lang === 'zh' ? '资金预算总额' : 'budget totals',
          knownShare: known,
        };
      // 5111计划: a numbered programme the text never names is another programme; 351人才, which it only names, is
      // described nowhere in it (what it is, what it gives), though which clause names it can be answered.
      const numbered = NUMBERED_PROGRAMME.exec(text);
      if (numbered && !asks.some((a) => a === 'department' || a === 'full_clause' || a === 'clause_ref' || a === 'document_meta')) {
        const named = corpusCompact.includes(numbered[0].replace(/\s/g, ''));
        return {
          inScope: false,
          reason: named ? 'detail_not_in_text' : 'uncovered_topic',
          detail: numbered[0],
          knownShare: known,
        };
      }
      if (unquantified && !subjects.length && money && asks.includes('amount'))
        return { inScope: false, reason: 'detail_not_in_text', detail: unquantified, knownShare: known };
      const detail = asks.find((a) => DETAIL_ASKS.has(a));
      // "how much, and what decides it" is answered with the amount; "what decides it" alone is a detail not given.
      // "要多少营业收入才能拿20万" names the amount already: what decides it is what is asked.
      const pointAmount = written.length === 1 && !WRITTEN_RANGE.test(text);
      const alsoAmount = asks.includes('amount') && (detail === 'criteria' || detail === 'consequence') && money && !pointAmount;
      // 服务几年 违约咋办: the obligations are the text's; the consequence, said not to be in it, goes with them.
      // Only when the obligation itself is asked (服务几年), not named (服务期没满5年 要退钱吗 asks the consequence alone).
      const alsoObligations = asks.includes('obligations') && detail !== undefined && ASKS_HOW_LONG.test(text);
      if (
        detail &&
        !alsoAmount &&
        !alsoObligations &&
        !asks.slice(0, asks.indexOf(detail)).some((a) => a === 'document_meta' || a === 'department' || a === 'full_clause')
      ) {
        return { inScope: false, reason: 'detail_not_in_text', detail, knownShare: known };
      }
      // A regulation the document only announces (出台《…办法》): its contents are not here.
      if (
        /办法|实施细则|measures|regulations/.test(text) &&
        !refs.length &&
        !asks.includes('stacking') &&
        (asks.some((a) => a === 'full_clause' || a === 'definition' || a === 'conditions' || a === 'amount') ||
          /里面|内容|有哪些|都有啥|具体|待遇|哪里能看|在哪看|在哪里看|具体规定|what'?s in|contents|what does it say|what'?s actually in|say about|actual rules|the rules in|what does .{0,40} get\b|where can i (read|find|see)|where to (read|find)/.test(
            text,
          ))
      ) {
        return {
          inScope: false,
          reason: 'detail_not_in_text',
          detail: lang === 'zh' ? '该办法的具体内容' : 'the contents of that regulation',
          knownShare: known,
        };
      }
      // A term the document uses is answered with the sentences that use it (they say what it does, not what it means);
      // one it never uses is a definition the text does not give.
      if (asks[0] === 'definition' && !refs.length) {
        const term = (DEFINED.exec(text)?.[1] ?? '')
          // (A-F类 reaches here as "a f类": normalize turns a hyphen between letters into a space.)
          .replace(/([a-z]) ([a-z])(?=类|级)/g, '$1—$2')
          .replace(/["“”‘’'《》\s]/g, '')
          .replace(/^(请问|问下|这个|那个|所谓|文件里说的|文件里的?|文件中的?|文件说的|这里说的|这里的?|里面说的)/, '');
        const termEn = DEFINED_EN.exec(text)?.[1];
        // "what does 先进后出 mean": the Chinese term inside an English question.
        const termMixed = DEFINED_MIXED.exec(text)?.[1]?.replace(/["“”‘’'《》\s]/g, '') ?? '';
        // A到F类 is the text's A—F 类: ranges written with 到/至/-/— are one way of writing.
        const range = (t: string) => t.replace(/\s/g, '').replace(/([a-z0-9])(?:到|至|~|～|-|—|–)([a-z0-9])/g, '$1—$2');
        // 预引进补贴是啥: a term that names a recognised award is answered from that award's clause.
        const namesAward = term.length >= 2 && subjectHits.some((h) => term.includes(text.slice(h.start, h.end)));
        const used =
          namesAward ||
          (termMixed.length >= 2
            ? corpusPlain.includes(termMixed) || corpusRanges.includes(range(termMixed))
            : term.length >= 2
              ? [term, term.replace(/(人才|人员)$/, '')].some(
                  (t) => t.length >= 2 && (corpusPlain.includes(t) || corpusRanges.includes(range(t)) || terms.said.has(t)),
                )
              : termEn
                ? analysis.strong
                : subjects.length > 0 || codeUsed(text));
        if (!used) return { inScope: false, reason: 'detail_not_in_text', detail: 'definition', knownShare: known };
        return { inScope: true, knownShare: known };
      }
      // A conversation in progress: facts that continue it, or a short question about it, are in scope whatever their wording.
      // English says in 48 characters what Chinese says in 24 ("so over the 3-year term, total?").
      const short = text.trim().length <= (lang === 'en' ? 48 : 24);
      if (context.facts?.subjects?.length && (readings.length || ((money || asks.length > 0) && short)))
        return { inScope: true, knownShare: known };
      if (refs.length || inRules || asks.some((a) => a === 'document_meta' || a === 'stacking') || context.pending || refersBack)
        return { inScope: true, knownShare: known };
      if (known >= 0.4 || analysis.strong) return { inScope: true, knownShare: known };
      return { inScope: false, reason: 'uncovered_topic', knownShare: known };
    }
  }

  /**
   * Subject phrases with one character wrong (工作战 for 工作站, 众创空问 for 众创空间): tried only when no subject matched
   * exactly. A phrase of four or more characters matches a window of the same length that differs in one place.
   */
  function fuzzySubjects(text: string): Hit<{ t: 'subject'; subject: Subject }>[] {
    const found: Hit<{ t: 'subject'; subject: Subject }>[] = [];
    const halves = fuzzyHalves.scan(text);
    if (!halves.length) return found;
    const halfFound = new Uint8Array(fuzzy.length);
    for (const h of halves) halfFound[h.value] = 1;
    // An index loop, in the phrases' order: entries() made two arrays per phrase per message (5 KiB of an answer's allocation).
    for (let k = 0; k < fuzzy.length; k++) {
      if (!halfFound[k]) continue;
      const [phrase, subject] = fuzzy[k]!;
      for (let i = 0; i + phrase.length <= text.length; i++) {
        let diff = 0;
        for (let j = 0; j < phrase.length && diff < 2; j++) if (text.charCodeAt(i + j) !== phrase.charCodeAt(j)) diff++;
        // A window the vocabulary or the text already knows is a word of its own (院士工作站 is not 博士工作站).
        if (diff === 1 && !terms.said.has(text.slice(i, i + phrase.length)) && !corpusText.includes(text.slice(i, i + phrase.length))) {
          found.push({ start: i, end: i + phrase.length, value: { t: 'subject', subject } });
          return found;
        }
      }
    }
    return found;
  }

  /** A bare reply to a pending question: an option's label or value, or a plain yes / no. */
  function pendingReply(text: string, fact: FactName): string | boolean | undefined {
    const t = text.trim().replace(/[。.!！?？~～,，]+$/u, '');
    for (const o of FACT_QUESTIONS[fact].options) {
      if ([String(o.value), normalize(o.zh), normalize(o.en)].includes(t)) return o.value;
    }
    const boolean = FACT_QUESTIONS[fact].options.every((o) => typeof o.value === 'boolean');
    // "能不能/是不是/有没有" ask a question, they do not answer one.
    if (!boolean || t.length > 8 || /(\p{Script=Han})[不没]\1/u.test(t)) return undefined;
    if (NO.some((w) => t.startsWith(w))) return false;
    if (YES.some((w) => t.startsWith(w))) return true;
    return undefined;
  }

  return { understand };
}
