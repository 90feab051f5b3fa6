// Cloudflare Workers entry: the same app, built once per isolate.
import { createApp } from './app';
import { offlineDeps } from './deps';

const app = createApp(offlineDeps());

export default {
  fetch: app.fetch,
};
