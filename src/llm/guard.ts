// Nothing unverified reaches a user: the model's output must parse, cite retrieved clauses, quote them verbatim,
// and contain no number that the cited clauses or the rules evaluator did not produce.
import { parseJsonMarkdown } from '@langchain/core/output_parsers';
import { z } from 'zod';
import type { Citation } from '../answer/types';
import type { Corpus } from '../corpus/load';
import { looksLikeInstruction } from './injection';
import { normalize, verbatimSpan } from './normalize';
import { numbersIn, numberValues } from './numbers';

/** What the model must return (the prompts show it the same shape). */
export const LlmOutput = z.object({
  answer: z.string().trim().min(1, 'answer is empty'),
  citations: z
    .array(z.object({ id: z.union([z.string(), z.number()]).transform(String), quote: z.string().trim().min(1) }))
    .max(8, 'at most 8 citations'),
});
export type LlmOutput = z.infer<typeof LlmOutput>;

export interface GuardContext {
  corpus: Corpus;
  /** Ids of the clauses the model was given. */
  retrieved: ReadonlySet<string>;
  /** The user's message (an answer must not echo instructions smuggled into it). */
  question: string;
  /** Numbers the rules evaluator produced for this question; they may appear without a clause. */
  licensed?: ReadonlySet<number>;
  /** An answer must cite at least one clause (false only for a sentence explaining a rules result). */
  citationsRequired: boolean;
}

export type GuardCode = 'not_json' | 'schema' | 'unknown_clause' | 'unretrieved_clause' | 'quote' | 'uncited' | 'instruction' | 'number';

export type GuardResult =
  | { ok: true; answer: string; citations: Citation[] }
  | { ok: false; code: GuardCode; reason: string };

/** An answer that repeats this many characters of the question not found in its clauses is echoing the question. */
const ECHO_CHARS = 20;
const MIN_QUOTE_CHARS = 4;

function reject(code: GuardCode, reason: string): GuardResult {
  return { ok: false, code, reason };
}

/** A clause's text minus sentences that try to instruct the model: such sentences are never evidence. */
export function evidenceText(text: string): string {
  return text
    .split(/(?<=[。；！？\n])/)
    .filter((s) => !looksLikeInstruction(s))
    .join('');
}

/** The ids an answer mentions in its 【第12条】 marks. */
function mentionedClauseIds(answer: string): string[] {
  return [...answer.matchAll(/【第\s*(\d+)\s*条】/g)].map((m) => m[1] ?? '');
}

function echoesQuestion(answer: string, question: string, evidence: string): boolean {
  const a = normalize(answer).text;
  const q = normalize(question).text;
  const e = normalize(evidence).text;
  for (let i = 0; i + ECHO_CHARS <= q.length; i++) {
    const piece = q.slice(i, i + ECHO_CHARS);
    if (a.includes(piece) && !e.includes(piece)) return true;
  }
  return false;
}

/**
 * Checks raw model output; on success returns the answer and its citations with verbatim quotes.
 * @example guard('{"answer":"…【第12条】","citations":[{"id":"12","quote":"…"}]}', ctx) // → { ok: true, … }
 */
export function guard(raw: string, ctx: GuardContext): GuardResult {
  let json: unknown;
  try {
    json = parseJsonMarkdown(raw);
  } catch {
    json = undefined;
  }
  if (typeof json !== 'object' || json === null) return reject('not_json', 'the output is not a JSON object');
  const parsed = LlmOutput.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'output'}: ${i.message}`).join('; ');
    return reject('schema', `the output does not match {"answer": string, "citations": [{"id", "quote"}]} (${issues})`);
  }
  const { answer, citations: cited } = parsed.data;

  const citations: Citation[] = [];
  for (const c of cited) {
    const clause = ctx.corpus.byId.get(c.id);
    if (!clause) return reject('unknown_clause', `it cites clause "${c.id}", which does not exist`);
    if (!ctx.retrieved.has(c.id)) return reject('unretrieved_clause', `it cites clause "${c.id}", which was not among the clauses provided`);
    const span = normalize(c.quote).text.length >= MIN_QUOTE_CHARS ? verbatimSpan(evidenceText(clause.text), c.quote) : undefined;
    if (span === undefined) return reject('quote', `the quote "${c.quote.slice(0, 60)}" does not occur verbatim in clause ${c.id}`);
    if (!citations.some((x) => x.id === clause.id && x.quote === span)) citations.push({ id: clause.id, label: clause.label, quote: span });
  }
  if (ctx.citationsRequired && citations.length === 0) return reject('uncited', 'the answer makes claims but cites no clause');

  const citedIds = new Set(citations.map((c) => c.id));
  const stray = mentionedClauseIds(answer).find((id) => !citedIds.has(id));
  if (stray !== undefined) return reject('uncited', `the answer mentions clause ${stray} without citing it`);

  const evidence = [...citedIds].map((id) => evidenceText(ctx.corpus.byId.get(id)?.text ?? '')).join('\n');
  if (looksLikeInstruction(answer) || echoesQuestion(answer, ctx.question, evidence)) {
    return reject('instruction', 'the answer repeats an instruction from the question or a passage instead of answering from the clauses');
  }

  const allowed = new Set([...numberValues(evidence), ...(ctx.licensed ?? [])]);
  for (const id of citedIds) for (const v of numberValues(`${id} ${ctx.corpus.byId.get(id)?.label ?? ''}`)) allowed.add(v);
  const invented = numbersIn(answer).find((n) => !allowed.has(n.value));
  if (invented) return reject('number', `the number "${invented.text}" does not occur in the cited clauses`);

  return { ok: true, answer, citations };
}
