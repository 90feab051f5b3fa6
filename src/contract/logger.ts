// The one logger port: console on Node and Workers, a spy in tests. It lives below answer/, the engines and the
// stores so that each can take a logger without importing the others.

/** Minimal structured logger. */
export interface Logger {
  info(event: string, data?: Record<string, unknown>): void;
  warn(event: string, data?: Record<string, unknown>): void;
  error(event: string, data?: Record<string, unknown>): void;
}

/**
 * What a log line may say about an error: its name and message, never a payload. Every channel and store describes
 * errors with this one function (Telegram adds the Bot API method and code, see telegram/apology.ts).
 * @example logger.warn('session_store_failed', { op: 'get', ...describeError(err) })
 */
export function describeError(err: unknown): { name: string; message: string } {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: 'unknown', message: String(err) };
}
