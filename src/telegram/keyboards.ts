// Inline keyboards: answer options, "查看原文" per cited clause, language and starter questions.
import { InlineKeyboard } from 'grammy';
import type { Answer, Clarify, Lang } from '../contract/answer';
import { shortLabel } from '../answer/cite';
import { encodeTap, type Tap } from './callback-data';
import { MESSAGES } from './messages';
import { PERSONAS, type Persona } from './starters';

/** Citation buttons stay few so the keyboard does not bury the answer. */
const MAX_CLAUSE_BUTTONS = 3;

/** A button for a tap, or nothing when its data cannot be encoded within 64 bytes. */
function button(kb: InlineKeyboard, text: string, tap: Tap): boolean {
  const data = encodeTap(tap);
  if (data) kb.text(text, data);
  return data !== undefined;
}

/** Options of a clarifying question: fact:value when it fits, else the option's position (resolved from the session). */
export function addClarifyButtons(kb: InlineKeyboard, clarify: Clarify, tapOf: (fact: string, value: string) => Tap): void {
  clarify.options.forEach((option, index) => {
    if (!button(kb, option.label, tapOf(clarify.fact, option.value))) button(kb, option.label, { kind: 'optionIndex', index });
    // Two options a row reads well on a phone; long labels get a row each.
    if (index % 2 === 1 || option.label.length > 12) kb.row();
  });
  kb.row();
}

/** The keyboard under an answer: its clarifying options, then one "查看原文" button per cited clause. */
export function answerKeyboard(answer: Pick<Answer, 'clarify' | 'citations'>, lang: Lang): InlineKeyboard | undefined {
  const kb = new InlineKeyboard();
  if (answer.clarify) addClarifyButtons(kb, answer.clarify, (fact, value) => ({ kind: 'option', fact, value }));
  const ids = [...new Set(answer.citations.map((c) => c.id))].slice(0, MAX_CLAUSE_BUTTONS);
  for (const id of ids) {
    const citation = answer.citations.find((c) => c.id === id);
    if (citation) button(kb, MESSAGES[lang].viewClause(shortLabel(citation)), { kind: 'clause', id });
  }
  return kb.inline_keyboard.some((row) => row.length > 0) ? kb : undefined;
}

export function langKeyboard(): InlineKeyboard {
  const kb = new InlineKeyboard();
  button(kb, '中文', { kind: 'lang', lang: 'zh' });
  button(kb, 'English', { kind: 'lang', lang: 'en' });
  return kb;
}

/** /start: one button per kind of user. */
export function personaKeyboard(lang: Lang): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const p of PERSONAS) {
    button(kb, p.label[lang], { kind: 'persona', persona: p.id });
    kb.row();
  }
  return kb;
}

/** The starter questions of one kind of user, one per row (tapping asks it). */
export function starterKeyboard(persona: Persona, lang: Lang): InlineKeyboard {
  const kb = new InlineKeyboard();
  persona.questions[lang].forEach((q, index) => {
    button(kb, q, { kind: 'starter', persona: persona.id, index });
    kb.row();
  });
  return kb;
}
