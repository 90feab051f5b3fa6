// The chat page body at /: offline notice, starter questions by persona, the conversation log and the composer.
import { html } from 'hono/html';
import { layout, type Html } from './layout';
import { STARTERS, STRINGS, type UiLang } from './strings';

const PERSONAS = [
  ['graduate', 'personaGraduate'],
  ['enterprise', 'personaEnterprise'],
  ['staff', 'personaStaff'],
] as const;

/** The whole chat page, server-rendered in the interface language; the script adds behaviour. */
export function chatPage(lang: UiLang): Html {
  const s = STRINGS[lang];
  const body = html`<main id="main" class="chat">
  <p id="offline" class="notice" role="note" hidden data-i18n="offlineNotice">${s.offlineNotice}</p>
  <section id="starters" class="starters" aria-labelledby="starters-h">
    <h1 id="starters-h" data-i18n="starterHeading">${s.starterHeading}</h1>
    <div class="personas" role="group" aria-labelledby="starters-h">
      ${PERSONAS.map(
        ([id, key], i) =>
          html`<button type="button" class="persona" data-persona="${id}" aria-pressed="${i === 0 ? 'true' : 'false'}" data-i18n="${key}">${s[key]}</button>`,
      )}
    </div>
    <ul id="starter-list" class="starter-list">
      ${STARTERS[lang].graduate.map((q) => html`<li><button type="button" class="starter">${q}</button></li>`)}
    </ul>
  </section>
  <ol id="log" class="log" aria-live="polite" aria-relevant="additions"></ol>
  <p id="status" class="status" role="status"></p>
</main>
<form id="ask" class="composer" novalidate>
  <div class="composer-row">
    <label for="q" class="sr-only" data-i18n="inputLabel">${s.inputLabel}</label>
    <textarea id="q" name="message" rows="1" maxlength="2000" required autocomplete="off" aria-describedby="hint"
      placeholder="${s.inputPlaceholder}" data-i18n-placeholder="inputPlaceholder"></textarea>
    <button type="submit" id="send" class="primary" data-i18n="send">${s.send}</button>
  </div>
  <div class="composer-row small">
    <p id="hint" class="hint" data-i18n="inputHint">${s.inputHint}</p>
    <button type="button" id="new-chat" class="link" data-i18n="newChat">${s.newChat}</button>
  </div>
</form>`;
  return layout({ lang, page: 'chat', body });
}
