// Client calculator: several subjects at once → only the questions that matter for them, most decisive first →
// POST /api/benefits → 可以享受 / 还需确认（缺哪一项）/ 不符合（为什么）, with print and a text export.
import type { Amount, Citation, Clarify, Lang } from '../../../contract/answer';
import { optionValue } from '../../../contract/option-value';
import { $, doc, el, must, postJson, problemText, state, t, trusted } from './core';
import type { StrKey } from './data';
import { quotesOf } from './dialog';
import { amountLines, factText, moneyCard } from './money';

interface Benefits {
  eligible: Amount[];
  ineligible: Amount[];
  unknown: Amount[];
  questions: Clarify[];
  citations: Citation[];
}
type Facts = Record<string, string | boolean | string[]>;

function factsOf(form: HTMLFormElement): Facts {
  const facts: Facts = {};
  const subjects = [...form.querySelectorAll<HTMLInputElement>('input[name=subjects]:checked')].map((c) => c.value);
  if (subjects.length) facts['subjects'] = subjects;
  form.querySelectorAll<HTMLSelectElement>('.field:not([hidden]) select').forEach((s) => {
    if (!s.value) return;
    facts[s.name] = optionValue(s.value);
  });
  return facts;
}

export function initCalc(): void {
  const form = must('calc-form', HTMLFormElement);
  const out = must('calc-results');
  const status = must('calc-status');
  const fieldsBox = must('calc-questions');
  const hint = must('calc-hint');
  /* rules that concern the chosen subjects: what a subjects-only profile does not rule out */
  const relevantBySubjects = new Map<string, Set<string>>();
  let last: { data: Benefits; lang: Lang } | null = null;

  const subjectKey = () =>
    [...form.querySelectorAll<HTMLInputElement>('input[name=subjects]:checked')]
      .map((c) => c.value)
      .sort()
      .join(',');

  async function ask(facts: Facts, lang: Lang): Promise<Benefits> {
    const res = await postJson('/api/benefits', { ...facts, lang });
    return trusted<Benefits>(await res.json());
  }

  /** Shows the questions that matter for the chosen subjects, in the server's order (the one that settles most first). */
  function showQuestions(questions: Clarify[]): void {
    const wanted = questions.map((x) => x.fact);
    const fields = [...fieldsBox.querySelectorAll<HTMLElement>('.field[data-fact]')];
    for (const f of fields) {
      const fact = f.getAttribute('data-fact') ?? '';
      const answered = (f.querySelector('select')?.value ?? '') !== '';
      f.hidden = !(wanted.includes(fact) || (answered && !f.hidden));
    }
    for (const fact of wanted) {
      const f = fieldsBox.querySelector(`.field[data-fact="${fact}"]`);
      if (f) fieldsBox.appendChild(f);
    }
    const any = fields.some((f) => !f.hidden);
    fieldsBox.hidden = !any;
    hint.hidden = subjectKey() !== '';
  }

  async function relevantRules(lang: Lang): Promise<Set<string> | null> {
    const key = subjectKey();
    if (!key) return null;
    let set = relevantBySubjects.get(key);
    if (!set) {
      const d = await ask({ subjects: key.split(',') }, lang);
      set = new Set([...d.eligible, ...d.unknown].map((a) => a.ruleId));
      relevantBySubjects.set(key, set);
    }
    return set;
  }

  async function update(render: boolean): Promise<void> {
    const lang = state.lang;
    status.textContent = t('thinking');
    try {
      const facts = factsOf(form);
      const data = await ask(facts, lang);
      const rel = await relevantRules(lang);
      if (rel) data.ineligible = data.ineligible.filter((a) => rel.has(a.ruleId));
      showQuestions(data.questions);
      status.textContent = '';
      if (render) {
        last = { data, lang };
        renderResults(data, lang);
      }
    } catch (err) {
      status.textContent = problemText(err);
    }
  }

  function renderResults(data: Benefits, lang: Lang): void {
    out.textContent = '';
    const cites = data.citations ?? [];
    const section = (key: StrKey, items: Amount[], cls: string) =>
      el('section', { cls: 'result-group ' + cls, attrs: { 'aria-labelledby': 'h-' + cls } }, [
        el('h2', { text: `${t(key, lang)}（${items.length}）`, attrs: { id: 'h-' + cls } }),
        items.length
          ? el(
              'div',
              { cls: 'cards' },
              items.map((a) => moneyCard(a, quotesOf(String(a.clause), cites), lang)),
            )
          : el('p', { cls: 'small', text: t('calcNone', lang) }),
      ]);
    if (!subjectKey()) {
      out.appendChild(el('p', { cls: 'notice', text: t('calcPickFirst', lang) }));
      return;
    }
    out.append(
      section('calcEligible', data.eligible, 'yes'),
      section('calcUnknown', data.unknown, 'unk'),
      section('calcIneligible', data.ineligible, 'no'),
    );
    const tools = el('div', { cls: 'actions no-print' }, [
      el('button', { cls: 'secondary', text: t('print', lang), attrs: { type: 'button' }, on: { click: () => window.print() } }),
      el('button', {
        cls: 'secondary',
        text: t('export', lang),
        attrs: { type: 'button', id: 'calc-export' },
        on: { click: () => exportText(data, lang) },
      }),
    ]);
    out.appendChild(tools);
    out.querySelector('h2')?.scrollIntoView({ block: 'start' });
  }

  function exportText(data: Benefits, lang: Lang): void {
    const line = (a: Amount) => {
      const [big] = amountLines(a, lang);
      const extra =
        a.eligible === false
          ? (a.why ?? []).join('；')
          : a.eligible === null
            ? (a.missing ?? []).map((f) => factText(f, lang)).join('；')
            : '';
      return `- ${a.label}：${big || a.effect || ''}【第${a.clause}条】${extra ? '（' + extra + '）' : ''}`;
    };
    const parts = [
      t('calcTitle', lang),
      `${t('calcEligible', lang)}：`,
      ...data.eligible.map(line),
      `${t('calcUnknown', lang)}：`,
      ...data.unknown.map(line),
      `${t('calcIneligible', lang)}：`,
      ...data.ineligible.map(line),
      t('footer', lang),
    ];
    const a = el('a', {
      attrs: {
        href: URL.createObjectURL(new Blob([parts.join('\n')], { type: 'text/plain;charset=utf-8' })),
        download: 'policy-calculator.txt',
      },
    });
    doc.body.appendChild(a);
    a.click();
    a.remove();
  }

  /* Answers update the page as they are given, batched so quick changes make one request (the API is rate limited). */
  let timer: ReturnType<typeof setTimeout> | undefined;
  let renderNext = false;
  form.addEventListener('change', (e) => {
    renderNext ||= Boolean(last) || (e.target instanceof HTMLElement && e.target.getAttribute('name') === 'subjects');
    clearTimeout(timer);
    timer = setTimeout(() => {
      const render = renderNext;
      renderNext = false;
      void update(render);
    }, 250);
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      out.textContent = '';
      status.textContent = '';
      last = null;
      fieldsBox.querySelectorAll<HTMLElement>('.field').forEach((f) => (f.hidden = true));
      fieldsBox.hidden = true;
      hint.hidden = false;
    });
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void update(true);
  });
  doc.addEventListener('langchange', () => {
    if (last) void update(true);
  });
  /* Hidden until a subject is chosen: the page starts with one short question, not seventeen. */
  fieldsBox.querySelectorAll<HTMLElement>('.field').forEach((f) => (f.hidden = true));
  fieldsBox.hidden = true;
  if ($('calc-form')?.querySelector('input[name=subjects]:checked')) void update(true);
}
