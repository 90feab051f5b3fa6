// The offline answer timed as `npm start` runs it: test/bench/bundled.ts bundles this file the way dist/node/ is
// bundled and runs it under the start script's V8 flags. Prints one JSON line: lookup and money timings.
import { readFileSync } from 'node:fs';
import { answer } from '../../src/answer/pipeline';
import { offlineDeps } from '../../src/deps';
import { timeEach } from './stats';

const [lookupFile, moneyFile, rounds] = process.argv.slice(2);
const questions = (file: string | undefined) =>
  (JSON.parse(readFileSync(file ?? '', 'utf8')) as { q?: unknown }[]).flatMap((g) => (typeof g.q === 'string' ? [g.q] : []));
const deps = offlineDeps({ info: () => {}, warn: () => {}, error: () => {} });
const times = async (qs: string[]) => timeEach(qs, (q) => answer(deps, { message: q }), Number(rounds));
console.log(JSON.stringify({ lookup: await times(questions(lookupFile)), money: await times(questions(moneyFile)) }));
