// Nothing unverified reaches a user: the model's output must parse, cite retrieved clauses, quote them verbatim,
// and contain no number that the cited clauses or the rules evaluator did not produce.
import { parseJsonMarkdown } from '@langchain/core/output_parsers';
import * as z from '../contract/zod';
import type { Citation } from '../contract/answer';
import type { Corpus } from '../corpus/load';
import { looksLikeInstruction } from './injection';
import { normalize, verbatimSpan } from './normalize';
import { scanNumbers, numberValues } from './numbers';

/** What the model must return (the prompts show it the same shape). */
const LlmOutput = z.object({
  answer: z.string().check(z.trim(), z.minLength(1, 'answer is empty')),
  citations: z
    .array(
      z.object({ id: z.pipe(z.union([z.string(), z.number()]), z.transform(String)), quote: z.string().check(z.trim(), z.minLength(1)) }),
    )
    .check(z.maxLength(8, 'at most 8 citations')),
});
type LlmOutput = z.infer<typeof LlmOutput>;

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
  /**
   * The rules evaluator's amounts (yuan). When set, every amount of money in the answer must be one of them, whatever
   * else the clauses mention: a sentence after a rules answer may not state a different amount.
   */
  amounts?: ReadonlySet<number>;
}

type GuardCode = 'not_json' | 'schema' | 'unknown_clause' | 'unretrieved_clause' | 'quote' | 'uncited' | 'instruction' | 'number' | 'link';

export type GuardResult = { ok: true; answer: string; citations: Citation[] } | { ok: false; code: GuardCode; reason: string };

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

/** Links, addresses and markup a model must never emit: the channels render text, and Telegram makes URLs clickable. */
const LINKS: [RegExp, string][] = [
  [/\b(?:https?|ftp|file|javascript|data|mailto|tg|weixin):/i, 'a URL'],
  [/\bwww\./i, 'a web address'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/, 'an e-mail address'],
  [
    /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|io|info|top|xyz|me|cc|co|app|dev|site|online|link|ly|ru|shop|vip|club|tk|biz|cloud|xin)\b/i,
    'a domain name',
  ],
  [/\b\d{1,3}(?:\.\d{1,3}){3}\b/, 'an IP address'],
  [/<\s*\/?\s*[a-z!][^>]*>/i, 'an HTML tag'],
  [/\[[^\]]*\]\s*\([^)]*\)/, 'a markdown link'],
  [/!\[|\]\s*\[[^\]]*\]|^\s*\[[^\]]+\]:/m, 'markdown link syntax'],
];

/** The first link or markup in a text, named, or undefined. */
function findLink(text: string): string | undefined {
  const t = text.normalize('NFKC');
  return LINKS.find(([re]) => re.test(t))?.[1];
}

/**
 * What every piece of answer text must satisfy, whole or one sentence at a time: no link or markup, no instruction,
 * only clause marks in `ids`, and no number (in any numeral system) that the clauses in `ids` or the rules did not
 * produce; with ctx.amounts, no amount of money other than the evaluator's.
 */
function checkText(answer: string, ctx: GuardContext, ids: ReadonlySet<string>): GuardResult | undefined {
  const link = findLink(answer);
  if (link) return reject('link', `the answer contains ${link}; answer in plain text without links or markup`);
  const stray = mentionedClauseIds(answer.normalize('NFKC')).find((id) => !ids.has(id));
  if (stray !== undefined) return reject('uncited', `the answer mentions clause ${stray} without citing it`);
  const evidence = [...ids].map((id) => evidenceText(ctx.corpus.byId.get(id)?.text ?? '')).join('\n');
  if (looksLikeInstruction(answer) || looksLikeInstruction(answer.normalize('NFKC')) || echoesQuestion(answer, ctx.question, evidence)) {
    return reject('instruction', 'the answer repeats an instruction from the question or a passage instead of answering from the clauses');
  }
  const scan = scanNumbers(answer);
  if (scan.unreadable.length)
    return reject('number', `"${scan.unreadable[0]}" looks like a number but cannot be read; write numbers as digits`);
  const allowed = new Set([...numberValues(evidence), ...(ctx.licensed ?? [])]);
  for (const id of ids) for (const v of numberValues(`${id} ${ctx.corpus.byId.get(id)?.label ?? ''}`)) allowed.add(v);
  const invented = scan.numbers.find((n) => !allowed.has(n.value));
  if (invented) return reject('number', `the number "${invented.text}" does not occur in the cited clauses`);
  const amounts = ctx.amounts;
  const other = amounts && scan.numbers.find((n) => n.money && !amounts.has(n.value));
  if (other) return reject('number', `the amount "${other.text}" differs from the amounts the rules computed`);
  return undefined;
}

/**
 * One sentence of an answer still being written, checked against every retrieved clause (citations come at the end
 * of the output, so a sentence may use any clause the model was given). Only sentences that pass are shown.
 * @example checkSentence('博士后科研工作站每个30万元【第11条】。', ctx) // → undefined (passes)
 */
export function checkSentence(sentence: string, ctx: GuardContext): Extract<GuardResult, { ok: false }> | undefined {
  const result = checkText(sentence, ctx, ctx.retrieved);
  return result && !result.ok ? result : undefined;
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
    if (!ctx.retrieved.has(c.id))
      return reject('unretrieved_clause', `it cites clause "${c.id}", which was not among the clauses provided`);
    const span = normalize(c.quote).text.length >= MIN_QUOTE_CHARS ? verbatimSpan(evidenceText(clause.text), c.quote) : undefined;
    if (span === undefined) return reject('quote', `the quote "${c.quote.slice(0, 60)}" does not occur verbatim in clause ${c.id}`);
    if (!citations.some((x) => x.id === clause.id && x.quote === span)) citations.push({ id: clause.id, label: clause.label, quote: span });
  }
  if (ctx.citationsRequired && citations.length === 0) return reject('uncited', 'the answer makes claims but cites no clause');

  const failed = checkText(answer, ctx, new Set(citations.map((c) => c.id)));
  if (failed) return failed;
  return { ok: true, answer, citations };
}
