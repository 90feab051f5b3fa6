// The page script served at /assets/app.js: the client modules joined in one strict-mode closure; interface strings,
// the rules' code words and fact questions inlined as JSON so the page renders what the server's data means.
import { FACT_QUESTIONS } from '../../../rules/facts';
import { PAYER_WORDS, PER_WORDS, PERIOD_WORDS, RECIPIENT_WORDS } from '../../../rules/schema';
import { STARTERS, STRINGS } from '../../page/strings';
import { calcJs } from './calc';
import { chatJs } from './chat';
import { coreJs } from './core';
import { dialogJs } from './dialog';
import { moneyJs } from './money';
import { streamJs } from './stream';

const boot = String.raw`
initLang();
initDialog();
if ($('ask')) initChat();
if ($('calc-form')) initCalc();
`;

/** Built once at module load; the same bytes on Node and workerd. */
export const APP_JS = [
  '(function () {\n"use strict";',
  `var STR = ${JSON.stringify(STRINGS)};`,
  `var STARTERS = ${JSON.stringify(STARTERS)};`,
  `var WORDS = ${JSON.stringify({ per: PER_WORDS, period: PERIOD_WORDS, payer: PAYER_WORDS, recipient: RECIPIENT_WORDS })};`,
  `var FACTS = ${JSON.stringify(Object.fromEntries(Object.entries(FACT_QUESTIONS).map(([k, q]) => [k, { zh: q.zh, en: q.en }])))};`,
  coreJs,
  streamJs,
  dialogJs,
  moneyJs,
  chatJs,
  calcJs,
  boot,
  '})();\n',
].join('\n');
