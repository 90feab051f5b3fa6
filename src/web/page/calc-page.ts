// The policy calculator body at /calc: a form over the facts schema and the three result lists the script fills.
import type { Lang } from '../../contract/answer';
import { html } from 'hono/html';
import { CALC_GROUPS, type CalcField } from './calc-fields';

const SUBJECTS = CALC_GROUPS[0]!.fields[0]!;

/** Subjects split by who asks: a graduate reads the first group, an enterprise or institution the second. */
const PERSONAL = ['student', 'returnee', 'degree_study', 'training_trip', 'city_expert', 'region_expert'];
const SUBJECT_GROUPS = [
  { id: 'person', title: { zh: '个人（学生、人才、职工）', en: 'A person (student, talent, employee)' }, values: PERSONAL },
  {
    id: 'org',
    title: { zh: '单位、平台或荣誉（企业、机构）', en: 'An organisation, platform or award' },
    values: SUBJECTS.options.map((o) => o.value).filter((v) => !PERSONAL.includes(v)),
  },
];
import { layout, type Html } from './layout';
import { STRINGS } from './strings';

/** Both languages ride on the element so the switch needs no round trip. */
function bilingual(text: Record<Lang, string>, lang: Lang): Html {
  return html`<span data-zh="${text.zh}" data-en="${text.en}">${text[lang]}</span>`;
}

function select(f: CalcField, lang: Lang, unset: string): Html {
  return html`<div class="field" data-fact="${f.name}">
    <label for="f-${f.name}">${bilingual(f.label, lang)}</label>
    <select id="f-${f.name}" name="${f.name}">
      <option value="" data-i18n="unset">${unset}</option>
      ${f.options.map((o) => html`<option value="${o.value}" data-zh="${o.label.zh}" data-en="${o.label.en}">${o.label[lang]}</option>`)}
    </select>
  </div>`;
}

/** The calculator page; every field is optional ("not sure" sends nothing). */
export function calcPage(lang: Lang): Html {
  const s = STRINGS[lang];
  const body = html`<main id="main" class="calc">
    <h1 data-i18n="calcTitle">${s.calcTitle}</h1>
    <p class="intro" data-i18n="calcIntro">${s.calcIntro}</p>
    <form id="calc-form" class="calc-form" tabindex="-1">
      <fieldset class="subjects">
        <legend data-i18n="calcSubjects">${s.calcSubjects}</legend>
        ${SUBJECT_GROUPS.map(
          (g) =>
            html`<div class="subject-group" role="group" aria-labelledby="sg-${g.id}">
              <p class="subject-group-title" id="sg-${g.id}">${bilingual(g.title, lang)}</p>
              ${SUBJECTS.options
                .filter((o) => g.values.includes(o.value))
                .map(
                  (o) =>
                    html`<label class="subject"
                      ><input type="checkbox" name="subjects" value="${o.value}" /> ${bilingual(o.label, lang)}</label
                    >`,
                )}
            </div>`,
        )}
      </fieldset>
      <p id="calc-hint" class="small" data-i18n="calcHint">${s.calcHint}</p>
      <fieldset id="calc-questions" class="questions-box">
        <legend data-i18n="calcQuestions">${s.calcQuestions}</legend>
        ${CALC_GROUPS.slice(1)
          .flatMap((g) => g.fields)
          .map((f) => select(f, lang, s.unset))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" data-i18n="calcSubmit">${s.calcSubmit}</button>
        <button type="reset" class="secondary" data-i18n="calcReset">${s.calcReset}</button>
      </div>
    </form>
    <p id="calc-status" class="status" role="status"></p>
    <div id="calc-results" class="calc-results" aria-live="polite"></div>
  </main>`;
  return layout({ lang, page: 'calc', body });
}
