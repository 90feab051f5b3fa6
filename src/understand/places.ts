// Places a person names, from a gazetteer of China's divisions (places.json, written by `npm run places`), in the role
// the words around them give: where one is from, studies, works, or whose policy is asked about.
import * as z from '../contract/zod';
import placeData from './places.json';
import { Automaton, longestFirst } from './automaton';

export const Place = z.object({
  name: z.string().check(z.minLength(2)),
  full: z.string().check(z.minLength(2)),
  level: z.enum(['province', 'city', 'county', 'country']),
  // Empty for a county (nothing reads a county's province; places.json leaves it out).
  province: z.string(),
  city: z.optional(z.string()),
  en: z.array(z.string()),
});
export type Place = z.infer<typeof Place>;
/** places.json: one place a line, name|full|level|province|city|pinyin,pinyin (see src/build-places.ts). */
export const PlaceFile = z.object({ $comment: z.string(), places: z.string().check(z.minLength(1000)) });

const LEVELS = { p: 'province', c: 'city', x: 'county', w: 'country' } as const;

/**
 * The gazetteer's lines as places. Checked line by line against what `Place` requires (a zod parse per line cost a cold
 * isolate about 15 ms for 3,287 lines; the file is written by `npm run places`, and test/understand checks it with `Place`).
 * A plain loop, fields by index and one object literal per shape: a cold isolate runs this once, uncompiled, and the
 * destructuring defaults and the spread of an optional field cost it about 2 ms of the 6.
 */
function parsePlaces(text: string): Place[] {
  const lines = text.split('\n');
  const places: Place[] = new Array<Place>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = line.split('|');
    const name = f[0] ?? '';
    const full = f[1] ?? '';
    const level = f[2] ?? '';
    const expanded = full.startsWith('+') ? name + full.slice(1) : full || name;
    if (name.length < 2 || expanded.length < 2 || (level !== 'p' && level !== 'c' && level !== 'x' && level !== 'w'))
      throw new Error(`places.json line ${i + 1} is not a place: ${line}`);
    const province = f[3] ?? '';
    const city = f[4] ?? '';
    const en = f[5] ? f[5].split(',') : [];
    places[i] = city
      ? { name, full: expanded, level: LEVELS[level], province, city, en }
      : { name, full: expanded, level: LEVELS[level], province, en };
  }
  return places;
}

export const PlaceRole = z.enum(['origin', 'study', 'employer', 'business', 'policy', 'people', 'lived', 'other']);
export type PlaceRole = z.infer<typeof PlaceRole>;

/** A place named in a message: which one, whether it is the document's own city, and in what role. */
export const PlaceMention = z.object({
  name: z.string(),
  /** Inside the document's city (石嘴山, 大武口, 惠农, 平罗). */
  home: z.boolean(),
  /** The place contains the document's city (宁夏): neither home nor elsewhere. */
  within: z.boolean(),
  /** A country other than China (日本, Germany): abroad, where 国内 conditions fail. */
  abroad: z.optional(z.boolean()),
  role: PlaceRole,
  from: z.string(),
  start: z.int(),
});
export type PlaceMention = z.infer<typeof PlaceMention>;

let gazetteer: Place[] | undefined;

/** Every place of places.json, parsed on first use: a module that imports this one but reads no message pays nothing. */
export function loadGazetteer(): Place[] {
  gazetteer ??= parsePlaces(PlaceFile.parse(placeData).places);
  return gazetteer;
}

/** The document's own city: its name, districts and county, in Chinese and pinyin. */
export interface Home {
  name: string;
  districts: readonly string[];
  en: readonly string[];
}

// Words around a place that say its role. Checked on the few characters before and after the name.
const ORIGIN_BEFORE =
  /((老家|家乡|户口|户籍|籍贯|原籍|祖籍|生源地)(都|也|一直|还)?(其实|本来|原来|实际上)?(都|也|一直|还)?(是|在)?|家在|家是|出生在|生在|来自|from |grew up in |born in |born in |born and registered in |registered and born in |(hukou|household|i'?m|i am) (is )?registered in |native of |hometown is |hukou is in |hukou in |hometown in |family is in |raised in |from (?:a |the )?(?:small |little )?(?:[a-z']+ )?(?:county|city|town|village|place|province|region|district) in |(hukou|hometown|family)( is)?( actually| really)?( in)? |hukou: ?|(hometown|hukou)[^.;]{0,20} (both )?in |gaokao (was )?(in|from) |(did|took|sat|wrote) (my |the |our )?gaokao in |高考(是)?在)$/;
// "moving from Xi'an": where one lived, which says nothing of where one is from.
const MOVED_FROM = /\b(mov(e|ed|ing)|relocat(e|ed|ing)|transferr?(ed|ing)?) (back )?from $/;
// "Xi'an hukou for master's grads", 西安落户政策: the place's own hukou rules, not where one is from.
const HUKOU_POLICY_AFTER =
  /^( hukou (for|requirement|rules|polic|settle|transfer|registration)|(的)?(落户|户口)(政策|条件|要求|门槛|规定))/;
// 老婆是石嘴山的, my wife's hometown is Huinong: another person's place, not the asker's.
const SOMEONE_ELSE_BEFORE =
  /(老婆|妻子|爱人|丈夫|老公|媳妇|对象|父母|爸爸|妈妈|爸|妈|公婆|岳父|岳母|\b(?:my |his |her )?(?:wife|husband|spouse|parents|father|mother|dad|mom|in-laws)(?:'s)?)\s*(的)?(老家|户口|户籍|籍贯|hometown|hukou)?\s*(也)?(是|在|is|are|is in|are in|from)?\s*(?:from )?$/;
// 从西安回来, 从银川过来: where one lived or worked before.
const CAME_BACK = /^(回来|回到|回石|回家|回乡|过来|搬来|搬回|来到|来)/;
// 在银川开公司, start a company in Xi'an: where a business is founded.
const BUSINESS_AFTER = /^(开|办|创办|注册|成立|开了|办了)(了)?(个|家|一家)?(公司|企业|厂|店|门店|工厂)/;
const BUSINESS_BEFORE = /(company in |business in |firm in |shop in |factory in |it'?s registered in |registered it in |incorporated in )$/;
const ORIGIN_AFTER =
  /^(,? (?:my|our|his|her) home ?town| origin\b|(?:那边|那块|那里)(?:一个|的)?(?:县|村|镇|乡|地方)?的(?=[\s，,。；;]|$)|人(?![才社民力大事员口])|的(?=[\s，,。；;]|$)|籍|户口|户籍|生源|出生|长大|的人(?!才)|本地人|老乡|native|-born| born| hukou| native| guy| girl| person| man| woman| local| kid| boy| lad|(参加的?|考的)?高考| gaokao| (?:phd |master'?s |bachelor'?s |doctoral |undergrad )?(?:student|students|grad|grads|graduate|graduates|undergrad|undergrads)\b(?! (?:subsid|allowance|polic|bonus|grant|stipend|program|scheme|rules)))/;
const STUDY_BEFORE =
  /(在|去|到)$|(study in |studying in |studied in |university in |uni in |univ in |school in |college in |student in |phd in |master's in |masters in |degree in |studying at |(phd|master'?s|masters|bachelor'?s|undergrad|undergraduate|degree|student|studying|enrolled|major)( (?!subsid|allowance|polic|bonus|grant|program|scheme|stipend|reward)[a-z']+){0,3} (at|in) )$/;
const STUDY_AFTER =
  /^[^，。,.;；]{0,6}(读|上学|念书|上大学|读书|读研|读博|就读|大学(?!生)|学院|高校(?!毕业))|^ (univ|university|uni|college|normal university)\b/;
const EMPLOYER_AFTER =
  /^(市)?(的|那边的|那家|一家|本地)?(区属|市属|省属|县属)?(企业|公司|单位|厂|工厂|医院|学校|社会组织|组织|机构|国企|国有企业|央企| company| firm| employer| enterprise| business| organisation| organization| soe| state owned)/;
const EMPLOYER_BEFORE =
  /(公司在|企业在|单位在|工作在|签在|签的是|company in |firm in |employer in |work in |working in |worked in |lived in |living in |live in |moved to |stayed in |was in |job in |(firm|company|employer|organisation|organization|unit|soe)( [a-z']+){0,4} is (actually |really )?(based |located )?in )$/;
const POLICY_AFTER =
  /^(市|省|区|县)?(的|那边|那里|这边|那儿)?(人才|引进|对|给|有什么|有啥|有没有|有哪些)?(研究生|博士生?|硕士生?|本科生|大学生|毕业生|高校毕业生|技能大师|高企|高新技术企业|人才)?(的)?(政策|生活|创业|补贴|补助|标准|规定|办法|文件|待遇|奖励|奖补|津贴|资助|最新|出台|发的|给|怎么|多少|能不能)|^('s| policy| subsid| talent| rules| grant| allowance| reward| government| gives| give| pays| pay| offers| provides| city gives| city pays| have| has)/;
// subsidy in Lanzhou, the policy of Yinchuan: a place whose programme is asked about.
const POLICY_BEFORE = /(subsidy|subsidies|policy|policies|program|programme|scheme|allowance|bonus|grant|rules|reward) (in|of|from|for) $/;
// 西安的工程师, engineers from Lanzhou: people from elsewhere, not a place's policy.
const PEOPLE_AFTER =
  /^(市|省)?(的|来的|过来的)(工程师|专家|教授|博士|硕士|老乡|朋友|同学|人员|团队|技术人员|医生|老师)|^( engineers?| experts?| professors?| people| staff)/;

/**
 * Finds every place a message names and the role of each.
 * @example placesIn('我是吴忠人，在西安读研', home) // [{ name: '吴忠', role: 'origin', home: false }, { name: '西安', role: 'study', home: false }]
 */
export function compilePlaces(home: Home, commonWords: (word: string) => boolean = () => false): (text: string) => PlaceMention[] {
  const GAZETTEER = loadGazetteer();
  const homeNames = new Set([home.name, ...home.districts, ...home.en]);
  const homePlace = GAZETTEER.find((p) => p.name === home.name);
  const containing = new Set(
    GAZETTEER.filter((p) => p.level === 'province' && p.name === homePlace?.province).flatMap((p) => [p.name, ...p.en]),
  );
  const entries: [string, string][] = [];
  // Yulin is 榆林 (陕西) and 玉林 (广西): one spelling, several places; the province written beside it decides.
  const spelled = new Map<string, string[]>();
  for (const p of GAZETTEER) {
    entries.push([p.name, p.name]);
    if (p.full !== p.name) entries.push([p.full, p.name]);
    for (const e of p.en) {
      entries.push([e, p.name]);
      spelled.set(e, [...(spelled.get(e) ?? []), p.name]);
    }
  }
  const byName = new Map(GAZETTEER.map((p) => [p.name, p] as const));
  const provinceOf = (name: string): string | undefined => {
    const p = byName.get(name);
    if (!p) return undefined;
    if (p.level === 'province') return p.name;
    if (p.level === 'city') return p.province;
    return byName.get(p.city ?? '')?.province;
  };
  /** Whether place a contains place b (陕西 ⊃ 榆林 ⊃ 定边县). */
  const contains = (a: string, b: string): boolean => {
    const pa = byName.get(a);
    const pb = byName.get(b);
    if (!pa || !pb || a === b) return false;
    if (pa.level === 'province') return provinceOf(b) === a;
    return pa.level === 'city' && pb.level === 'county' && pb.city === a;
  };
  // 定边, 府谷: a county named without 县/区/旗. Such short names are often words (平安, 富裕, 安定), so one counts only
  // with a role around it (定边人, 府谷来的) or after the city or province it lies in (陕西定边, 榆林府谷).
  const names = new Set(GAZETTEER.map((p) => p.name));
  const shortOf = new Map<string, string>();
  for (const p of GAZETTEER) {
    const short = p.level === 'county' ? /^([\u3400-\u9fff]{2,})(县|区|旗|市)$/.exec(p.name)?.[1] : undefined;
    if (!short || names.has(short) || homeNames.has(short) || commonWords(short)) continue;
    // The same short name in two places is ambiguous: it names neither.
    shortOf.set(short, shortOf.has(short) ? '' : p.name);
  }
  for (const [short, name] of shortOf) if (name) entries.push([short, name]);
  for (const n of [home.name, ...home.districts]) entries.push([n, n]);
  for (const e of home.en) entries.push([e, e]);
  const automaton = new Automaton<string>(entries);
  const homeOf = new Map<string, boolean>();
  for (const p of GAZETTEER) homeOf.set(p.name, homeNames.has(p.name) || (p.city !== undefined && homeNames.has(p.city)));

  return (text) => {
    // "my agreement is with a company in Yinchuan": an employer one signs with, not a business one founds.
    const signing = /签|协议|agreement|sign|contract|deal|firm is|company is/.test(text);
    const hits = longestFirst(automaton.scan(text));
    const weak = (i: number) => {
      const h = hits[i]!;
      return text.slice(h.start, h.end) !== h.value && shortOf.has(text.slice(h.start, h.end));
    };
    const mentions = hits.map((h) => {
      const before = text.slice(Math.max(0, h.start - 40), h.start);
      const after = text.slice(h.end, h.end + 16).replace(/^ (?=[\u3400-\u9fff])/, '');
      const role: PlaceRole = HUKOU_POLICY_AFTER.test(after)
        ? 'policy'
        : SOMEONE_ELSE_BEFORE.test(before)
          ? 'people'
          : MOVED_FROM.test(before) || (/从$/.test(before) && CAME_BACK.test(after))
            ? 'lived'
            : ORIGIN_BEFORE.test(before) || ORIGIN_AFTER.test(after)
              ? 'origin'
              : BUSINESS_AFTER.test(after) || (BUSINESS_BEFORE.test(before) && !signing)
                ? 'business'
                : EMPLOYER_BEFORE.test(before) || EMPLOYER_AFTER.test(after)
                  ? 'employer'
                  : STUDY_AFTER.test(after) || (STUDY_BEFORE.test(before) && !POLICY_AFTER.test(after))
                    ? 'study'
                    : PEOPLE_AFTER.test(after)
                      ? 'people'
                      : POLICY_AFTER.test(after) || POLICY_BEFORE.test(before)
                        ? 'policy'
                        : 'other';
      const isHome = homeNames.has(h.value) || homeOf.get(h.value) === true;
      return {
        name: h.value,
        home: isHome,
        within: !isHome && containing.has(h.value),
        ...(byName.get(h.value)?.level === 'country' ? { abroad: true } : {}),
        role,
        from: text.slice(h.start, h.end),
        start: h.start,
      };
    });
    const adjacent = (i: number) => hits[i]!.end === hits[i + 1]!.start || /^[\s,，]*$/.test(text.slice(hits[i]!.end, hits[i + 1]!.start));
    // "Yulin, Shaanxi": a spelling shared by several places means the one inside the province written beside it.
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      const options = spelled.get(m.from);
      if (!options || options.length < 2) continue;
      const beside = [
        i > 0 && adjacent(i - 1) ? mentions[i - 1] : undefined,
        i + 1 < mentions.length && adjacent(i) ? mentions[i + 1] : undefined,
      ];
      const inside = options.find((o) => beside.some((b) => b && contains(b.name, o)));
      if (inside) {
        const isHome = homeNames.has(inside) || homeOf.get(inside) === true;
        Object.assign(m, { name: inside, home: isHome, within: !isHome && containing.has(inside) });
      }
    }
    // 陕西榆林人, 宁夏石嘴山: a province or city written just before a place inside it takes that place's role.
    // 户口石嘴山平罗县: the words before the outer place give the role when the inner one has none of its own.
    for (let i = mentions.length - 2; i >= 0; i--) {
      if (!adjacent(i) || !contains(mentions[i]!.name, mentions[i + 1]!.name)) continue;
      // 户口/老家 before the chain says whose place it is, whatever follows it (户口石嘴山平罗县 全日制读研).
      if (mentions[i + 1]!.role === 'other' || mentions[i]!.role === 'origin') mentions[i + 1]!.role = mentions[i]!.role;
      else mentions[i]!.role = mentions[i + 1]!.role;
    }
    // "Yulin, Shaanxi": a province written just after a place inside it takes that place's role too.
    // And the other way round ("Yulin, Guangxi native"): the place takes the role the words after the province give.
    for (let i = 1; i < mentions.length; i++) {
      if (!/^[\s,，]*$/.test(text.slice(hits[i - 1]!.end, hits[i]!.start))) continue;
      if (mentions[i]!.role === 'other') mentions[i]!.role = mentions[i - 1]!.role;
      else if (mentions[i - 1]!.role === 'other' && contains(mentions[i]!.name, mentions[i - 1]!.name))
        mentions[i - 1]!.role = mentions[i]!.role;
    }
    return mentions.filter((m, i) => {
      if (!weak(i)) return true;
      const prev = i > 0 && hits[i - 1]!.end === hits[i]!.start ? mentions[i - 1] : undefined;
      return (prev !== undefined && contains(prev.name, m.name)) || (m.role !== 'other' && m.role !== 'policy');
    });
  };
}
