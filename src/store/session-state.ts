// A session read back from KV or SQLite is validated like any other input: a stale or foreign value means "no history".
import { z } from 'zod';
import type { SessionState } from '../answer/session';
import { FactName, Facts, Subject } from '../rules/facts';

const SessionStateSchema = z.object({ facts: Facts, hints: z.array(Subject), pending: FactName.optional() });

/** The stored text as a session, or undefined when it is not one (schema changed, corrupted). */
export function parseSessionState(text: string | null | undefined): SessionState | undefined {
  if (!text) return undefined;
  try {
    const parsed = SessionStateSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    const { pending, ...rest } = parsed.data;
    return pending ? { ...rest, pending } : rest;
  } catch {
    return undefined;
  }
}
