// The schema library every layer validates with: zod's functional "mini" build, with its English messages. The classic
// build puts a method for every operation on every schema: it was 281 KiB of a cold Worker's 946 KiB, most of it
// evaluated before the first answer. Import it as a namespace (`import * as z`), so the bundler keeps only the
// functions used. Mini loads no messages of its own ("Invalid input" for everything), hence en().
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
