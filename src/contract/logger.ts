// The one logger port: console on Node and Workers, a spy in tests. It lives below answer/, the engines and the
// stores so that each can take a logger without importing the others.

/** Minimal structured logger. */
export interface Logger {
  info(event: string, data?: Record<string, unknown>): void;
  warn(event: string, data?: Record<string, unknown>): void;
  error(event: string, data?: Record<string, unknown>): void;
}
