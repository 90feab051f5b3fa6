// Facts carried across turns: what the reader of the next message is handed from the conversation so far. The
// session port and its stores live in store/sessions.ts (a store defines the port it implements).
import type { SessionState } from '../store/sessions';
import { Ask } from '../understand/question';
import * as z from '../contract/zod';
import type { ReadContext } from '../understand/read';

export type { SessionState, SessionStore } from '../store/sessions';

const isAsk = z.oneOf(Ask);

/** What a conversation hands the reader of its next message: its facts, the pending fact, the last part named. */
export function readContext(state: SessionState | undefined): ReadContext {
  const lastAsk = isAsk(state?.lastAsk) ? state.lastAsk : undefined;
  return {
    ...(state?.facts ? { facts: state.facts } : {}),
    ...(state?.pending ? { pending: state.pending } : {}),
    ...(state?.lastClause ? { lastClause: state.lastClause } : {}),
    ...(state?.levels ? { levels: state.levels } : {}),
    ...(lastAsk ? { lastAsk } : {}),
    ...(state?.people?.length ? { people: state.people } : {}),
    ...(state?.lastTopic?.length ? { lastTopic: state.lastTopic } : {}),
    ...(state?.count ? { count: state.count } : {}),
    ...(state?.otherPlace ? { otherPlace: state.otherPlace } : {}),
  };
}
