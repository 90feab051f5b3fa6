// Conversation state (facts carried across turns) behind one port: the SessionStore this folder implements in memory
// (here), in SQLite (sqlite.ts) and in Workers KV (kv-sessions.ts), and the schema a stored session is read back with.
import * as z from '../contract/zod';
import { SESSION_TTL_MINUTES_DEFAULT } from '../config';
import { parseJsonAs } from '../contract/json';
import { FactName, Facts, Subject } from '../rules/facts';

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
  lastAsk?: string;
  /** Degrees of the other people spoken of before (我读博, then 我弟弟读硕): a later total counts them all. */
  people?: string[];
  /** The document terms the conversation was last about, searched again with a follow-up that names none. */
  lastTopic?: string[];
  /** How many people or trips an earlier turn said (派三个), for a total asked later. */
  count?: number;
  /** Another place the conversation turned to (it's about Yinchuan), so "there" still means it. */
  otherPlace?: string;
}

/** Where sessions live: memory (tests, the CLI), SQLite on Node, KV on Workers, all behind these two calls. */
export interface SessionStore {
  get(id: string): Promise<SessionState | undefined>;
  set(id: string, state: SessionState): Promise<void>;
}

/** SESSION_TTL_MINUTES in milliseconds: every session store's idle lifetime (memory, SQLite and KV agree on it). */
export function sessionTtlMs(minutes: number = SESSION_TTL_MINUTES_DEFAULT): number {
  return minutes * 60 * 1000;
}

export interface MemoryStoreOptions {
  /** How long an idle session is kept (SESSION_TTL_MINUTES; default sessionTtlMs()). */
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
  const ttl = options.ttlMs ?? sessionTtlMs();
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

// Every field of SessionState: a field left out here is silently dropped by the SQLite and KV stores (lastClause and
// levels once were, so "那这条谁牵头" lost its clause on npm start and on Workers).
const SessionStateSchema = z.object({
  facts: Facts,
  hints: z.array(Subject),
  pending: z.optional(FactName),
  lastClause: z.optional(z.string().check(z.maxLength(16))),
  levels: z.optional(z.record(z.string(), z.string())),
  lastAsk: z.optional(z.string().check(z.maxLength(32))),
  people: z.optional(z.array(z.string().check(z.maxLength(16))).check(z.maxLength(20))),
  lastTopic: z.optional(z.array(z.string().check(z.maxLength(32))).check(z.maxLength(16))),
  count: z.optional(z.int().check(z.gte(2), z.lte(50))),
  otherPlace: z.optional(z.string().check(z.maxLength(40))),
});

/** The stored text as a session, or undefined when it is not one (schema changed, corrupted). */
export function parseSessionState(text: string | null | undefined): SessionState | undefined {
  const parsed = parseJsonAs(SessionStateSchema, text);
  if (!parsed) return undefined;
  // Optional fields that are absent stay absent (exactOptionalPropertyTypes).
  const { facts, hints, pending, lastClause, levels, lastAsk, people, lastTopic, count, otherPlace } = parsed;
  return {
    facts,
    hints,
    ...(pending ? { pending } : {}),
    ...(lastClause ? { lastClause } : {}),
    ...(levels ? { levels } : {}),
    ...(lastAsk ? { lastAsk } : {}),
    ...(people?.length ? { people } : {}),
    ...(lastTopic?.length ? { lastTopic } : {}),
    ...(count ? { count } : {}),
    ...(otherPlace ? { otherPlace } : {}),
  };
}
