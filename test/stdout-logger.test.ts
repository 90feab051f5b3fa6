// The Node server's logger: the same JSON lines, written together once per turn of the event loop.
import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { stdoutLogger } from '../src/stdout-logger';

describe('stdoutLogger', () => {
  it('writes the info lines of one turn in one write, in order, as JSON lines', async () => {
    const writes: string[] = [];
    const logger = stdoutLogger({ write: (text) => writes.push(text) });
    logger.info('answered', { route: 'lookup' });
    logger.info('answered', { route: 'money', rules: ['r1'] });
    expect(writes).toEqual([]);
    await turn();
    expect(writes).toEqual([
      '{"level":"info","event":"answered","route":"lookup"}\n{"level":"info","event":"answered","route":"money","rules":["r1"]}\n',
    ]);
    logger.info('retention_pruned', { deleted: 0 });
    logger.flush();
    expect(writes[1]).toBe('{"level":"info","event":"retention_pruned","deleted":0}\n');
  });
});
