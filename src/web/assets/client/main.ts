// The page script's entry: bundled by esbuild (src/web/assets/build.ts) into one IIFE served at /assets/app.js.
import { $, initLang, initPrefs } from './core';
import { initDialog } from './dialog';
import { initChat } from './chat';
import { initCalc } from './calc';

initPrefs();
initLang();
initDialog();
if ($('ask')) initChat();
if ($('calc-form')) initCalc();
