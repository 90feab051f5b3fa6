// Node test suite (npm test runs it after tsc); the workerd suite has its own config: vitest.workers.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/workers/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
