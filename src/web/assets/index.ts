// The page script served at /assets/app.js: the esbuild bundle (client.generated.ts) wrapped in a function whose one
// parameter is the data the page renders with: interface strings, starters, the rules' code words and fact questions.
import { FACT_QUESTIONS } from '../../rules/facts';
import { PAYER_WORDS, PER_WORDS, PERIOD_WORDS, RECIPIENT_WORDS } from '../../rules/schema';
import { STARTERS } from '../../contract/starters';
import { STRINGS } from '../page/strings';
import type { AppData } from './client/data';
import { CLIENT_JS } from './client.generated';

const DATA: AppData = {
  STR: STRINGS,
  STARTERS,
  WORDS: { per: PER_WORDS, period: PERIOD_WORDS, payer: PAYER_WORDS, recipient: RECIPIENT_WORDS },
  FACTS: Object.fromEntries(
    Object.entries(FACT_QUESTIONS).map(([k, q]) => [
      k,
      { zh: q.zh, en: q.en, options: q.options.map((o) => ({ value: String(o.value), zh: o.zh, en: o.en })) },
    ]),
  ),
};

/** Built once at module load; the same bytes on Node and workerd. */
export const APP_JS = `(function (APP_DATA) {\n"use strict";\n${CLIENT_JS}})(${JSON.stringify(DATA)});\n`;
