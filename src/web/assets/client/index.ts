// The page script served at /assets/app.js: the client modules joined in one strict-mode closure, strings inlined as JSON.
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
  coreJs,
  streamJs,
  dialogJs,
  moneyJs,
  chatJs,
  calcJs,
  boot,
  '})();\n',
].join('\n');
