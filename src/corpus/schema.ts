// The shape of the policy corpus: documents, their parts (clauses) and sentence passages, as zod schemas.
import * as z from '../contract/zod';

/** Ids of the parts of one document: notice, g1, g2, "1"…"25", final (public contract). */
export const ClauseId = z.string().check(z.regex(/^(notice|g\d+|\d+|final)$/));

export const Clause = z.object({
  id: ClauseId,
  documentId: z.string().check(z.minLength(1)),
  /** Display label, e.g. 第12条 实施基础人才储备计划 */
  label: z.string().check(z.minLength(1)),
  /** Section path, e.g. 二、主要任务 › （三）加快人才引进聚集 */
  section: z.string(),
  title: z.string().check(z.minLength(1)),
  /** Full text, verbatim from the source (line breaks inside sentences removed). */
  text: z.string().check(z.minLength(1)),
  /** Departments named as 牵头负责. */
  lead: z.array(z.string()),
  /** Departments named as 配合. */
  cooperate: z.array(z.string()),
});
export type Clause = z.infer<typeof Clause>;

export const PolicyDocument = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: z.string().check(z.minLength(1)),
  docNumber: z.string().check(z.minLength(1)),
  issuers: z.array(z.string()).check(z.minLength(1)),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** The opening paragraph of the 实施意见 before 一、 (verbatim). */
  preamble: z.string(),
  clauses: z.array(Clause).check(z.minLength(1)),
});
export type PolicyDocument = z.infer<typeof PolicyDocument>;

/** A quotable span of one clause: one sentence, or one ；-separated half of a long one. */
export const Passage = z.object({
  id: z.string(),
  clauseId: ClauseId,
  documentId: z.string(),
  text: z.string().check(z.minLength(1)),
});
export type Passage = z.infer<typeof Passage>;
