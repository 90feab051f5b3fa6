// The full text of one part of the document, as /clause and the "查看原文" button show it.
import type { Corpus } from '../corpus/load';
import type { Lang } from '../contract/answer';
import type { BotContext } from './context';
import { renderText } from './format';
import { MESSAGES } from './messages';
import { sendHtml } from './reply';

/**
 * Reads the id out of what users type after /clause: 12, 第12条, １２, notice, G1, final.
 * @example clauseIdOf('第12条') // → '12'
 */
export function clauseIdOf(arg: string): string {
  const text = arg.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const numbered = /^第?\s*(\d{1,2})\s*条?$/.exec(text);
  return numbered?.[1] ? String(Number(numbered[1])) : text.toLowerCase();
}

/** Header, verbatim text and departments of a clause, as plain text. */
function clauseMessage(corpus: Corpus, id: string, lang: Lang): string | undefined {
  const clause = corpus.byId.get(id);
  if (!clause) return undefined;
  const t = MESSAGES[lang];
  return [
    t.clauseHeader(clause.label, clause.section),
    clause.text,
    [clause.lead.length ? t.lead(clause.lead.join('、')) : '', clause.cooperate.length ? t.cooperate(clause.cooperate.join('、')) : '']
      .filter(Boolean)
      .join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Sends a clause, or says which ids exist. */
export async function sendClause(ctx: BotContext, corpus: Corpus, arg: string, lang: Lang): Promise<void> {
  const t = MESSAGES[lang];
  if (!arg.trim()) {
    const list = corpus.clauses.map((c) => `${c.id} — ${c.label}`).join('\n');
    return sendHtml(ctx, renderText(`${t.clauseUsage}\n${list}`));
  }
  const id = clauseIdOf(arg);
  const text = clauseMessage(corpus, id, lang);
  await sendHtml(ctx, renderText(text ?? t.clauseUnknown(arg.trim().slice(0, 40))));
}
