// The chat page body at /: offline notice, starter questions by persona, the conversation log and the composer.
import type { Lang } from '../../contract/answer';
import { html } from 'hono/html';
import { layout, type Html } from './layout';
import { STARTERS } from '../../contract/starters';
import { STRINGS } from './strings';

/** Where a person can ask a human (CONTACT_TEXT / CONTACT_PHONE): shown on out-of-scope answers and after 👎. */
export interface Contact {
  text?: string;
  phone?: string;
}

const PERSONAS = [
  ['graduate', 'personaGraduate'],
  ['enterprise', 'personaEnterprise'],
  ['staff', 'personaStaff'],
] as const;

/** The whole chat page, server-rendered in the interface language; the script adds behaviour. */
export function chatPage(lang: Lang, contact: Contact = {}): Html {
  const s = STRINGS[lang];
  const body = html`<main id="main" class="chat" data-contact-text="${contact.text ?? ''}" data-contact-phone="${contact.phone ?? ''}">
      <h1 class="sr-only" data-i18n="chatHeading">${s.chatHeading}</h1>
      <section id="starters" class="starters" aria-labelledby="starters-h">
        <h2 id="starters-h" data-i18n="starterHeading">${s.starterHeading}</h2>
        <div class="personas" role="group" aria-labelledby="starters-h">
          ${PERSONAS.map(
            ([id, key], i) =>
              html`<button
                type="button"
                class="persona"
                data-persona="${id}"
                aria-pressed="${i === 0 ? 'true' : 'false'}"
                data-i18n="${key}"
              >
                ${s[key]}
              </button>`,
          )}
        </div>
        <ul id="starter-list" class="starter-list">
          ${STARTERS[lang].graduate.map((q) => html`<li><button type="button" class="starter">${q}</button></li>`)}
        </ul>
      </section>
      <h2 class="sr-only" data-i18n="logHeading">${s.logHeading}</h2>
      <ol id="log" class="log" aria-live="polite" aria-relevant="additions"></ol>
      <p id="status" class="status" role="status"></p>
    </main>
    <dialog id="confirm-new" class="confirm" aria-labelledby="confirm-new-h">
      <form method="dialog">
        <h2 id="confirm-new-h" data-i18n="confirmNewTitle">${s.confirmNewTitle}</h2>
        <p data-i18n="confirmNewText">${s.confirmNewText}</p>
        <div class="actions">
          <button type="submit" value="yes" class="primary" data-i18n="confirmYes">${s.confirmYes}</button>
          <button type="submit" value="no" class="secondary" data-i18n="confirmNo" autofocus>${s.confirmNo}</button>
        </div>
      </form>
    </dialog>
    <form id="ask" class="composer" novalidate aria-label="${s.inputLabel}" data-i18n-label="inputLabel">
      <div class="composer-row">
        <label for="q" class="sr-only" data-i18n="inputLabel">${s.inputLabel}</label>
        <textarea
          id="q"
          name="message"
          rows="1"
          maxlength="2000"
          required
          autocomplete="off"
          aria-describedby="hint"
          placeholder="${s.inputPlaceholder}"
          data-i18n-placeholder="inputPlaceholder"
        ></textarea>
        <button type="submit" id="send" class="primary" data-i18n="send">${s.send}</button>
      </div>
      <div class="composer-row small">
        <p id="hint" class="hint"><span data-i18n="inputHint">${s.inputHint}</span> · <span id="count" class="count">0/2000</span></p>
        <span class="composer-tools">
          <button type="button" id="delete-history" class="link" data-i18n="deleteHistory" title="${s.historyNote}">
            ${s.deleteHistory}
          </button>
          <button type="button" id="new-chat" class="link" data-i18n="newChat">${s.newChat}</button>
        </span>
      </div>
    </form>`;
  return layout({ lang, page: 'chat', body });
}
