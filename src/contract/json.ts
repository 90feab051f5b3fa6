// Text that should hold JSON of a known shape (a stored session, a KV value, a model's reply) → the validated value, or
// undefined when it is missing, not JSON or not that shape: the caller then starts fresh instead of failing.
import type * as z from './zod';

/** @example parseJsonAs(ChatStateSchema, await kv.get(key)) // → ChatState | undefined */
export function parseJsonAs<T>(schema: z.ZodMiniType<T>, text: string | null | undefined): T | undefined {
  if (!text) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
