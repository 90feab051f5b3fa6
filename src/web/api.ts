// JSON routes: /healthz, /api/chat, /api/benefits, /api/clauses, /api/clauses/:id, /api/search, /api/understand. Parse input, call the pipeline, return JSON.
import { Hono } from 'hono';
import { answer, type AnswerDeps } from '../answer/pipeline';
import { benefits } from '../answer/money';
import { readContext } from '../answer/session';
import { readJson } from './body';
import { ApiError } from './errors';
import { BenefitsBody, ChatBody, SearchQuery, UnderstandQuery } from './schemas';
import { issuedSession } from './session-id';
import { streamAnswer, wantsStream } from './sse';

export interface ApiDeps extends AnswerDeps {
  /** Shown by /healthz: which answerer is configured. */
  provider: string;
}

/** The JSON API as a Hono sub-app (mounted at / by createApp). */
export function createApi(deps: ApiDeps): Hono {
  const api = new Hono();

  api.get('/healthz', (c) =>
    c.json({ ok: true, provider: deps.provider, documents: deps.corpus.documents.map((d) => d.id), clauses: deps.corpus.clauses.length }),
  );

  api.post('/api/chat', async (c) => {
    const body = await readJson(c, ChatBody);
    const { id, session } = await issuedSession(deps.sessions, body.sessionId, deps.logger);
    const request = { message: body.message, sessionId: id, lang: body.lang };
    // The request's signal fires when the client goes away: its model call is aborted rather than paid for. Only a model
    // call listens to it, and on Node asking for it builds an AbortController per request, so offline it is not asked for.
    const options = { session, ...(deps.model ? { signal: c.req.raw.signal } : {}) };
    if (wantsStream(c, body.stream)) return streamAnswer(c, deps.logger, (onDelta) => answer(deps, request, { onDelta, ...options }));
    return c.json(await answer(deps, request, options));
  });

  api.post('/api/benefits', async (c) => {
    const { lang, ...facts } = await readJson(c, BenefitsBody);
    return c.json(benefits({ corpus: deps.corpus, rules: deps.rules, facts, lang: lang ?? 'zh', asOf: deps.clock() }));
  });

  api.get('/api/clauses', (c) =>
    c.json(
      deps.corpus.clauses.map(({ id, label, section, title, lead, cooperate, documentId }) => ({
        id,
        label,
        section,
        title,
        lead,
        cooperate,
        documentId,
      })),
    ),
  );

  api.get('/api/clauses/:id', (c) => {
    const clause = deps.corpus.byId.get(c.req.param('id'));
    if (!clause) {
      throw new ApiError(
        'not_found',
        `No part "${c.req.param('id')}". Ids are notice, g1, g2, 1 to 25, and final (GET /api/clauses lists them).`,
      );
    }
    return c.json(clause);
  });

  // The one reading of a message that every engine consumes (for staff checking an answer, and for tests).
  api.get('/api/understand', async (c) => {
    const parsed = UnderstandQuery.safeParse({ q: c.req.query('q'), sessionId: c.req.query('sessionId') });
    if (!parsed.success) throw new ApiError('invalid_request', parsed.error.issues.map((i) => i.message).join('; '));
    const state = parsed.data.sessionId ? await deps.sessions.get(parsed.data.sessionId) : undefined;
    return c.json(deps.reader.understand(parsed.data.q, readContext(state)));
  });

  api.get('/api/search', (c) => {
    const parsed = SearchQuery.safeParse({ q: c.req.query('q'), limit: c.req.query('limit') });
    if (!parsed.success) throw new ApiError('invalid_request', parsed.error.issues.map((i) => i.message).join('; '));
    return c.json(deps.search.clauses(parsed.data.q, parsed.data.limit ?? 5));
  });

  return api;
}
