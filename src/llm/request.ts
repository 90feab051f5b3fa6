// What the model's answer code takes: its dependencies and one request. Kept apart from answer.ts (the lazy door)
// and compose.ts (the code behind it) so both can name them without importing each other.
import type { Logger } from '../contract/logger';
import type { Lang } from '../contract/answer';
import type { Corpus } from '../corpus/load';
import type { Search } from '../search/index';
import type { ModelPort } from './model';

export interface LlmDeps {
  corpus: Corpus;
  search: Search;
  logger: Logger;
  model: ModelPort;
}

export interface LlmRequest {
  message: string;
  lang: Lang;
  /** Receives verified sentences only (see sentence-stream.ts). */
  onDelta?: (text: string) => void;
  /** Aborts the model call when the client goes away. */
  signal?: AbortSignal;
}
