// `npm run ask -- "问题"` answers in the terminal; `--json` prints the API object.
import { answer } from './answer/pipeline';
import { offlineDeps } from './deps';

const args = process.argv.slice(2);
const json = args.includes('--json');
const message = args.filter((a) => a !== '--json').join(' ').trim();
if (!message) {
  console.error('Usage: npm run ask -- "博士后工作站有什么资助？" [--json]');
  process.exit(2);
}
const result = await answer(offlineDeps(), { message });
console.log(json ? JSON.stringify(result, null, 2) : result.answer);
