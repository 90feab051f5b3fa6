// Builds the default dependencies from the bundled corpus and index (shared by every entry point).
import type { Logger } from './answer/pipeline';
import type { AppDeps } from './app';
import { loadCorpus } from './corpus/load';
import { loadBundledSearch } from './search/load';
import { memoryFeedbackStore } from './web/feedback';

/** Logs JSON lines to the console (Workers' observability and Node's stdout both read them). */
export const consoleLogger: Logger = {
  info: (event, data) => console.log(JSON.stringify({ level: 'info', event, ...data })),
  warn: (event, data) => console.warn(JSON.stringify({ level: 'warn', event, ...data })),
  error: (event, data) => console.error(JSON.stringify({ level: 'error', event, ...data })),
};

/** The offline dependencies: bundled corpus, prebuilt index, no model. */
export function offlineDeps(logger: Logger = consoleLogger): AppDeps {
  const corpus = loadCorpus();
  return { corpus, search: loadBundledSearch(corpus), logger, provider: 'offline', feedback: memoryFeedbackStore() };
}
