// Client clause dialog: citation chips, GET /api/clauses/:id, quoted sentences highlighted with <mark>.
import type { Citation } from '../../../contract/answer';
import { $, doc, el, must, t, trusted } from './core';

/** The quotes an answer cites from one clause (highlighted together when its chip opens). */
export const quotesOf = (id: string, citations: Citation[]): string[] => citations.filter((c) => c.id === id).map((c) => c.quote);

interface ClauseJson {
  id: string;
  label: string;
  section?: string;
  lead?: string[];
  cooperate?: string[];
  text: string;
}

const clauseCache = new Map<string, Promise<ClauseJson>>();
let dialogOpener: HTMLElement | null = null;

/** Whitespace-insensitive search (the corpus keeps "每个 30 万元" spacing that quotes may not); [start, end) in text. */
function findQuote(text: string, quote: string): [number, number] | null {
  const map: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++)
    if (!/\s/.test(text[i]!)) {
      map.push(i);
      flat += text[i];
    }
  const q = quote.replace(/\s+/g, '');
  if (!q) return null;
  const at = flat.indexOf(q);
  if (at < 0) return null;
  return [map[at]!, map[at + q.length - 1]! + 1];
}

function fillHighlighted(node: HTMLElement, text: string, quotes: string[]): void {
  const ranges = quotes.map((q) => findQuote(text, q)).filter((r): r is [number, number] => r !== null);
  ranges.sort((a, b) => a[0] - b[0]);
  node.textContent = '';
  let pos = 0;
  for (const r of ranges) {
    if (r[0] < pos) continue;
    node.appendChild(doc.createTextNode(text.slice(pos, r[0])));
    node.appendChild(el('mark', { text: text.slice(r[0], r[1]) }));
    pos = r[1];
  }
  node.appendChild(doc.createTextNode(text.slice(pos)));
}

function loadClause(id: string): Promise<ClauseJson> {
  let p = clauseCache.get(id);
  if (!p) {
    p = fetch('/api/clauses/' + encodeURIComponent(id)).then((r) => {
      if (!r.ok) throw new Error('clause ' + r.status);
      return r.json().then((j) => trusted<ClauseJson>(j));
    });
    p.catch(() => clauseCache.delete(id));
    clauseCache.set(id, p);
  }
  return p;
}

async function openClause(id: string, quotes: string[], opener?: HTMLElement | null): Promise<void> {
  const d = must('clause-dialog', HTMLDialogElement);
  const text = must('clause-text');
  dialogOpener = opener ?? null;
  must('clause-title').textContent = '';
  for (const k of ['clause-section', 'clause-lead', 'clause-coop']) must(k).textContent = '';
  text.textContent = t('dialogLoading');
  if (!d.open) d.showModal();
  try {
    const c = await loadClause(id);
    must('clause-title').textContent = c.label;
    must('clause-section').textContent = c.section || '—';
    must('clause-lead').textContent = (c.lead ?? []).join('、') || '—';
    must('clause-coop').textContent = (c.cooperate ?? []).join('、') || '—';
    fillHighlighted(text, c.text, quotes);
    text.querySelector('mark')?.scrollIntoView({ block: 'center' });
    const share = $('clause-share');
    if (share) share.setAttribute('href', '/clause/' + encodeURIComponent(id));
  } catch {
    text.textContent = t('dialogError');
  }
}

export function initDialog(): void {
  const d = $('clause-dialog');
  if (!(d instanceof HTMLDialogElement)) return;
  must('clause-close').addEventListener('click', () => d.close());
  /* A tap on the backdrop lands on the <dialog> itself; taps inside land on its children. */
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  d.addEventListener('close', () => {
    if (dialogOpener?.isConnected) dialogOpener.focus();
    if (location.pathname.startsWith('/clause/')) history.replaceState(null, '', '/');
  });
  /* A shared link /clause/12 opens that clause over the chat. */
  const deep = /^\/clause\/([\w-]{1,12})$/.exec(location.pathname);
  if (deep?.[1]) void openClause(deep[1], []);
}

/** A chip such as 【第12条】 that opens its clause with the given quotes highlighted. */
export function chip(id: string, text: string, label: string, quotes: string[]): HTMLButtonElement {
  return el('button', {
    cls: 'chip',
    text,
    attrs: { type: 'button', 'data-clause': id, 'aria-haspopup': 'dialog', title: label, lang: 'zh-CN' },
    on: { click: (e) => e.currentTarget instanceof HTMLElement && void openClause(id, quotes, e.currentTarget) },
  });
}
