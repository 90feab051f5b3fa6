// `npm run places`: writes src/understand/places.json, the gazetteer, from china-area-data (GB/T 2260 divisions) with
// pinyin from pinyin-pro, and the world's countries (ISO 3166) in Chinese and English from i18n-iso-countries. All three
// are devDependencies: the product ships only the trimmed names this writes.
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import areas from 'china-area-data/v5/data.json';
import zhCountries from 'i18n-iso-countries/langs/zh.json';
import enCountries from 'i18n-iso-countries/langs/en.json';
import type { Place } from './understand/places';

const tree = areas as Record<string, Record<string, string>>;

/** 吴忠市 → 吴忠, 内蒙古自治区 → 内蒙古, 平罗县 → 平罗: the name people say. */
function base(full: string): string {
  return full
    .replace(
      /(维吾尔|回族|壮族|藏族|蒙古族|朝鲜族|土家族|苗族|彝族|哈尼族|傣族|白族|羌族|布依族|侗族|黎族|傈僳族|各族)*自治(区|州|县|旗)$/u,
      '',
    )
    .replace(/(特别行政区|省|市|地区|盟|县|区|旗|林区)$/u, '');
}

/** Pinyin without tones or spaces, as people type city names in English: 西安 → xian, 吴忠 → wuzhong. */
function roman(name: string): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array' });
  const joined = syllables.join('');
  const apostrophe = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return [...new Set([joined, apostrophe])];
}

// English names that pinyin does not give.
const ENGLISH: Record<string, string[]> = {
  陕西: ['shaanxi'],
  内蒙古: ['inner mongolia'],
  西藏: ['tibet'],
  香港: ['hong kong'],
  澳门: ['macau', 'macao'],
  台湾: ['taiwan'],
  北京: ['peking'],
  广州: ['canton'],
};
// Generic district names that name no one place.
const GENERIC = new Set(['市辖区', '城区', '郊区', '矿区', '新区', '市区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const places: Place[] = [];
for (const [provinceCode, provinceName] of Object.entries(tree['86'] ?? {})) {
  const province = base(provinceName);
  places.push({ name: province, full: provinceName, level: 'province', province, en: [...roman(province), ...(ENGLISH[province] ?? [])] });
  for (const [cityCode, cityName] of Object.entries(tree[provinceCode] ?? {})) {
    // 石河子, 仙桃: cities governed straight from the province or region sit under a generic heading; they are cities.
    if (/直辖县级行政区划$/.test(cityName)) {
      // A two-character short name (东方 in 中色东方, 天门, 万宁) is often a word: those are known by their full name.
      for (const name of Object.values(tree[cityCode] ?? {})) {
        const city = base(name);
        const said = city.length >= 3 ? city : name;
        if (said.length >= 3) places.push({ name: said, full: name, level: 'city', province, en: city.length >= 3 ? roman(city) : [] });
      }
      continue;
    }
    if (GENERIC.has(cityName)) continue;
    const city = base(cityName);
    const municipality = cityName === provinceName;
    if (!municipality && city.length >= 2)
      places.push({ name: city, full: cityName, level: 'city', province, en: [...roman(city), ...(ENGLISH[city] ?? [])] });
    for (const countyName of Object.values(tree[cityCode] ?? {})) {
      if (GENERIC.has(countyName) || countyName.length < 3) continue;
      const county = base(countyName);
      places.push({ name: county.length >= 3 ? county : countyName, full: countyName, level: 'county', province, city, en: [] });
    }
  }
}
// Countries other than China (去日本培训, training in Germany): 香港, 澳门 and 台湾 are already divisions above. English
// names of three letters or fewer are left out but USA and UK ("us" is a pronoun); so are official forms with a comma
// or of more than 24 characters, and any past the first two.
const CHINA = new Set(['CN', 'HK', 'MO', 'TW']);
const zhNames = zhCountries.countries as Record<string, string | string[]>;
const enNames = enCountries.countries as Record<string, string | string[]>;
const taken = new Set(places.map((p) => p.name));
for (const [code, zh] of Object.entries(zhNames)) {
  const name = [zh].flat()[0] ?? '';
  if (CHINA.has(code) || name.length < 2 || taken.has(name)) continue;
  const en = [enNames[code] ?? []]
    .flat()
    .map((e) => e.toLowerCase())
    .filter((e) => !e.includes(',') && e.length <= 24 && (e.length > 3 || e === 'usa' || e === 'uk'))
    // The names people write (Germany, South Korea): official long forms stay out of the Worker's bundle.
    .slice(0, 2);
  places.push({ name, full: name, level: 'country', province: '', en });
}
// One line per place, fields joined by | (a tenth of the size of objects in JSON): name|full|level|province|city|en,en
const LEVEL = { province: 'p', city: 'c', county: 'x', country: 'w' } as const;
// A full name that only adds a suffix to the name (吴忠市) is stored as +suffix; a county keeps its city (home counties are
// found through it) but not its province, which nothing reads.
const fullOf = (p: Place) => (p.full === p.name ? '' : p.full.startsWith(p.name) ? `+${p.full.slice(p.name.length)}` : p.full);
const lines = places.map((p) =>
  [p.name, fullOf(p), LEVEL[p.level], p.level === 'county' ? '' : p.province, p.city ?? '', p.en.join(',')].join('|'),
);
const file = {
  $comment:
    'Generated by `npm run places` from china-area-data (GB/T 2260), pinyin-pro and i18n-iso-countries; do not edit. One place a line: name|full (+suffix: name plus it)|level (p province, c city, x county, w a country other than China)|province|city|pinyin or English names',
  places: lines.join('\n'),
};
writeFileSync(new URL('./understand/places.json', import.meta.url), `${JSON.stringify(file)}\n`);
console.log(`wrote ${places.length} places`);
