// POST /api/feedback: validates a rating and hands it to the injected FeedbackStore.
import { Hono } from 'hono';
import { readJson } from './body';
import type { FeedbackStore } from '../store/feedback';
import { FeedbackBody } from './schemas';

export interface FeedbackDeps {
  feedback: FeedbackStore;
  /** Stamps entries; injected so tests can pin time. Defaults to the system clock. */
  now?: () => Date;
}

/** The feedback route as a Hono sub-app (mounted at / by createApp). */
export function createFeedbackApi(deps: FeedbackDeps): Hono {
  const api = new Hono();
  api.post('/api/feedback', async (c) => {
    const body = await readJson(c, FeedbackBody);
    const at = (deps.now ?? (() => new Date()))();
    const id = `${at.getTime().toString(36)}-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}`;
    await deps.feedback.add({ ...body, id, at: at.toISOString() });
    return c.json({ ok: true, id }, 201);
  });
  return api;
}
