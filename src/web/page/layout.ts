// The HTML shell every page shares: head, header with navigation and the language switch, the clause dialog, footer.
import type { Lang } from '../../contract/answer';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { htmlLang, STRINGS } from './strings';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface LayoutProps {
  lang: Lang;
  page: 'chat' | 'calc';
  body: Html;
}

/** A whole page: same head, header and dialog on / and /calc. */
export function layout({ lang, page, body }: LayoutProps): Html {
  const s = STRINGS[lang];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return html`<!doctype html>
    <html lang="${htmlLang(lang)}" data-lang="${lang}" data-page="${page}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>${page === 'calc' ? `${s.calcTitle} · ${s.title}` : s.title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/assets/app.css" />
        <script src="/assets/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="${page === 'calc' ? '#calc-form' : '#q'}" data-i18n="skip">${s.skip}</a>
        <header class="top">
          <div class="brand">
            <a href="/" class="home" data-i18n="title">${s.title}</a>
            <p class="sub" data-i18n="subtitle">${s.subtitle}</p>
          </div>
          <nav aria-label="${s.title}">
            ${
              page === 'chat'
                ? html`<a href="/calc" data-i18n="navCalc">${s.navCalc}</a>`
                : html`<a href="/" data-i18n="backToChat">${s.backToChat}</a>`
            }
            <a
              id="lang-switch"
              class="lang"
              href="?lang=${other}"
              lang="${htmlLang(other)}"
              hreflang="${htmlLang(other)}"
              aria-label="${s.langSwitchLabel}"
              data-i18n="langSwitch"
              data-i18n-label="langSwitchLabel"
              >${s.langSwitch}</a
            >
            <span class="prefs" role="group" aria-label="${s.prefsLabel}" data-i18n-label="prefsLabel">
              <button type="button" id="pref-dark" class="pref" aria-pressed="false" data-i18n="darkMode">${s.darkMode}</button>
              <button type="button" id="pref-large" class="pref" aria-pressed="false" data-i18n="largeText">${s.largeText}</button>
            </span>
          </nav>
        </header>
        ${body}
        <dialog id="clause-dialog" class="clause" aria-labelledby="clause-title">
          <div class="clause-inner">
            <div class="clause-head">
              <h2 id="clause-title" lang="zh-CN"></h2>
              <button type="button" class="icon close" id="clause-close" aria-label="${s.close}" data-i18n-label="close">✕</button>
            </div>
            <dl class="clause-meta">
              <div>
                <dt data-i18n="dialogSection">${s.dialogSection}</dt>
                <dd id="clause-section" lang="zh-CN"></dd>
              </div>
              <div>
                <dt data-i18n="dialogLead">${s.dialogLead}</dt>
                <dd id="clause-lead" lang="zh-CN"></dd>
              </div>
              <div>
                <dt data-i18n="dialogCooperate">${s.dialogCooperate}</dt>
                <dd id="clause-coop" lang="zh-CN"></dd>
              </div>
            </dl>
            <p id="clause-text" class="clause-text" lang="zh-CN"></p>
            <p class="small"><a id="clause-share" href="/" data-i18n="shareClause">${s.shareClause}</a></p>
          </div>
        </dialog>
        <footer class="foot" role="contentinfo"><p data-i18n="footer">${s.footer}</p></footer>
      </body>
    </html>`;
}
