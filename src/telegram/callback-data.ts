// The callback_data of every inline button: a short prefixed string, always within Telegram's 64-byte limit.
import * as z from '../contract/zod';
import { Lang } from '../contract/answer';

/** Telegram drops a button whose callback_data exceeds 64 bytes (UTF-8), so every encoder checks it. */
export const CALLBACK_DATA_MAX_BYTES = 64;
/** "~" and a user id in base 36, appended to every button in groups (owner.ts). */
const OWNER_TAG_BYTES = 12;

/** What a tap means. */
export type Tap =
  | { kind: 'clause'; id: string } // c:12 — send the clause text (查看原文)
  | { kind: 'option'; fact: string; value: string } // f:degree:phd — answer a clarifying question
  | { kind: 'optionIndex'; index: number } // o:2 — the same, by position, when fact:value would not fit
  | { kind: 'lang'; lang: Lang } // l:en
  | { kind: 'persona'; persona: string } // p:grad — starter questions for one kind of user
  | { kind: 'starter'; persona: string; index: number } // q:grad:0
  | { kind: 'calc'; fact: string; value: string }; // k:degree:phd — one step of /calc

const PREFIX: Record<Tap['kind'], string> = {
  clause: 'c',
  option: 'f',
  optionIndex: 'o',
  lang: 'l',
  persona: 'p',
  starter: 'q',
  calc: 'k',
};

/** A value that cannot hold the ':' separator. */
const Part = z.string().check(z.minLength(1), z.regex(/^[^:]+$/));

/** Bytes of a string as Telegram counts callback_data. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Encodes a tap, or returns undefined when it would exceed 64 bytes (the caller then falls back to a shorter form).
 * @example encodeTap({ kind: 'clause', id: '12' }) // → 'c:12'
 */
export function encodeTap(tap: Tap): string | undefined {
  const parts = ((): string[] => {
    switch (tap.kind) {
      case 'clause':
        return [tap.id];
      case 'option':
      case 'calc':
        return [tap.fact, tap.value];
      case 'optionIndex':
        return [String(tap.index)];
      case 'lang':
        return [tap.lang];
      case 'persona':
        return [tap.persona];
      case 'starter':
        return [tap.persona, String(tap.index)];
    }
  })();
  if (!parts.every((p) => Part.safeParse(p).success)) return undefined;
  const data = [PREFIX[tap.kind], ...parts].join(':');
  // Room is left for the owner tag buttons carry in groups (owner.ts: "~" and a user id).
  return byteLength(data) <= CALLBACK_DATA_MAX_BYTES - OWNER_TAG_BYTES ? data : undefined;
}

const Index = z.pipe(z.coerce.number(), z.int()).check(z.gte(0), z.lte(99));

/** Reads callback_data back; anything we did not write (or an old format) is undefined and gets a polite no-op. */
export function decodeTap(data: string | undefined): Tap | undefined {
  if (!data || byteLength(data) > CALLBACK_DATA_MAX_BYTES) return undefined;
  const [prefix, a, b, ...extra] = data.split(':');
  if (extra.length > 0 || !a) return undefined;
  switch (prefix) {
    case 'c':
      return b === undefined ? { kind: 'clause', id: a } : undefined;
    case 'f':
      return b ? { kind: 'option', fact: a, value: b } : undefined;
    case 'k':
      return b ? { kind: 'calc', fact: a, value: b } : undefined;
    case 'o': {
      const index = Index.safeParse(a);
      return index.success && b === undefined ? { kind: 'optionIndex', index: index.data } : undefined;
    }
    case 'l': {
      const lang = Lang.safeParse(a);
      return lang.success && b === undefined ? { kind: 'lang', lang: lang.data } : undefined;
    }
    case 'p':
      return b === undefined ? { kind: 'persona', persona: a } : undefined;
    case 'q': {
      const index = Index.safeParse(b);
      return index.success ? { kind: 'starter', persona: a, index: index.data } : undefined;
    }
    default:
      return undefined;
  }
}
