// Telegram re-delivers an update it thinks failed; each update_id is handled once.
import type { MiddlewareFn } from 'grammy';
import type { UpdateLog } from '../store/telegram-state';
import type { BotContext } from './context';

/**
 * In-memory log of the last `size` update ids (Telegram re-delivers within minutes, never thousands of updates late).
 * @example const log = memoryUpdateLog(); log.firstSight(7) // → true; log.firstSight(7) // → false
 */
export function memoryUpdateLog(size = 2000): UpdateLog {
  const seen = new Set<number>();
  return {
    firstSight(updateId) {
      if (seen.has(updateId)) return false;
      seen.add(updateId);
      // Sets iterate in insertion order, so the first entry is the oldest.
      const oldest = seen.values().next();
      if (seen.size > size && !oldest.done) seen.delete(oldest.value);
      return true;
    },
  };
}

/**
 * `near` answers first (this process's memory: free, and exact for re-deliveries that reach the same isolate); only
 * an id it has not seen goes to `far` (the durable log shared by every isolate or restart).
 * @example inFrontOf(memoryUpdateLog(), kvLog) // KV is read once per new update, never for a repeat in this isolate
 */
export function inFrontOf(near: UpdateLog, far: UpdateLog): UpdateLog {
  return {
    async firstSight(updateId) {
      return (await near.firstSight(updateId)) && far.firstSight(updateId);
    },
  };
}

/** Drops an update whose id was already handled (recorded before handling, so a concurrent re-delivery is dropped too). */
export function dedupe(log: UpdateLog, onDuplicate: (updateId: number) => void): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (await log.firstSight(ctx.update.update_id)) return next();
    onDuplicate(ctx.update.update_id);
  };
}
