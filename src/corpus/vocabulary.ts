// The language of one document as validated data: corpus/<id>/vocabulary.json (terms, synonyms, cues) and coverage.json
// (what it does not cover). A mistyped field or an unknown subject or fact fails the load, never silently.
import * as z from '../contract/zod';
import talentVocabulary from '../../corpus/shizuishan-talent-2020/vocabulary.json';
import talentCoverage from '../../corpus/shizuishan-talent-2020/coverage.json';

/** A way users say something and the document's words for it (appended to a search, never replacing the user's words). */
const GlossaryEntry = z.object({ say: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), means: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) });
type GlossaryEntry = z.infer<typeof GlossaryEntry>;

/** One reading of a fact or subject: the value it gives and the phrases that say it. */
const Cue = z.object({ value: z.string().check(z.minLength(1)), say: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) });
type Cue = z.infer<typeof Cue>;

const Vocabulary = z.strictObject({
    $comment: z.string(),
    /** The document's own city: a person from here is 石嘴山籍; a company here can sign a pre-introduction agreement. */
    home: z.object({ name: z.string().check(z.minLength(2)), districts: z.array(z.string().check(z.minLength(2))), en: z.array(z.string().check(z.minLength(2))) }),
    /** Terms of the document that bigrams alone would blur; the tokenizer also emits them whole. */
    terms: z.array(z.string().check(z.minLength(1))),
    synonyms: z.array(GlossaryEntry),
    english: z.array(GlossaryEntry),
    /** Words that say who is asking rather than what about (博士, 企业…); they weigh less in ranking. */
    subjectWords: z.array(z.string().check(z.minLength(1))),
    /** Phrases naming what an award is for, by the rules' subject codes, tried in this order. */
    subjectCues: z.array(Cue),
    /** Phrases that contain a subject cue but name something else (名师带徒 is not a 名师工作室). */
    subjectBlockers: z._default(z.array(z.string().check(z.minLength(2))), []),
    /** Awards for going somewhere (选派…到重点实验室进修): with one of them, an award named as where one goes is the place. */
    travelSubjects: z._default(z.array(z.string().check(z.minLength(1))), []),
    /** Phrases too vague for one subject (工作室 → 技能大师 or 三名). */
    subjectHints: z.array(
      z.object({
        say: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
        subjects: z.array(z.string().check(z.minLength(1))).check(z.minLength(2)),
        /** When the level stated picks one of them (特聘专家: 市 → city_expert, 自治区 → region_expert). */
        byLevel: z.optional(z.partialRecord(z.enum(['city', 'region', 'national']), z.string().check(z.minLength(1)))),
      }),
    ),
    /** Phrases for each fact the rules use, by fact name; within a fact, earlier cues win ties. */
    factCues: z.record(z.string(), z.array(Cue)),
  });
type Vocabulary = z.infer<typeof Vocabulary>;

const Coverage = z.strictObject({
    $comment: z.string(),
    /** Topics people ask beside this document (公积金, 见习补贴…), with the office to ask ('' when there is none). */
    uncovered: z.array(z.object({ say: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), ask: z.string() })),
  });
type Coverage = z.infer<typeof Coverage>;

export interface DocumentLanguage {
  vocabulary: Vocabulary;
  coverage: Coverage;
}

/** Validates one document's language files; `known` checks subject and fact names against the rules' own enums. */
export function buildLanguage(files: { vocabulary: unknown; coverage: unknown }, known?: { subjects: readonly string[]; facts: readonly string[] }): DocumentLanguage {
  const vocabulary = Vocabulary.parse(files.vocabulary);
  const coverage = Coverage.parse(files.coverage);
  if (known) {
    const subjects = new Set(known.subjects);
    const bad = [
      ...vocabulary.subjectCues.map((c) => c.value).filter((s) => !subjects.has(s)),
      ...vocabulary.subjectHints.flatMap((h) => h.subjects).filter((s) => !subjects.has(s)),
      ...Object.keys(vocabulary.factCues).filter((f) => !known.facts.includes(f)),
    ];
    if (bad.length) throw new Error(`vocabulary.json names unknown subjects or facts: ${bad.join(', ')}`);
  }
  return { vocabulary, coverage };
}

let cached: DocumentLanguage | undefined;

/** The bundled document's language (validated on first use, then cached for the isolate's life). */
export function loadLanguage(): DocumentLanguage {
  cached ??= buildLanguage({ vocabulary: talentVocabulary, coverage: talentCoverage });
  return cached;
}
