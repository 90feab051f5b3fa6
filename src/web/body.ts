// Reads a JSON request body safely: content type, size, syntax and shape checked before any handler sees it.
import type { Context } from 'hono';
import type * as z from '../contract/zod';
import { ApiError } from './errors';

/** Bodies larger than this are refused with 413 before parsing (a chat message is at most 2000 characters). */
export const MAX_BODY_BYTES = 32 * 1024;

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path.length ? `"${i.path.join('.')}"` : 'body';
      return i.message.includes(path) ? i.message : `${path}: ${i.message}`;
    })
    .join('; ');
}

/**
 * Parses and validates a JSON body with a zod schema, or throws an ApiError a person can act on.
 * @example const body = await readJson(c, ChatBody)
 */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON with the header "Content-Type: application/json".');
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new ApiError('payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  const text = await c.req.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw new ApiError('payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ApiError('invalid_json', 'The body is not valid JSON. Example: {"message": "博士后工作站有什么资助？"}', { cause });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ApiError('body_not_object', 'The body must be a JSON object, e.g. {"message": "…"}.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError('invalid_request', describeIssues(parsed.error));
  return parsed.data;
}
