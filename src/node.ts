// Node entry: `npm start` serves the app with @hono/node-server at PORT (default 8787).
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { offlineDeps } from './deps';

const port = Number(process.env['PORT'] ?? 8787);
const app = createApp(offlineDeps());
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`石嘴山人才政策问答 listening on http://localhost:${info.port}`);
});
