// The Node server's logger: the same JSON lines as consoleLogger (src/deps.ts), but info lines are written to stdout once per turn of
// the event loop. Writes to a pipe or a file are synchronous in Node, one system call each, and every answer logs one
// or two lines: under load, one write carries the lines of every request answered in that turn.
import type { Logger } from './contract/logger';

/** @example const logger = stdoutLogger(); logger.info('answered', { route: 'lookup' }) */
export function stdoutLogger(out: { write(text: string): unknown } = process.stdout): Logger & { flush(): void } {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    out.write(text);
  };
  // Lines still waiting when the process exits are written then (an exit handler may only do synchronous work).
  process.on('exit', flush);
  return {
    info(event, data) {
      if (pending.length === 0) setImmediate(flush);
      pending.push(JSON.stringify({ level: 'info', event, ...data }) + '\n');
    },
    // Warnings and errors go out at once, to stderr as before: they are rare, and the ones wanted when something is wrong.
    warn: (event, data) => console.warn(JSON.stringify({ level: 'warn', event, ...data })),
    error: (event, data) => console.error(JSON.stringify({ level: 'error', event, ...data })),
    flush,
  };
}
