// Client money cards: an Amount from the rules as 万元 and 元, per, period, payer, who receives it (in words),
// and each condition as met ✓ / unknown ？ / not met ✗. Labels follow the language of the answer the card belongs to.
import type { Amount, Lang, Understood } from '../../../contract/answer';
import { el, t, type ElOpts } from './core';
import { DATA, type StrKey } from './data';
import { chip } from './dialog';

/** Rule codes (per, period, payer, recipient) as words, from the rules' own tables. */
function word(kind: keyof typeof DATA.WORDS, v: string | undefined, lang: Lang): string {
  if (v == null || v === '') return '';
  return DATA.WORDS[kind][v]?.[lang] ?? String(v);
}
export const factText = (f: string, lang: Lang): string => DATA.FACTS[f]?.[lang] ?? f;

const trimNum = (n: number) => String(Math.round(n * 100) / 100);
const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "2万元" / "2–5万元" and "20,000元"; in English "CNY 20,000" style with 万 explained. */
export function amountLines(a: Pick<Amount, 'min' | 'max' | 'ratio' | 'atLeast'>, lang: Lang): [string, string] {
  if (typeof a.ratio === 'number') {
    const pct = trimNum(a.ratio * 100) + '%';
    return [(a.atLeast ? t('atLeast', lang) + ' ' : '') + pct + ' ' + t('ofCost', lang), ''];
  }
  if (typeof a.min !== 'number') return ['', ''];
  const max = typeof a.max === 'number' ? a.max : a.min;
  if (lang === 'en') {
    const head = max === a.min ? `CNY ${group(a.min)}` : `CNY ${group(a.min)}–${group(max)}`;
    const wan = max === a.min ? `${trimNum(a.min / 10000)}万元` : `${trimNum(a.min / 10000)}–${trimNum(max / 10000)}万元`;
    return [head, wan];
  }
  if (max === a.min) return [trimNum(a.min / 10000) + '万元', group(a.min) + '元'];
  return [`${trimNum(a.min / 10000)}–${trimNum(max / 10000)}万元`, `${group(a.min)}–${group(max)}元`];
}
const isRange = (a: Amount) => typeof a.min === 'number' && typeof a.max === 'number' && a.max !== a.min;

/** Who receives the money, as a sentence a student or an enterprise understands. */
function recipientSentence(code: string, lang: Lang): string {
  const zh: Record<string, string> = {
    'pre-introducing-employer': '拨付给与您签约的预引进单位，用于您在校期间的学习生活（不是直接发给学生本人）',
    person: '发给您本人',
  };
  const en: Record<string, string> = {
    'pre-introducing-employer':
      'paid to the employer you signed the pre-introduction agreement with, for your living costs while you study (not to the student directly)',
    person: 'paid to you in person',
  };
  const w = word('recipient', code, lang);
  return (lang === 'en' ? en[code] : zh[code]) ?? (lang === 'en' ? `paid to ${w}` : `拨付给${w}`);
}

function listBlock(title: StrKey, items: string[] | undefined, lang: Lang): HTMLElement | null {
  const list = (items ?? []).filter(Boolean);
  if (!list.length) return null;
  return el('div', { cls: 'kv-list' }, [
    el('h4', { text: t(title, lang) }),
    el(
      'ul',
      {},
      list.map((s) => el('li', { text: s })),
    ),
  ]);
}

function row(key: StrKey, value: string | null | undefined, lang: Lang): HTMLElement | null {
  if (value == null || value === '') return null;
  return el('div', {}, [el('dt', { text: t(key, lang) }), el('dd', { text: value })]);
}

const MARKS = { met: ['✓', 'checkMet'], unknown: ['？', 'checkUnknown'], unmet: ['✗', 'checkUnmet'] } as const;

/** Conditions with their status when the evaluator gave one (a symbol and a word, never colour alone). */
function checksBlock(a: Amount, lang: Lang): HTMLElement | null {
  if (!a.checks?.length) return listBlock('conditions', a.conditions, lang);
  return el('div', { cls: 'kv-list' }, [
    el('h4', { text: t('conditions', lang) }),
    el(
      'ul',
      { cls: 'checks' },
      a.checks.map((c) => {
        const [sym, key] = MARKS[c.status] ?? MARKS.unknown;
        return el('li', { cls: 'check ' + c.status }, [
          el('span', { cls: 'check-mark', text: sym, attrs: { 'aria-hidden': 'true' } }),
          el('span', { cls: 'check-word', text: t(key, lang) }),
          el('span', { text: c.text }),
        ]);
      }),
    ),
  ]);
}

/** One money card; quotes are highlighted when its chip opens the clause. */
export function moneyCard(a: Amount, quotes: string[], lang: Lang, lead?: string[]): HTMLElement {
  const [big, small] = amountLines(a, lang);
  const status = a.eligible === true ? 'eligible' : a.eligible === false ? 'notEligible' : 'unknown';
  const period = word('period', a.period, lang) + (a.years ? ` · ${a.years} ${t('yearsUnit', lang)}` : '');
  const range = isRange(a);
  const label = a.label || a.clause;
  const opts: ElOpts = {
    cls: `money ${status}`,
    attrs: { 'aria-label': label, 'data-rule': a.ruleId, lang: lang === 'en' ? 'en' : 'zh-CN' },
  };
  return el('article', opts, [
    el('div', { cls: 'money-head' }, [el('h3', { text: label }), el('span', { cls: 'badge ' + status, text: t(status, lang) })]),
    big ? el('p', { cls: 'amount', text: big }) : null,
    small ? el('p', { cls: 'yuan', text: small }) : null,
    !big && a.effect ? el('p', { cls: 'effect', text: a.effect }) : null,
    a.recipient ? el('p', { cls: 'recipient', text: recipientSentence(a.recipient, lang) }) : null,
    range ? el('p', { cls: 'range-note small', text: t(a.eligible === null ? 'rangeNoteOpen' : 'rangeNote', lang) }) : null,
    a.interpretation ? el('p', { cls: 'interpretation small', text: `${t('interpretation', lang)}${a.interpretation}` }) : null,
    el('dl', { cls: 'kv' }, [
      row('per', word('per', a.per, lang), lang),
      row('period', period, lang),
      row('payer', word('payer', a.payer, lang), lang),
      /* who receives it is the sentence under the amount */
      range && a.eligible !== null && lead?.length ? row('decidedBy', lead.join('、'), lang) : null,
      row('excludedBy', a.excludedBy ? (/^\d+$/.test(a.excludedBy) ? `第${a.excludedBy}条` : a.excludedBy) : null, lang),
    ]),
    listBlock('whyNot', a.why, lang),
    listBlock(
      'calcMissing',
      (a.missing ?? []).map((f) => factText(f, lang)),
      lang,
    ),
    checksBlock(a, lang),
    listBlock('obligations', a.obligations, lang),
    a.overlap ? el('p', { cls: 'small overlap', text: a.overlap.note }) : null,
    a.clause
      ? el('p', { cls: 'chips' }, [
          chip(String(a.clause), /^\d+$/.test(String(a.clause)) ? `【第${a.clause}条】` : `【${a.clause}】`, label, quotes),
        ])
      : null,
  ]);
}

/** "我理解的情况：石嘴山籍（平罗）、在读硕士" — each fact a button that prefills a correction. */
export function understoodLine(items: Understood[], lang: Lang, correct: (u: Understood) => void): HTMLElement {
  const p = el('p', { cls: 'understood' }, [el('span', { cls: 'understood-title', text: t('understood', lang) })]);
  items.forEach((u, i) => {
    if (i) p.appendChild(document.createTextNode(lang === 'en' ? ', ' : '、'));
    p.appendChild(
      el('button', {
        cls: 'link fact',
        text: u.label,
        attrs: { type: 'button', title: t('correctHint', lang), 'aria-label': `${u.label}（${t('correctHint', lang)}）` },
        on: { click: () => correct(u) },
      }),
    );
  });
  return p;
}
