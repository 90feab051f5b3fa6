// The one answer object every channel renders (the POST /api/chat contract), and the request that asks for it.
import { z } from 'zod';

export const Lang = z.enum(['zh', 'en']);
export type Lang = z.infer<typeof Lang>;

/** A verbatim quote from one part of the document. */
export interface Citation {
  id: string;
  label: string;
  quote: string;
}

/** One monetary provision as the rules evaluator computed it (min/max in integer yuan, or a ratio of a cost). */
export interface Amount {
  ruleId: string;
  clause: string;
  label: string;
  min?: number;
  max?: number;
  ratio?: number;
  atLeast?: boolean;
  currency: 'CNY';
  per: string;
  period: string;
  years?: number;
  payer?: string;
  recipient: string;
  /** true eligible, false not eligible, null not yet known (facts missing). */
  eligible: boolean | null;
  conditions: string[];
  obligations: string[];
  /** Why not, in words, when eligible is false (a failed condition, or the closing rule). */
  why?: string[];
  /** Facts still needed when eligible is null. */
  missing?: string[];
  /** The rule kept instead of this one under 奖补不重复 (`final`). */
  excludedBy?: string;
  /** What a non-cash provision does (no min/max, no ratio): costs counted as profit or as production cost. */
  effect?: string;
}

/** The one question that settles the most, with the answers it allows. */
export interface Clarify {
  fact: string;
  question: string;
  options: { value: string; label: string }[];
}

export type AnswerSource = 'extractive' | 'rules' | 'llm';

export interface Answer {
  answer: string;
  citations: Citation[];
  amounts: Amount[];
  clarify?: Clarify;
  outOfScope?: boolean;
  source: AnswerSource;
  /** true when a configured model failed and the extractive answer was served instead. */
  degraded?: boolean;
  lang: Lang;
  /** The lead department(s) of the main clause, for follow-up. */
  lead?: string[];
  sessionId?: string;
}

export interface ChatRequest {
  message: string;
  sessionId?: string;
  lang?: Lang;
  /** Which channel asked, for the question log (default 'web'). */
  channel?: 'web' | 'telegram' | 'cli';
}
