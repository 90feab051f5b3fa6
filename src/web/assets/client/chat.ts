// Client chat: send and stream, render each Answer (chips, one money card per dialogue, clarify), keep the conversation
// in localStorage, feedback with a reason, share / copy / print, stop, character counter, contact for out-of-scope.
import type { Answer, Citation, Lang } from '../../../contract/answer';
import { doc, el, HttpProblem, htmlLangOf, must, newId, postJson, PROBLEM_KINDS, problemText, state, store, t } from './core';
import { DATA } from './data';
import { chip, quotesOf } from './dialog';
import { moneyCard, understoodLine } from './money';
import { askServer } from './stream';

const REASONS = ['wrong', 'unanswered', 'unclear', 'other'] as const;
type Reason = (typeof REASONS)[number];
interface Vote {
  rating: 'up' | 'down';
  reason?: Reason;
  comment?: string;
}
/** One question and what came back; the whole conversation is kept in localStorage under HISTORY_KEY. */
interface Turn {
  id: string;
  q: string;
  ans?: Answer;
  error?: string;
  vote?: Vote;
}
interface History {
  v: 1;
  sessionId: string;
  turns: Turn[];
}
const HISTORY_KEY = 'chat-history';
const MAX_TURNS = 50;
const MAX_CHARS = 2000;

function citationFor(marker: string, citations: Citation[]): Citation[] {
  return citations.filter((c) => {
    if (/^\d+$/.test(c.id)) return marker === `第${c.id}条`;
    if (c.id === 'notice') return marker === '印发通知' || marker === '通知';
    if (c.id === 'final') return marker === '结尾';
    return (c.label || '').split(/\s/)[0] === marker;
  });
}

/** Text with **bold** from a model shown as <strong>, never parsed as HTML; 【…】 markers that name a cited clause become chips. */
function inline(p: string, cites: Citation[]): HTMLParagraphElement {
  const para = el('p');
  const parts = p.split(/(\*\*[^*]{1,200}\*\*)/);
  for (const part of parts) {
    const bold = /^\*\*([^*]+)\*\*$/.exec(part);
    const target: HTMLElement = bold ? para.appendChild(el('strong')) : para;
    const text = bold ? bold[1]! : part;
    const re = /【([^】]{1,40})】/g;
    let pos = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const hit = citationFor(m[1]!, cites)[0];
      if (!hit) continue;
      target.appendChild(doc.createTextNode(text.slice(pos, m.index)));
      target.appendChild(chip(hit.id, m[0], hit.label, quotesOf(hit.id, cites)));
      pos = m.index + m[0].length;
    }
    target.appendChild(doc.createTextNode(text.slice(pos)));
  }
  return para;
}

/** The answer's paragraphs minus what the page shows elsewhere (option lines, card conditions, the clarify question) or already showed. */
function paragraphs(ans: Answer, seen: Set<string>): string[] {
  const buttons = Boolean(ans.clarify?.options.length);
  const cards = ans.amounts.length > 0;
  const question = ans.clarify?.question.trim();
  return String(ans.answer || '')
    .split(/\n+/)
    .map((p) => p.trim().replace(/^#{1,6}\s+/, ''))
    .filter(
      (p) =>
        p &&
        !(buttons && /^[·•-] /.test(p)) &&
        !(cards && /^(条件|义务)：|^(Conditions|Obligations): /.test(p)) &&
        !(question && p.includes(question)) &&
        !seen.has(p),
    );
}

const docName = (lang: Lang) =>
  lang === 'en'
    ? "Shizuishan's talent policy (石党办发〔2020〕32号)"
    : '《石嘴山市实施人才强市战略 推动转型发展高质量发展的实施意见》（石党办发〔2020〕32号）';

/** The answer once, then the clauses by name (quotes are in the answer already), then the document. */
function copyText(ans: Answer): string {
  const lang = ans.lang;
  const labels = [...new Set(ans.citations.map((c) => c.label))];
  return [
    String(ans.answer || '').trim(),
    labels.length ? `${t('sources', lang)}：${labels.join('；')}` : '',
    `${t('docSource', lang)}${docName(lang)}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    /* insecure context: fall back */
  }
  const ta = el('textarea', { text, cls: 'offscreen', attrs: { readonly: true, 'aria-hidden': 'true' } });
  doc.body.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

/** "国家级：10万元（100000元）" → "国家级": the words a person would type. */
const shortOption = (label: string): string => label.split(/[：:（(]/)[0]!.trim() || label;

/** A broad "what can we get" question: the calculator answers it better than a chat turn. */
const BROAD =
  /(哪些|什么|所有|全部|都有|能享受|可以享受).{0,8}(奖补|补贴|奖励|政策|支持|资助)|(奖补|补贴|政策).{0,4}(有哪些|都有什么)|\b(which|what) (awards|subsidies|support|benefits)\b.*\b(can|could|get|qualify)|everything .*(get|qualify)/i;

export function initChat(): void {
  const form = must('ask', HTMLFormElement);
  const q = must('q', HTMLTextAreaElement);
  const log = must('log', HTMLOListElement);
  const status = must('status');
  const starters = must('starters');
  const sendBtn = must('send', HTMLButtonElement);
  const counter = must('count');
  const main = must('main');
  const contactText = main.getAttribute('data-contact-text') ?? '';
  const contactPhone = main.getAttribute('data-contact-phone') ?? '';

  const saved = store.get<History>(HISTORY_KEY);
  const hist: History = saved && saved.v === 1 && Array.isArray(saved.turns) ? saved : { v: 1, sessionId: '', turns: [] };
  const save = () => store.set(HISTORY_KEY, { ...hist, turns: hist.turns.slice(-MAX_TURNS) });
  let persona: 'graduate' | 'enterprise' | 'staff' = 'graduate';
  let controller: AbortController | null = null;

  function renderStarters(): void {
    const list = must('starter-list');
    list.textContent = '';
    for (const s of DATA.STARTERS[state.lang][persona]) {
      list.appendChild(el('li', {}, [el('button', { cls: 'starter', text: s, attrs: { type: 'button' }, on: { click: () => send(s) } })]));
    }
  }
  doc.querySelectorAll<HTMLButtonElement>('.persona').forEach((b) =>
    b.addEventListener('click', () => {
      const chosen = b.getAttribute('data-persona');
      if (chosen === 'graduate' || chosen === 'enterprise' || chosen === 'staff') persona = chosen;
      doc.querySelectorAll('.persona').forEach((o) => o.setAttribute('aria-pressed', String(o === b)));
      renderStarters();
    }),
  );

  /* ---------- composer: grow, counter, Enter, stop ---------- */
  function grow(): void {
    q.style.height = 'auto';
    q.style.height = Math.min(q.scrollHeight, 200) + 'px';
    const n = q.value.length;
    counter.textContent = `${n}/${MAX_CHARS}`;
    counter.classList.toggle('near', n >= MAX_CHARS - 100);
    counter.setAttribute('aria-live', n >= MAX_CHARS - 100 ? 'polite' : 'off');
    if (n >= MAX_CHARS) counter.textContent = `${n}/${MAX_CHARS} ${t('atLimit')}`;
  }
  q.addEventListener('input', grow);
  q.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      // While an answer streams, Enter keeps the draft; only the 停止 button stops.
      if (!controller) form.requestSubmit();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (controller) controller.abort();
    else send(q.value);
  });
  function setBusy(on: boolean): void {
    sendBtn.textContent = t(on ? 'stop' : 'send');
    sendBtn.setAttribute('data-i18n', on ? 'stop' : 'send');
    sendBtn.classList.toggle('stopping', on);
    log.setAttribute('aria-busy', String(on));
    status.textContent = on ? t('thinking') : '';
  }

  /* ---------- new conversation (asks first) and deleting the record ---------- */
  const confirmDlg = must('confirm-new', HTMLDialogElement);
  function clearAll(): void {
    controller?.abort();
    // A new conversation sends no id: the server issues one with its first answer (ids it did not issue are replaced).
    hist.sessionId = '';
    hist.turns = [];
    store.del(HISTORY_KEY);
    log.textContent = '';
    status.textContent = '';
    starters.hidden = false;
    q.value = '';
    grow();
    q.focus();
  }
  must('new-chat').addEventListener('click', () => {
    if (!hist.turns.length) return clearAll();
    confirmDlg.showModal();
  });
  confirmDlg.addEventListener('close', () => {
    if (confirmDlg.returnValue === 'yes') clearAll();
  });
  must('delete-history').addEventListener('click', () => {
    clearAll();
    status.textContent = t('historyDeleted');
  });

  /* ---------- turns ---------- */
  const turnEls = new Map<string, { user: HTMLLIElement; bot: HTMLLIElement }>();

  function renderUser(turn: Turn): HTMLLIElement {
    return el('li', { cls: 'msg user', attrs: { lang: /[\u3400-\u9fff]/.test(turn.q) ? 'zh-CN' : 'en', 'data-turn': turn.id } }, [
      el('span', { cls: 'sr-only', text: t('you') + ': ' }),
      el('p', { text: turn.q }),
    ]);
  }

  /** Disables every clarify block but the newest turn's, and says why. */
  function supersede(exceptTurn?: string): void {
    log.querySelectorAll<HTMLElement>('.clarify:not(.superseded)').forEach((c) => {
      if (c.closest('[data-turn]')?.getAttribute('data-turn') === exceptTurn) return;
      c.classList.add('superseded');
      c.querySelectorAll('button').forEach((b) => (b.disabled = true));
      c.appendChild(el('p', { cls: 'small superseded-note', text: t('superseded') }));
    });
  }

  /** The newest question goes to the top of the free area, below the header and clear of the input bar. */
  function reveal(li: HTMLElement): void {
    li.scrollIntoView({ block: 'start' });
  }

  function inView(li: HTMLElement): boolean {
    const r = li.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= form.getBoundingClientRect().top;
  }

  function send(raw: string, shown?: string): void {
    const text = String(raw || '')
      .trim()
      .slice(0, MAX_CHARS);
    if (!text || controller) return;
    starters.hidden = true;
    const turn: Turn = { id: newId('t-'), q: shown ?? text };
    hist.turns.push(turn);
    save();
    supersede();
    const user = renderUser(turn);
    const bot = el('li', { cls: 'msg bot', attrs: { 'data-turn': turn.id, tabindex: -1 } });
    log.append(user, bot);
    turnEls.set(turn.id, { user, bot });
    q.value = '';
    grow();
    reveal(user);
    void run(turn, text);
  }

  async function run(turn: Turn, text: string): Promise<void> {
    const { user, bot } = turnEls.get(turn.id)!;
    bot.textContent = '';
    const body = el('div', { cls: 'body' }, [el('p', { cls: 'thinking', text: t('thinking') })]);
    bot.append(el('span', { cls: 'sr-only', text: t('assistant') + ': ' }), body);
    controller = new AbortController();
    setBusy(true);
    let streamed = '';
    const focusWasLost = () => doc.activeElement === doc.body || doc.activeElement === null;
    try {
      const ans = await askServer(
        { message: text, ...(hist.sessionId ? { sessionId: hist.sessionId } : {}) },
        (d) => {
          streamed += d;
          body.textContent = '';
          body.appendChild(el('p', { cls: 'streaming', text: streamed }));
        },
        controller.signal,
      );
      if (ans.sessionId) hist.sessionId = ans.sessionId;
      turn.ans = ans;
      delete turn.error;
      save();
      renderBot(turn, true);
      if (!inView(user)) reveal(user);
    } catch (e) {
      turn.error = e instanceof HttpProblem ? e.kind : 'server';
      renderProblem(bot, body, e, () => {
        reveal(user);
        void run(turn, text);
      });
    } finally {
      controller = null;
      setBusy(false);
      if (focusWasLost()) bot.focus({ preventScroll: true });
    }
  }

  function renderProblem(bot: HTMLElement, body: HTMLElement, e: unknown, retry: () => void): void {
    body.textContent = '';
    body.classList.add('problem');
    const kind = e instanceof HttpProblem ? e.kind : 'server';
    body.appendChild(el('p', { text: problemText(e), attrs: { role: kind === 'aborted' ? 'status' : 'alert' } }));
    if (kind !== 'client')
      body.appendChild(el('button', { cls: 'secondary', text: t('retry'), attrs: { type: 'button' }, on: { click: retry } }));
    bot.setAttribute('data-error', kind);
  }

  /** Renders one answered turn; a follow-up in a money dialogue updates the earlier card instead of repeating it. */
  function renderBot(turn: Turn, live: boolean): void {
    const els = turnEls.get(turn.id);
    const ans = turn.ans;
    if (!els || !ans) return;
    const { bot } = els;
    const lang: Lang = ans.lang === 'en' ? 'en' : 'zh';
    const cites = ans.citations ?? [];
    bot.setAttribute('lang', htmlLangOf(lang));
    bot.textContent = '';
    const body = el('div', { cls: 'body' });
    bot.append(el('span', { cls: 'sr-only', text: t('assistant') + ': ' }), body);

    /* The money dialogue: the previous answer about the same awards loses its card and repeated text. */
    const idx = hist.turns.indexOf(turn);
    const prev = idx > 0 ? hist.turns[idx - 1] : undefined;
    const rules = new Set(ans.amounts.map((a) => a.ruleId));
    const continues = Boolean(prev?.ans?.clarify && prev.ans.amounts.some((a) => rules.has(a.ruleId)));
    const seen = new Set<string>(
      continues && prev?.ans
        ? String(prev.ans.answer)
            .split(/\n+/)
            .map((p) => p.trim())
        : [],
    );
    if (continues && prev) {
      const pel = turnEls.get(prev.id)?.bot;
      pel?.querySelectorAll('article.money').forEach((card) => {
        if (!rules.has(card.getAttribute('data-rule') ?? '')) return;
        card.replaceWith(el('p', { cls: 'small moved', text: t('cardUpdated') }));
      });
    }

    if (ans.understood?.length)
      body.appendChild(
        understoodLine(ans.understood, lang, (u) => {
          q.value = lang === 'en' ? `Correction: not "${u.label}", but ` : `更正：不是“${u.label}”，而是`;
          grow();
          q.focus();
          q.setSelectionRange(q.value.length, q.value.length);
        }),
      );
    for (const p of paragraphs(ans, seen)) body.appendChild(inline(p, cites));
    if (ans.total) body.appendChild(el('p', { cls: 'total', text: totalText(ans.total, lang) }));
    for (const a of ans.amounts) body.appendChild(moneyCard(a, quotesOf(String(a.clause), cites), lang, ans.lead));
    if (ans.clarify?.options.length) body.appendChild(clarifyBlock(ans, turn));
    if (ans.outOfScope) body.appendChild(contactBlock(ans.scope?.askInstead));
    if (BROAD.test(turn.q) || ans.clarify?.fact === 'subjects') {
      body.appendChild(el('p', { cls: 'calc-offer' }, [el('a', { attrs: { href: '/calc' }, text: t('calcOffer') })]));
    }
    const ids = [...new Set(cites.map((c) => c.id))];
    if (ids.length && !continues) {
      body.appendChild(
        el('div', { cls: 'sources' }, [
          el('span', { cls: 'sources-title', text: t('sources') }),
          ...ids.map((id) => {
            const c = cites.find((x) => x.id === id)!;
            return chip(id, c.label, c.label, quotesOf(id, cites));
          }),
        ]),
      );
    }
    body.appendChild(actions(turn, ans));
    if (!live && idx < hist.turns.length - 1) supersede(hist.turns.at(-1)?.id);
  }

  function totalText(total: NonNullable<Answer['total']>, lang: Lang): string {
    const w = (n: number) => `${Math.round(n / 100) / 100}万元`;
    const sum = total.min === total.max ? w(total.min) : `${w(total.min)}–${w(total.max)}`;
    return `${t('total', lang)}${sum}`;
  }

  function contactBlock(askInstead?: string): HTMLElement {
    return el('div', { cls: 'contact' }, [
      askInstead ? el('p', { text: `${t('askInstead')}${askInstead}` }) : null,
      contactText || contactPhone
        ? el('p', {}, [
            `${t('contact')}${contactText}${contactText && contactPhone ? ' ' : ''}`,
            contactPhone ? el('a', { attrs: { href: 'tel:' + contactPhone.replace(/[^\d+]/g, '') }, text: contactPhone }) : null,
          ])
        : el('p', { text: t('contactDefault') }),
    ]);
  }

  function clarifyBlock(ans: Answer, turn: Turn): HTMLElement {
    const cl = ans.clarify!;
    const qid = 'cq-' + turn.id;
    const group = el('div', { cls: 'options', attrs: { role: 'group', 'aria-labelledby': qid } });
    for (const o of cl.options) {
      group.appendChild(
        el('button', {
          cls: 'option',
          text: o.label,
          attrs: { type: 'button', 'data-value': o.value },
          on: {
            click: (e) => {
              if (controller) return;
              if (e.currentTarget instanceof HTMLElement) e.currentTarget.setAttribute('aria-pressed', 'true');
              send(shortOption(o.label));
            },
          },
        }),
      );
    }
    return el('div', { cls: 'clarify' }, [el('p', { cls: 'clarify-q', text: cl.question, attrs: { id: qid } }), group]);
  }

  function actions(turn: Turn, ans: Answer): HTMLElement {
    const note = el('span', { cls: 'small note', attrs: { role: 'status' } });
    const mk = (rating: 'up' | 'down') =>
      el(
        'button',
        {
          cls: 'vote ' + rating,
          attrs: { type: 'button', 'aria-pressed': String(turn.vote?.rating === rating) },
        },
        [
          el('span', { text: rating === 'up' ? '👍' : '👎', attrs: { 'aria-hidden': 'true' } }),
          el('span', { text: t(rating === 'up' ? 'helpful' : 'notHelpful') }),
        ],
      );
    const up = mk('up');
    const down = mk('down');
    const wrap = el('div', { cls: 'actions' });
    const reasonBox = el('div', { cls: 'reason-slot' });
    function post(vote: Vote): void {
      turn.vote = vote;
      save();
      up.setAttribute('aria-pressed', String(vote.rating === 'up'));
      down.setAttribute('aria-pressed', String(vote.rating === 'down'));
      postJson('/api/feedback', {
        answerId: turn.id,
        ...(hist.sessionId ? { sessionId: hist.sessionId } : {}),
        message: turn.q.slice(0, MAX_CHARS),
        answer: String(ans.answer || '').slice(0, 8000),
        rating: vote.rating,
        ...(vote.reason ? { reason: vote.reason } : {}),
        ...(vote.comment ? { comment: vote.comment } : {}),
      })
        .then(() => (note.textContent = t('thanks')))
        .catch((e: unknown) => (note.textContent = problemText(e)));
    }
    up.addEventListener('click', () => {
      reasonBox.textContent = '';
      post({ rating: 'up' });
    });
    down.addEventListener('click', () => {
      post({ rating: 'down' });
      reasonBox.textContent = '';
      reasonBox.append(
        reasonForm(turn, (reason, comment) => post({ rating: 'down', reason, ...(comment ? { comment } : {}) })),
        contactBlock(ans.scope?.askInstead),
      );
    });
    const copy = el('button', { cls: 'link', text: t('copy'), attrs: { type: 'button' } });
    // copyToClipboard never rejects (it reports false), so the click handler only starts it.
    copy.addEventListener('click', () => {
      void copyToClipboard(copyText(ans)).then((ok) => (note.textContent = ok ? t('copied') : ''));
    });
    const share = el('button', { cls: 'link', text: t('share'), attrs: { type: 'button' } });
    share.addEventListener('click', () => {
      const url = `${location.origin}/?q=${encodeURIComponent(turn.q)}`;
      void copyToClipboard(url).then((ok) => (note.textContent = ok ? t('linkCopied') : url));
    });
    const print = el('button', { cls: 'link', text: t('print'), attrs: { type: 'button' } });
    print.addEventListener('click', () => {
      doc.querySelectorAll('.print-this').forEach((n) => n.classList.remove('print-this'));
      const els = turnEls.get(turn.id);
      els?.user.classList.add('print-this');
      els?.bot.classList.add('print-this');
      doc.body.classList.add('print-one');
      window.print();
      doc.body.classList.remove('print-one');
    });
    wrap.append(up, down, copy, share, print, note);
    return el('div', {}, [wrap, reasonBox]);
  }

  function reasonForm(turn: Turn, submit: (r: Reason, comment: string) => void): HTMLElement {
    const name = 'reason-' + turn.id;
    const fs = el('fieldset', { cls: 'reasons' }, [el('legend', { text: t('reasonTitle') })]);
    for (const r of REASONS) {
      const id = `${name}-${r}`;
      fs.appendChild(
        el('div', { cls: 'reason' }, [
          el('input', { attrs: { type: 'radio', name, id, value: r, checked: turn.vote?.reason === r } }),
          el('label', { attrs: { for: id }, text: t(`reason_${r}`) }),
        ]),
      );
    }
    const cid = `${name}-comment`;
    const comment = el('textarea', { attrs: { id: cid, rows: 2, maxlength: 1000 } });
    comment.value = turn.vote?.comment ?? '';
    const f = el('form', { cls: 'reason-form' }, [
      fs,
      el('label', { attrs: { for: cid }, cls: 'small', text: t('reasonComment') }),
      comment,
      el('button', { cls: 'secondary', text: t('reasonSend'), attrs: { type: 'submit' } }),
    ]);
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      const picked = f.querySelector<HTMLInputElement>('input[type=radio]:checked');
      submit(REASONS.find((r) => r === picked?.value) ?? 'other', comment.value.trim());
    });
    return f;
  }

  /** Everything on screen again from the record (first load, and after a language switch). */
  function renderAll(): void {
    log.textContent = '';
    turnEls.clear();
    for (const turn of hist.turns) {
      const user = renderUser(turn);
      const bot = el('li', { cls: 'msg bot', attrs: { 'data-turn': turn.id, tabindex: -1 } });
      log.append(user, bot);
      turnEls.set(turn.id, { user, bot });
      if (turn.ans) renderBot(turn, false);
      else {
        const body = el('div', { cls: 'body' });
        bot.appendChild(body);
        const kind = PROBLEM_KINDS.find((k) => k === turn.error) ?? 'dropped';
        renderProblem(bot, body, new HttpProblem(kind, 0), () => {
          reveal(user);
          void run(turn, turn.q);
        });
      }
    }
    supersede(hist.turns.at(-1)?.id);
    starters.hidden = hist.turns.length > 0;
  }

  doc.addEventListener('langchange', () => {
    renderStarters();
    if (!controller) renderAll();
    sendBtn.textContent = t(controller ? 'stop' : 'send');
    grow();
  });
  renderStarters();
  renderAll();
  grow();
  const last = log.lastElementChild?.previousElementSibling;
  if (last instanceof HTMLElement) reveal(last);

  /* A shared link /?q=… asks its question once. */
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    history.replaceState(null, '', location.pathname);
    send(asked);
  }
}
