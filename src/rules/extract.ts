// Text → facts, deterministically: money intent, and the facts a user states in Chinese or English (phrases in the glossary).
import { FACT_CUES, MONEY_WORDS, NOT_ORIGIN, SUBJECT_CUES, SUBJECT_HINTS, YES_NO, type Cue } from '../search/glossary';
import { normalize } from '../search/tokenize';
import { FACT_QUESTIONS, Facts, Subject, type FactName } from './facts';

/** What one message says: the facts it states, and the subjects it narrows to when it names none exactly. */
export interface Extracted {
  facts: Facts;
  hints: Subject[];
}

const ASCII = /^[\x00-\x7f]+$/;

function pattern(phrase: string): RegExp | undefined {
  if (!ASCII.test(phrase)) return undefined;
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}(?=$|[^a-z0-9])`, 'g');
}

function has(text: string, phrase: string): boolean {
  const re = pattern(phrase);
  return re ? re.test(text) : text.includes(phrase);
}

function blank(text: string, phrase: string): string {
  const re = pattern(phrase);
  return re ? text.replace(re, (_m, lead: string) => `${lead}${' '.repeat(phrase.length)}`) : text.split(phrase).join(' '.repeat(phrase.length));
}

/** The values the cues find, in order; each matched phrase is blanked so a later, shorter cue cannot re-read it. */
function read(text: string, cues: readonly Cue[]): { values: string[]; rest: string } {
  let rest = text;
  const values: string[] = [];
  for (const cue of cues) {
    for (const phrase of cue.say.map((p) => normalize(p)).sort((a, b) => b.length - a.length)) {
      if (!has(rest, phrase)) continue;
      if (!values.includes(cue.value)) values.push(cue.value);
      rest = blank(rest, phrase);
    }
  }
  return { values, rest };
}

function clean(text: string, phrases: readonly string[]): string {
  return phrases.reduce((t, p) => blank(t, normalize(p)), text);
}

/** true when the message asks about money (补贴, 多少钱, how much, reimburse …). */
export function isMoneyQuestion(message: string): boolean {
  const t = normalize(message);
  return MONEY_WORDS.some((w) => has(t, normalize(w)));
}

/** Facts that only one kind of award uses: read only when the question is about it (入选 is not a recruiter's fact for an expert). */
const GATED: Partial<Record<FactName, Subject>> = { qualified: 'training_trip', degreeObtained: 'degree_study', selected: 'recruiter' };

function typed(fact: FactName, value: string): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return FACT_QUESTIONS[fact].options.some((o) => o.value === value) ? value : undefined;
}

/** A reply to the pending question in its own words: an option's value or label, or a bare yes / no. */
function pendingAnswer(text: string, fact: FactName): unknown {
  const t = text.trim().replace(/[。.!！?？~～,，]+$/u, '');
  for (const o of FACT_QUESTIONS[fact].options) {
    if ([String(o.value), normalize(o.zh), normalize(o.en)].includes(t)) return fact === 'subjects' ? [o.value] : o.value;
  }
  const boolean = FACT_QUESTIONS[fact].options.every((o) => typeof o.value === 'boolean');
  // Only a bare reply counts: "能不能/是不是/有没有" ask a question, they do not answer one.
  const bare = t.replace(/(\p{Script=Han})[不没]\1/gu, '');
  if (boolean && bare.length <= 8 && bare === t) {
    const { values } = read(t, YES_NO);
    if (values.length === 1) return values[0] === 'true';
  }
  return undefined;
}

/**
 * Reads the facts a message states. Ambiguous wording (两个学历、两个级别) leaves a fact unknown rather than guessing.
 * @example extractFacts('老家石嘴山，在西安读研，还没签预引进协议') // { facts: { subjects: ['student'], origin: true, degree: 'master', enrolled: true, agreementSigned: false }, hints: [] }
 */
export function extractFacts(message: string, context: { pending?: FactName; subjects?: Subject[] } = {}): Extracted {
  const text = normalize(message);
  const found: Record<string, unknown> = {};

  const subjects = read(text, SUBJECT_CUES);
  if (subjects.values.length) found['subjects'] = subjects.values;

  for (const [fact, cues] of Object.entries(FACT_CUES) as [FactName, readonly Cue[]][]) {
    let source = text;
    if (fact === 'degree') source = clean(text, ['博士后']);
    if (fact === 'origin') source = clean(text, NOT_ORIGIN);
    if (fact === 'qualified' || fact === 'enrolled') source = clean(source, ['毕业后']);
    const { values } = read(source, cues);
    const value = values.length === 1 && values[0] !== undefined ? typed(fact, values[0]) : undefined;
    if (value !== undefined) found[fact] = value;
  }

  const named = (found['subjects'] as Subject[] | undefined) ?? context.subjects ?? [];
  for (const [fact, subject] of Object.entries(GATED) as [FactName, Subject][]) {
    if (!named.includes(subject) && context.pending !== fact) delete found[fact];
  }
  if (context.pending && found[context.pending] === undefined) {
    const reply = pendingAnswer(text, context.pending);
    if (reply !== undefined) found[context.pending] = reply;
  }

  let hints: Subject[] = [];
  // Inferring a subject from person facts is for a first question; in a conversation the subject is already known.
  if (!found['subjects'] && !context.subjects?.length) {
    if (found['enrolled'] === true || found['agreementSigned'] !== undefined || found['doubleFirstClass'] !== undefined) {
      found['subjects'] = ['student'];
    } else {
      hints = [...new Set(SUBJECT_HINTS.filter((h) => h.say.some((p) => has(text, normalize(p)))).flatMap((h) => h.subjects))]
        .map((s) => Subject.parse(s));
      if (found['degree'] !== undefined || found['fullTime'] !== undefined) hints.push('student', 'degree_study');
      if (found['origin'] !== undefined) hints.push('student', 'returnee');
      hints = [...new Set(hints)];
    }
  }
  return { facts: Facts.parse(found), hints };
}

/** Earlier facts updated by later ones (时间从新 for what the user says, too); a newly named subject replaces the old. */
export function mergeFacts(earlier: Facts, later: Facts): Facts {
  const merged: Record<string, unknown> = { ...earlier };
  for (const [k, v] of Object.entries(later)) if (v !== undefined) merged[k] = v;
  return Facts.parse(merged);
}
