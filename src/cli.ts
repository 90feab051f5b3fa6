// `npm run ask -- "问题"` answers in the terminal (with the configured model, if any); `--json` prints the API object.
import type { Logger } from './contract/logger';
import { answer } from './answer/pipeline';
import { ConfigError, loadConfig } from './config';
import { buildDeps } from './deps';

/** The terminal shows the answer; only warnings and errors go to stderr. */
const quietLogger: Logger = {
  info: () => undefined,
  warn: (event, data) => console.error(JSON.stringify({ level: 'warn', event, ...data })),
  error: (event, data) => console.error(JSON.stringify({ level: 'error', event, ...data })),
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const message = args
  .filter((a) => a !== '--json')
  .join(' ')
  .trim();
if (!message) {
  console.error('Usage: npm run ask -- "博士后工作站有什么资助？" [--json]');
  process.exit(2);
}
try {
  const deps = buildDeps(loadConfig(process.env), {}, quietLogger);
  const result = await answer(deps, { message: message.slice(0, 2000) });
  console.log(json ? JSON.stringify(result, null, 2) : result.answer);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
