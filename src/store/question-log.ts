// The question log port: one row per answered question, with nothing that identifies who asked.
import type { Answer, AnswerSource, ChatRequest, Citation, Lang } from '../contract/answer';
import { maskPersonalData } from './pii';

export type Channel = NonNullable<ChatRequest['channel']>;

/** One answered question as staff see it in /admin. No session id, chat id, name or username. */
export interface LoggedQuestion {
  at: string;
  channel: Channel;
  question: string;
  answer: string;
  source: AnswerSource;
  lang: Lang;
  outOfScope: boolean;
  clauseIds: string[];
  ruleIds: string[];
  citations: Citation[];
}

export interface CountRow {
  id: string;
  count: number;
}

/** Where answered questions go: D1 on Workers, SQLite on Node, memory in tests. */
export interface QuestionLog {
  add(entry: LoggedQuestion): Promise<void>;
  /** Most recent first; `nothingFound` keeps only answers that cited nothing (where the document falls short). */
  recent(limit: number, filter?: { nothingFound?: boolean }): Promise<LoggedQuestion[]>;
  /** How often each clause was cited, or each rule gave an amount; most first. */
  counts(kind: 'clause' | 'rule', limit: number): Promise<CountRow[]>;
}

/** Deletes rows older than `before` (the retention window); returns how many went. */
export interface Retention {
  prune(before: Date): Promise<number>;
}

/**
 * The log row for one answer: clause ids from its citations, rule ids from its amounts.
 * @example logEntry({ message: '博士补贴多少' }, answer, 'telegram', new Date())
 */
export function logEntry(question: string, answer: Answer, channel: Channel, at: Date): LoggedQuestion {
  return {
    at: at.toISOString(),
    channel,
    // Phone, 身份证, e-mail and card numbers are masked before the row exists (pii.ts).
    question: maskPersonalData(question),
    answer: maskPersonalData(answer.answer),
    source: answer.source,
    lang: answer.lang,
    outOfScope: answer.outOfScope === true,
    clauseIds: [...new Set(answer.citations.map((c) => c.id))],
    ruleIds: [...new Set(answer.amounts.map((a) => a.ruleId))],
    citations: answer.citations,
  };
}

/** An answer that cited nothing: out of scope, or nothing retrieved. */
export function foundNothing(entry: LoggedQuestion): boolean {
  return entry.outOfScope || entry.citations.length === 0;
}

/** Tests and the CLI: keeps the last `capacity` rows in memory. */
export function memoryQuestionLog(capacity = 5000): QuestionLog & Retention & { entries: LoggedQuestion[] } {
  const entries: LoggedQuestion[] = [];
  return {
    entries,
    async add(entry) {
      entries.push(entry);
      if (entries.length > capacity) entries.splice(0, entries.length - capacity);
    },
    async recent(limit, filter = {}) {
      const rows = filter.nothingFound ? entries.filter(foundNothing) : entries;
      return rows.slice(-limit).reverse();
    },
    async counts(kind, limit) {
      const tally = new Map<string, number>();
      for (const e of entries) for (const id of kind === 'clause' ? e.clauseIds : e.ruleIds) tally.set(id, (tally.get(id) ?? 0) + 1);
      return [...tally]
        .map(([id, count]) => ({ id, count }))
        .sort((a, b) => b.count - a.count)
        .slice(0, limit);
    },
    async prune(before) {
      const keep = entries.filter((e) => e.at >= before.toISOString());
      const gone = entries.length - keep.length;
      entries.splice(0, entries.length, ...keep);
      return gone;
    },
  };
}
