// The fake Bot API (fake-bot-api.ts) served by msw at the configured TELEGRAM_API_ROOT, plus the fixtures (updates.ts).
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { botApi } from './fake-bot-api';

export * from './fake-bot-api';
export * from './updates';

export const server = setupServer(
  // A RegExp, because the token's ':' would read as a path parameter in msw's string patterns.
  http.post(/^https:\/\/bot-api\.test\/bot[^/]+\/\w+$/, async ({ request }) => {
    const reply = await botApi(request);
    return HttpResponse.json(reply.json, { status: reply.status });
  }),
);
