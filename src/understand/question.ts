// The Question: one reading of one message (plus what the conversation had established), consumed by every engine.
import * as z from '../contract/zod';
import { Facts, FactName, Level, Subject } from '../rules/facts';
import { ASKS } from './language';
import { PlaceMention } from './places';

export const Ask = z.enum(ASKS);
export const ScopeReason = z.enum(['other_place', 'uncovered_topic', 'detail_not_in_text']);

/** One fact read from the words, with its polarity already applied, and the words it came from. */
export const FactReading = z.object({
  fact: FactName,
  value: z.union([z.string(), z.boolean()]),
  from: z.string(),
  /** A reading that is not literally in the text (2015年就建了 → not 新认定). */
  interpretation: z.optional(z.string()),
});
export type FactReading = z.infer<typeof FactReading>;

export const Question = z.object({
  text: z.string(),
  lang: z.enum(['zh', 'en']),
  /** What is asked, most specific first (document_meta before amount). */
  asks: z.array(Ask),
  /** Subjects (kinds of award) named exactly, and those the wording narrows to. */
  subjects: z.array(Subject),
  hints: z.array(Subject),
  places: z.array(PlaceMention),
  /** The level named beside each award when a message names several (国家级工程实验室和自治区级重点实验室). */
  levels: z.record(z.string(), Level),
  /** Each award named with its own level, in order; one award may come twice (国家级工程实验室和自治区级重点实验室). */
  awards: z.optional(z.array(z.object({ subject: Subject, level: z.optional(Level) }))),
  /** How many people, awards or trips a total is over (两个本科学历的同事, 3 undergrads, 两次选派), when the message says. */
  count: z.optional(z.int().check(z.gte(2))),
  /** How many years a yearly award is added over (3年聘期下来, 干满两年); 'term' for the whole term the text gives. */
  years: z.optional(z.union([z.int().check(z.gte(1)), z.literal('term')])),
  /** Several people's degrees in one message (一个博士一个硕士, 老大读博 老二读硕): each is evaluated and summed. */
  degrees: z.array(z.string()),
  /** How many people hold each of those degrees, where the message says (1个博士2个硕士). */
  degreeCounts: z.optional(z.record(z.string(), z.int().check(z.gte(1)))),
  /** The message refers back in so many words (也一样吗, those people): the last clause is meant, whatever else it names. */
  anaphora: z.optional(z.boolean()),
  /** Sums the message writes (学费一共4万 → 40000), in yuan: a figure of the person's own that a ratio applies to. */
  stated: z.optional(z.array(z.number())),
  /** Degrees of the other people the conversation spoke of before the current one, kept for a total asked later. */
  people: z.optional(z.array(z.string())),
  /** Facts this message states (corrections included), each with the words it came from. */
  readings: z.array(FactReading),
  /** The facts in the rules' shape: this message's, merged over the conversation's. */
  facts: Facts,
  /** Facts this message states, alone (what changes from the last turn). */
  said: Facts,
  /** Part ids named (第12条, clause 6), and whether "this clause / it" refers back to the last one. */
  clauseRefs: z.array(z.string()),
  refersBack: z.boolean(),
  /** The message corrects or continues the last turn (不对…, 说错了…, what about…). */
  correction: z.boolean(),
  followUp: z.boolean(),
  /** It asks about money (a benefit, a sum, a cost). */
  money: z.boolean(),
  /** Benefits named by the words before 补贴/补助/费… (见习补贴, 安家费). */
  benefits: z.array(z.string()),
  /** The message as search terms (the search engine's query). */
  terms: z.object({
    own: z.array(z.string()),
    expanded: z.array(z.string()),
    knownShare: z.number(),
    strong: z.boolean(),
    /** The document's own terms the message names (预引进, 服务期): what a follow-up turn is still about. */
    topic: z.array(z.string()),
    carried: z.optional(z.array(z.string())),
  }),
  /** Does the document answer what is asked? */
  scope: z.object({
    inScope: z.boolean(),
    reason: z.optional(ScopeReason),
    detail: z.optional(z.string()),
    askInstead: z.optional(z.string()),
    knownShare: z.number(),
  }),
});
export type Question = z.infer<typeof Question>;
export type Ask = z.infer<typeof Ask>;
