// CSV export of the question log and feedback: RFC 4180 quoting, a BOM so spreadsheet programs read the Chinese as UTF-8.
import type { FeedbackEntry } from '../store/feedback';
import type { LoggedQuestion } from '../store/question-log';

/** Quotes every cell; a cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with '. */
function cell(value: string | number | boolean): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

function csv(header: string[], rows: (string | number | boolean)[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function questionsCsv(rows: LoggedQuestion[]): string {
  return csv(
    ['at', 'channel', 'question', 'answer', 'source', 'lang', 'out_of_scope', 'clause_ids', 'rule_ids', 'quotes'],
    rows.map((q) => [
      q.at,
      q.channel,
      q.question,
      q.answer,
      q.source,
      q.lang,
      q.outOfScope,
      q.clauseIds.join(' '),
      q.ruleIds.join(' '),
      q.citations.map((c) => `【${c.label}】${c.quote}`).join('\n'),
    ]),
  );
}

export function feedbackCsv(rows: FeedbackEntry[]): string {
  return csv(
    ['at', 'rating', 'question', 'answer', 'comment', 'reason'],
    rows.map((f) => [f.at, f.rating, f.message, f.answer, f.comment ?? '', f.reason ?? '']),
  );
}
