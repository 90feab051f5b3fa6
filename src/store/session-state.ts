// A session or Telegram chat state read back from KV or SQLite is validated like any other input: a stale or foreign
// value means "no history".
import { z } from 'zod';
import type { SessionState } from '../answer/session';
import { Lang } from '../contract/answer';
import { FactName, Facts, Subject } from '../rules/facts';
import type { ChatState } from '../telegram/context';

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

const ClarifySchema = z.object({
  fact: z.string(),
  question: z.string(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
});

/** Telegram's per-chat state (src/telegram/context.ts ChatState) as it may be stored. */
const ChatStateSchema = z.object({
  lang: Lang.optional(),
  epoch: z.string().max(64).optional(),
  clarify: ClarifySchema.optional(),
  clarifyLang: Lang.optional(),
  calc: Facts.optional(),
});

/** The stored text as a chat's state, or undefined when it is not one (the chat then starts fresh). */
export function parseChatState(text: string | null | undefined): ChatState | undefined {
  if (!text) return undefined;
  try {
    const parsed = ChatStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
