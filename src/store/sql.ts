// Feedback and the question log over SQL, written once for D1 (Workers) and SQLite (Node): both speak SQLite and json_each.
import * as z from '../contract/zod';
import type { FeedbackEntry, FeedbackStore } from './feedback';
import type { CountRow, LoggedQuestion, QuestionLog, Retention } from './question-log';

import type { SqlDb } from '../contract/sql';

const Citation = z.object({ id: z.string(), label: z.string(), quote: z.string() });
const Ids = z.array(z.string());

/** A stored row read back through zod: the database is an edge like any other. */
const QuestionRow = z.object({
  at: z.string(),
  channel: z.enum(['web', 'telegram', 'cli']),
  question: z.string(),
  answer: z.string(),
  source: z.enum(['extractive', 'rules', 'llm']),
  lang: z.enum(['zh', 'en']),
  out_of_scope: z.coerce.number(),
  clause_ids: z.string(),
  rule_ids: z.string(),
  citations: z.string(),
});

const FeedbackRow = z.object({
  id: z.string(),
  at: z.string(),
  rating: z.enum(['up', 'down']),
  question: z.string(),
  answer: z.string(),
  comment: z.nullable(z.string()),
  answer_id: z.optional(z.nullable(z.string())),
  reason: z.optional(z.nullable(z.enum(['wrong', 'unanswered', 'unclear', 'other']))),
});

function json<T>(schema: z.ZodMiniType<T>, text: string, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

function toQuestion(raw: Record<string, unknown>): LoggedQuestion | undefined {
  const row = QuestionRow.safeParse(raw);
  if (!row.success) return undefined;
  const r = row.data;
  return {
    at: r.at,
    channel: r.channel,
    question: r.question,
    answer: r.answer,
    source: r.source,
    lang: r.lang,
    outOfScope: r.out_of_scope === 1,
    clauseIds: json(Ids, r.clause_ids, []),
    ruleIds: json(Ids, r.rule_ids, []),
    citations: json(z.array(Citation), r.citations, []),
  };
}

function toFeedback(raw: Record<string, unknown>): FeedbackEntry | undefined {
  const row = FeedbackRow.safeParse(raw);
  if (!row.success) return undefined;
  const { question, comment, answer_id: answerId, reason, ...rest } = row.data;
  return { ...rest, message: question, ...(comment ? { comment } : {}), ...(answerId ? { answerId } : {}), ...(reason ? { reason } : {}) };
}

const present = <T>(x: T | undefined): x is T => x !== undefined;

const QUESTION_COLUMNS = 'at, channel, question, answer, source, lang, out_of_scope, clause_ids, rule_ids, citations';

/** The question log in a migrated database (migrations/0001). */
export function sqlQuestionLog(db: SqlDb): QuestionLog & Retention {
  return {
    async add(e) {
      await db.run(`INSERT INTO questions (${QUESTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        e.at,
        e.channel,
        e.question,
        e.answer,
        e.source,
        e.lang,
        e.outOfScope ? 1 : 0,
        JSON.stringify(e.clauseIds),
        JSON.stringify(e.ruleIds),
        JSON.stringify(e.citations),
      ]);
    },
    async recent(limit, filter = {}) {
      const where = filter.nothingFound ? "WHERE out_of_scope = 1 OR citations = '[]'" : '';
      const rows = await db.all(`SELECT ${QUESTION_COLUMNS} FROM questions ${where} ORDER BY at DESC, id DESC LIMIT ?`, [limit]);
      return rows.map(toQuestion).filter(present);
    },
    async counts(kind, limit) {
      const column = kind === 'clause' ? 'clause_ids' : 'rule_ids';
      const rows = await db.all(
        `SELECT j.value AS id, COUNT(*) AS count FROM questions, json_each(questions.${column}) AS j GROUP BY j.value ORDER BY count DESC, id LIMIT ?`,
        [limit],
      );
      return rows.map((r): CountRow => ({ id: String(r.id), count: Number(r.count) }));
    },
    async prune(before) {
      return db.run('DELETE FROM questions WHERE at < ?', [before.toISOString()]);
    },
  };
}

/**
 * Ratings in a migrated database (migrations/0001, 0002). The web session id is not kept. A rating with the answer_id
 * of an earlier one updates that row: one vote per answer, changeable.
 */
export function sqlFeedbackStore(db: SqlDb): FeedbackStore & Retention {
  return {
    async add(e) {
      await db.run(
        `INSERT INTO feedback (id, at, rating, question, answer, comment, answer_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (answer_id) DO UPDATE SET at = excluded.at, rating = excluded.rating, comment = excluded.comment, reason = excluded.reason`,
        [e.id, e.at, e.rating, e.message, e.answer, e.comment ?? null, e.answerId ?? null, e.reason ?? null],
      );
    },
    async recent(limit) {
      const rows = await db.all(
        'SELECT id, at, rating, question, answer, comment, answer_id, reason FROM feedback ORDER BY at DESC, id DESC LIMIT ?',
        [limit],
      );
      return rows.map(toFeedback).filter(present);
    },
    async prune(before) {
      return db.run('DELETE FROM feedback WHERE at < ?', [before.toISOString()]);
    },
  };
}
