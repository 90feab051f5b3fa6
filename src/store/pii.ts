// Personal data never reaches the question log, the ratings or the CSV: phone numbers, 身份证 numbers, e-mail
// addresses and bank card numbers are replaced by a label before anything is stored.
import type { FeedbackEntry, FeedbackStore } from './feedback';

/** ASCII and full-width digits (people type either on a phone keyboard). */
const D = '[0-9０-９]';
const NOT_D = '(?<![0-9０-９])';
const END = '(?![0-9０-９])';
const SEP = '[\\s\\-－]?';

const PATTERNS: [RegExp, string][] = [
  [/[\w.+\-]+[@＠][\w\-]+(?:[.．][\w\-]+)+/g, '[邮箱]'],
  // 18 characters: 17 digits and a check digit or X (15-digit first-generation cards fall under the card rule).
  [new RegExp(`${NOT_D}${D}{6}${SEP}${D}{8}${SEP}${D}{3}[0-9０-９XxＸｘ]${END}`, 'g'), '[身份证号]'],
  // 12–19 digits, alone or in groups of four: bank cards (and anything else that long: no amount is).
  [new RegExp(`${NOT_D}${D}{4}(?:${SEP}${D}{4}){2,3}(?:${SEP}${D}{1,3})?${END}|${NOT_D}${D}{12,19}${END}`, 'g'), '[卡号]'],
  // Mobile numbers (+86 optional, spaced 3-4-4 or not) and landlines with an area code (0951-1234567).
  [new RegExp(`(?:(?:\\+|＋)?(?:86|８６)${SEP})?${NOT_D}[1１][3-9３-９]${D}${SEP}${D}{4}${SEP}${D}{4}${END}`, 'g'), '[手机号]'],
  [new RegExp(`${NOT_D}[0０]${D}{2,3}${SEP}${D}{7,8}${END}`, 'g'), '[电话]'],
];

/**
 * The text with personal data replaced by labels.
 * @example maskPersonalData('我的手机13912345678') // → '我的手机[手机号]'
 */
export function maskPersonalData(text: string): string {
  let out = text;
  for (const [re, label] of PATTERNS) out = out.replace(re, label);
  return out;
}

/** A rating with every field a person typed masked (ids, stamps, the rating and the reason code are the server's). */
function maskEntry(entry: FeedbackEntry): FeedbackEntry {
  return {
    ...entry,
    message: maskPersonalData(entry.message),
    answer: maskPersonalData(entry.answer),
    ...(entry.comment !== undefined ? { comment: maskPersonalData(entry.comment) } : {}),
  };
}

/** Ratings are masked on the way in, whatever store holds them (memory, SQLite, D1). */
export function maskingFeedback(store: FeedbackStore): FeedbackStore {
  return { ...store, add: (entry) => store.add(maskEntry(entry)), recent: (limit) => store.recent(limit) };
}
