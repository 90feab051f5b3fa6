// A real HTTP server for clients nobody here wrote (the openai SDK, the MCP SDK's Client, a browser): the app on
// 127.0.0.1 at a random port.
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

export interface Running {
  base: string;
  close(): Promise<void>;
}

export async function listen(app: Pick<Hono, 'fetch'>): Promise<Running> {
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve({ server: s, port: info.port }));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
