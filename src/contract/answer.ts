// The one answer object every channel renders (the POST /api/chat contract), and the request that asks for it.
import * as z from './zod';

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
  /** Each condition with whether the stated facts meet it (met), leave it open (unknown) or fail it (unmet). */
  checks?: { text: string; status: 'met' | 'unknown' | 'unmet' }[];
  /** Another award this one may overlap with: both stay as the text gives them; the closing rule (`final`) decides. */
  overlap?: { rule: 'final'; with: string[]; note: string };
  /** A reading that is not literally in the text (a default level, what counts as 新认定), shown as such. */
  interpretation?: string;
  /** Who receives it and for what, in words, only where the quoted text says so (拨付预引进单位，主要用于…). */
  recipientNote?: string;
}

/** Why the document does not answer what was asked (outOfScope: true). */
export interface Scope {
  reason: 'other_place' | 'uncovered_topic' | 'detail_not_in_text';
  /** What was asked that the text does not give (中卫, 见习补贴, 什么时候发). */
  detail?: string;
  /** Whom to ask instead (an office, or the lead department of the nearest clause). */
  askInstead?: string;
}

/** The sum of several eligible awards when a total was asked for (一共/加起来); ranges sum to a range. */
interface Total {
  min: number;
  max: number;
  ruleIds: string[];
}

/** One fact the reading took from the message, for "我理解的情况" (the user can correct it). */
export interface Understood {
  fact: string;
  value: string | boolean;
  /** The fact in words: 石嘴山籍（平罗）, 在读硕士. */
  label: string;
  /** The user's words it came from. */
  from: string;
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
  /** Present with outOfScope: what the document does not answer, and whom to ask. */
  scope?: Scope;
  /** Present when a total over several awards was asked for. */
  total?: Total;
  /** The facts read from this conversation, in words (web card, WeChat, MCP). */
  understood?: Understood[];
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
  channel?: 'web' | 'telegram' | 'cli' | 'wechat' | 'wecom' | 'openai' | 'mcp';
}
