// Cloudflare Workers entry: the same app, built once per isolate.
import { createApp } from './app';
import { loadConfig } from './config';
import { buildDeps } from './deps';
import type { AiBinding } from './llm/workers-ai';

/** Vars and secrets (the same names as Node's environment) plus the Workers AI binding. */
type WorkerEnv = Record<string, unknown> & { AI?: AiBinding };
type App = ReturnType<typeof createApp>;

// Workers only hand over env with a request, so the app is built on the first one and reused for the isolate's life.
let app: App | undefined;

export default {
  fetch(request: Request, env: WorkerEnv, ctx: Parameters<App['fetch']>[2]) {
    app ??= createApp(buildDeps(loadConfig(env), { ai: env.AI }));
    return app.fetch(request, env, ctx);
  },
};
