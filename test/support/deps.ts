// Test dependencies: the real bundled corpus and index, and a logger that records instead of printing.
import type { Logger } from '../../src/contract/logger';
import type { AppDeps } from '../../src/app';
import { offlineDeps } from '../../src/deps';

export interface RecordingLogger extends Logger {
  lines: { level: string; event: string; data?: Record<string, unknown> }[];
}

export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  return {
    lines,
    info: (event, data) => lines.push({ level: 'info', event, data }),
    warn: (event, data) => lines.push({ level: 'warn', event, data }),
    error: (event, data) => lines.push({ level: 'error', event, data }),
  };
}

/** The offline app dependencies with a recording logger. */
export function testDeps(overrides: Partial<AppDeps> = {}): AppDeps & { logger: RecordingLogger } {
  const logger = recordingLogger();
  return { ...offlineDeps(logger), logger, ...overrides } as AppDeps & { logger: RecordingLogger };
}
