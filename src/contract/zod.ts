// The schema library every layer validates with: zod's functional "mini" build, with its English messages. The classic
// build puts a method for every operation on every schema: it was 281 KiB of a cold Worker's 946 KiB, most of it
// evaluated before the first answer. Import it as a namespace (`import * as z`), so the bundler keeps only the
// functions used. Mini loads no messages of its own ("Invalid input" for everything), hence en().
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';

/**
 * A type guard for an enum's values: what `schema.safeParse(v).success` says, without the error a failed parse builds
 * (a few µs each; the reader and the pipeline ask of values that are usually absent).
 * @example const isLevel = oneOf(Level); isLevel(undefined) // false
 */
export function oneOf<const T extends string>(schema: { options: readonly T[] }): (value: unknown) => value is T {
  const values: ReadonlySet<unknown> = new Set(schema.options);
  return (value): value is T => values.has(value);
}
