// Conversation state (facts carried across turns) behind one port: the SessionStore this folder implements in memory
// (here), in SQLite (sqlite.ts) and in Workers KV (kv-sessions.ts), and the schema a stored session is read back with.
import * as z from '../contract/zod';
import { SESSION_TTL_MINUTES_DEFAULT } from '../config';
import { FactName, Facts, Subject, isFactName, readFacts } from '../rules/facts';

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
// levels once were, so "那这条谁牵头" lost its clause on npm start and on Workers). `readSessionState` below gives this
// schema's verdict without its parse; test/store/session-state.test.ts holds the two together.
export const SessionStateSchema = z.object({
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

const isSubject = z.oneOf(Subject);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTexts = (v: unknown, max: number, items: number): v is string[] =>
  Array.isArray(v) && v.length <= items && v.every((t) => isText(t, max));
const isSubjects = (v: unknown): v is Subject[] => Array.isArray(v) && v.every(isSubject);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 2 && v <= 50;

/** A session's levels, or null when one is not a string; a "__proto__" key is left out, as zod's record leaves it. */
function levelsOf(v: unknown): Record<string, string> | null {
  if (!isRecord(v)) return null;
  const levels: Record<string, string> = {};
  for (const [award, level] of Object.entries(v)) {
    if (award === '__proto__') continue;
    if (typeof level !== 'string') return null;
    levels[award] = level;
  }
  return levels;
}

/**
 * A JSON-parsed stored session as SessionStateSchema reads it, or undefined when the schema refuses it: every turn of a
 * conversation reads its session, and zod's parse of it cost about 14 µs a turn under load. Facts go through
 * `readFacts`, Facts.safeParse's own stand-in.
 */
function readSessionState(value: unknown): SessionState | undefined {
  if (!isRecord(value) || !isRecord(value.facts)) return undefined;
  const facts = readFacts(value.facts);
  const { hints, pending, lastClause, lastAsk, people, lastTopic, count, otherPlace } = value;
  const levels = value.levels === undefined ? undefined : levelsOf(value.levels);
  if (
    !facts ||
    !isSubjects(hints) ||
    levels === null ||
    (pending !== undefined && !(typeof pending === 'string' && isFactName(pending))) ||
    (lastClause !== undefined && !isText(lastClause, 16)) ||
    (lastAsk !== undefined && !isText(lastAsk, 32)) ||
    (people !== undefined && !isTexts(people, 16, 20)) ||
    (lastTopic !== undefined && !isTexts(lastTopic, 32, 16)) ||
    (count !== undefined && !isCount(count)) ||
    (otherPlace !== undefined && !isText(otherPlace, 40))
  )
    return undefined;
  // Optional fields that are absent or empty stay absent (exactOptionalPropertyTypes).
  return {
    facts,
    hints: [...hints],
    ...(pending ? { pending } : {}),
    ...(lastClause ? { lastClause } : {}),
    ...(levels ? { levels } : {}),
    ...(lastAsk ? { lastAsk } : {}),
    ...(people?.length ? { people: [...people] } : {}),
    ...(lastTopic?.length ? { lastTopic: [...lastTopic] } : {}),
    ...(count ? { count } : {}),
    ...(otherPlace ? { otherPlace } : {}),
  };
}

/** The stored text as a session, or undefined when it is not one (not JSON, schema changed, corrupted). */
export function parseSessionState(text: string | null | undefined): SessionState | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return readSessionState(value);
}
