// Facts carried across turns: a small store interface (get/set by session id) and an in-memory store with a time-to-live.
import type { FactName, Facts, Subject } from '../rules/facts';
import type { Ask } from '../understand/language';
import type { ReadContext } from '../understand/read';

/** What a conversation has established so far, and the question it last asked. */
export interface SessionState {
  facts: Facts;
  hints: Subject[];
  /** The fact the last answer asked for, so a bare "是的" or "国家级" answers it. */
  pending?: FactName;
  /** The part the last answer was about, so "那这条谁牵头" and "who leads it?" refer to it. */
  lastClause?: string;
  /** The level the conversation gave each award, when awards of different levels are asked about together. */
  levels?: Record<string, string>;
  /** The part of the text the last turn asked for (who leads, the whole clause), so "那博士后工作站呢" asks it again. */
  lastAsk?: Ask;
}

/** Where sessions live: memory on Node; the Workers issue adds a durable store behind the same two calls. */
export interface SessionStore {
  get(id: string): Promise<SessionState | undefined>;
  set(id: string, state: SessionState): Promise<void>;
}

export interface MemoryStoreOptions {
  /** How long an idle session is kept (default 30 minutes). */
  ttlMs?: number;
  /** Injected so tests can move time; defaults to the wall clock. */
  clock?: () => Date;
  /** Oldest sessions are dropped beyond this many (bounds memory on a long-running server). */
  maxSessions?: number;
}

/**
 * An in-memory session store, least recently used first out: entries expire ttlMs after their last write, and beyond
 * maxSessions the one untouched longest goes, so memory stays bounded whatever clients send.
 * @example const sessions = memorySessionStore({ ttlMs: 60_000, clock: () => now })
 */
export function memorySessionStore(options: MemoryStoreOptions = {}): SessionStore {
  const ttl = options.ttlMs ?? 30 * 60 * 1000;
  const clock = options.clock ?? (() => new Date());
  const max = options.maxSessions ?? 10_000;
  const entries = new Map<string, { state: SessionState; expires: number }>();
  return {
    async get(id) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      entries.delete(id);
      if (entry.expires <= clock().getTime()) return undefined;
      entries.set(id, entry);
      return entry.state;
    },
    async set(id, state) {
      entries.delete(id);
      entries.set(id, { state, expires: clock().getTime() + ttl });
      while (entries.size > max) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}

/** What a conversation hands the reader of its next message: its facts, the pending fact, the last part named. */
export function readContext(state: SessionState | undefined): ReadContext {
  return {
    ...(state?.facts ? { facts: state.facts } : {}),
    ...(state?.pending ? { pending: state.pending } : {}),
    ...(state?.lastClause ? { lastClause: state.lastClause } : {}),
    ...(state?.levels ? { levels: state.levels } : {}),
    ...(state?.lastAsk ? { lastAsk: state.lastAsk } : {}),
  };
}
