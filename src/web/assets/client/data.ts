// What the server injects ahead of the bundle (see ../index.ts): interface strings, starters, the rules' words and fact questions.
import type { Lang } from '../../../contract/answer';
import type { STARTERS } from '../../../contract/starters';
import type { UiStrings } from '../../page/strings';

export type StrKey = keyof UiStrings;
type Bi = { zh: string; en: string };

export interface AppData {
  STR: Record<Lang, UiStrings>;
  STARTERS: typeof STARTERS;
  WORDS: Record<'per' | 'period' | 'payer' | 'recipient', Record<string, Bi>>;
  FACTS: Record<string, Bi & { options: (Bi & { value: string })[] }>;
}

declare const APP_DATA: AppData;

/** The injected data (a parameter of the wrapper function around this bundle). */
export const DATA: AppData = APP_DATA;
