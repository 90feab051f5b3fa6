// Node entry: `npm start` serves the app with @hono/node-server at PORT (default 8787).
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { buildDeps } from './deps';

/** A bad variable stops start-up with the message naming it (never its value). */
function configOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

const config = configOrExit();
const app = createApp(buildDeps(config));
serve({ fetch: app.fetch, port: config.PORT }, (info) => {
  console.log(`石嘴山人才政策问答 listening on http://localhost:${info.port}`);
});
