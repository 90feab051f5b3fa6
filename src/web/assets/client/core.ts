// Client core: DOM building by textContent only, interface strings, language, preferences, JSON requests and their errors.
import type { Lang } from '../../../contract/answer';
import { DATA, type StrKey } from './data';

export const doc = document;
const root = doc.documentElement;
export const state: { lang: Lang } = { lang: root.getAttribute('data-lang') === 'en' ? 'en' : 'zh' };

/** An interface string in the given language (the interface language by default). */
export function t(key: StrKey, lang: Lang = state.lang): string {
  return DATA.STR[lang][key] || DATA.STR.zh[key] || key;
}

export function $(id: string): HTMLElement | null {
  return doc.getElementById(id);
}

/**
 * The element by id, which the server-rendered page always has, checked to be of `type` (so no cast is needed).
 * @example must('ask', HTMLFormElement).reset()
 */
export function must(id: string): HTMLElement;
export function must<T extends HTMLElement>(id: string, type: abstract new () => T): T;
export function must(id: string, type: abstract new () => HTMLElement = HTMLElement): HTMLElement {
  const n = doc.getElementById(id);
  if (!(n instanceof type)) throw new Error(`#${id} missing`);
  return n;
}

/**
 * JSON this page wrote itself (localStorage) or our own server answered (the shared contract types it): the browser
 * bundle carries no schema library, so this one assertion stands for the check the server already made.
 */
export function trusted<T>(json: unknown): T {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- see above
  return json as T;
}

/** An interface string's key, from a data-i18n attribute the server rendered. */
function isStrKey(name: string | null): name is StrKey {
  return name !== null && Object.hasOwn(DATA.STR.zh, name);
}

export const htmlLangOf = (l: Lang): string => (l === 'en' ? 'en' : 'zh-CN');

export interface ElOpts {
  cls?: string;
  text?: string | number | null;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (e: Event) => void>>;
}

/** Every user- or model-provided string goes through textContent here; nothing is parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: ElOpts = {},
  children: (Node | string | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const n = doc.createElement(tag);
  if (opts.cls) n.className = opts.cls;
  if (opts.text != null) n.textContent = String(opts.text);
  for (const [k, v] of Object.entries(opts.attrs ?? {})) if (v != null && v !== false) n.setAttribute(k, v === true ? '' : String(v));
  for (const [k, f] of Object.entries(opts.on ?? {})) if (f) n.addEventListener(k, f);
  for (const c of children) if (c) n.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
  return n;
}

export function newId(prefix = 'w-'): string {
  const a = new Uint32Array(4);
  crypto.getRandomValues(a);
  return prefix + Array.from(a, (x) => x.toString(36)).join('');
}

/** localStorage that never throws (private mode, quota, disabled storage). */
export const store = {
  get<T>(key: string): T | null {
    try {
      const v = localStorage.getItem(key);
      return v == null ? null : trusted<T>(JSON.parse(v));
    } catch {
      return null;
    }
  },
  set(key: string, value: unknown): void {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      /* storage full or disabled: the page still works */
    }
  },
  del(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      /* ignore */
    }
  },
};

function applyLang(l: Lang): void {
  state.lang = l;
  root.lang = htmlLangOf(l);
  root.setAttribute('data-lang', l);
  const translate = (n: Element, attr: string, put: (text: string) => void) => {
    const key = n.getAttribute(attr);
    if (isStrKey(key)) put(t(key));
  };
  doc.querySelectorAll('[data-i18n]').forEach((n) => translate(n, 'data-i18n', (s) => (n.textContent = s)));
  doc
    .querySelectorAll('[data-i18n-placeholder]')
    .forEach((n) => translate(n, 'data-i18n-placeholder', (s) => n.setAttribute('placeholder', s)));
  doc.querySelectorAll('[data-i18n-label]').forEach((n) => translate(n, 'data-i18n-label', (s) => n.setAttribute('aria-label', s)));
  doc.querySelectorAll('[data-zh]').forEach((n) => (n.textContent = n.getAttribute('data-' + l)));
  const other = l === 'zh' ? 'en' : 'zh';
  const sw = $('lang-switch');
  if (sw) {
    sw.setAttribute('href', '?lang=' + other);
    sw.setAttribute('lang', htmlLangOf(other));
    sw.setAttribute('hreflang', htmlLangOf(other));
  }
  const page = root.getAttribute('data-page');
  doc.title = page === 'calc' ? `${t('calcTitle')} · ${t('title')}` : t('title');
  doc.cookie = `lang=${l}; path=/; max-age=31536000; samesite=lax`;
  doc.dispatchEvent(new CustomEvent('langchange'));
}

export function initLang(): void {
  const sw = $('lang-switch');
  if (!sw) return;
  sw.addEventListener('click', (e) => {
    e.preventDefault();
    applyLang(state.lang === 'zh' ? 'en' : 'zh');
    if (location.search) history.replaceState(null, '', location.pathname);
  });
}

/** Dark mode and large text: switches in the header, remembered in localStorage, applied as attributes on <html>. */
export function initPrefs(): void {
  const prefs: [string, string, string][] = [
    ['pref-dark', 'data-theme', 'dark'],
    ['pref-large', 'data-size', 'large'],
  ];
  for (const [id, attr, value] of prefs) {
    const btn = $(id);
    const saved = store.get<boolean>(id);
    const on = saved ?? (id === 'pref-dark' && matchMedia('(prefers-color-scheme: dark)').matches);
    const set = (v: boolean) => {
      if (v) root.setAttribute(attr, value);
      else root.removeAttribute(attr);
      btn?.setAttribute('aria-pressed', String(v));
    };
    set(on);
    btn?.addEventListener('click', () => {
      const v = btn.getAttribute('aria-pressed') !== 'true';
      set(v);
      store.set(id, v);
    });
  }
}

/** Errors the page knows how to explain. 'dropped': the question was sent but the connection broke mid-answer. */
/** Why a request failed, as the page words it (problemText) and as the record keeps it (turn.error). */
export const PROBLEM_KINDS = ['network', 'dropped', 'rate', 'server', 'client', 'aborted'] as const;

export class HttpProblem extends Error {
  constructor(
    readonly kind: (typeof PROBLEM_KINDS)[number],
    readonly status: number,
    message = '',
  ) {
    super(message);
  }
}

async function problemOf(res: Response): Promise<HttpProblem> {
  let msg = '';
  try {
    const j = trusted<{ error?: { message?: string } } | null>(await res.json());
    msg = j?.error?.message ? String(j.error.message) : '';
  } catch {
    /* not JSON */
  }
  if (res.status === 429) return new HttpProblem('rate', 429, msg);
  if (res.status >= 500) return new HttpProblem('server', res.status, msg);
  return new HttpProblem('client', res.status, msg);
}

export async function postJson(path: string, body: unknown, accept = 'application/json', signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify(body),
      signal,
    });
  } catch {
    throw new HttpProblem(signal?.aborted ? 'aborted' : 'network', 0);
  }
  if (!res.ok) throw await problemOf(res);
  return res;
}

/** The words for an error, in the interface language. */
export function problemText(e: unknown): string {
  const p = e instanceof HttpProblem ? e : new HttpProblem('server', 0);
  if (p.kind === 'client' && p.message) return p.message;
  const key: Record<HttpProblem['kind'], StrKey> = {
    network: 'networkError',
    dropped: 'droppedError',
    rate: 'rateLimited',
    server: 'serverError',
    client: 'serverError',
    aborted: 'stopped',
  };
  return t(key[p.kind]);
}
