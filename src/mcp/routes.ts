// POST /mcp: the MCP server over Streamable HTTP, stateless (a fresh server and transport per request, JSON replies),
// on Node and Workers alike through the SDK's Web-standard transport. Guards, in order: Origin (MCP_ALLOWED_ORIGINS,
// against DNS rebinding), CORS for those origins, the per-client limiter, then the optional API_KEYS.
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AnswerDeps } from '../answer/pipeline';
import { checkBearer } from '../openai/keys';
import { rateLimit, type RateLimitDeps } from '../web/rate-limit';
import { createMcpServer } from './server';

export interface McpDeps extends AnswerDeps {
  apiKeys: readonly string[];
  /** Browser origins allowed (lower case); requests without an Origin header (desktop clients, servers) always are. */
  allowedOrigins: readonly string[];
  httpLimit?: RateLimitDeps;
}

/** A tool call carries one question; 64 KiB leaves room for the JSON-RPC envelope. */
const MAX_MCP_BODY_BYTES = 64 * 1024;

/** Refusals before the transport, in the JSON-RPC error shape the SDK's own transport uses. */
function refuse(c: Context, status: 401 | 403 | 405 | 429, message: string, headers: Record<string, string> = {}): Response {
  return c.json({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }, status, headers);
}

function originGuard(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowed.includes(origin.toLowerCase())) {
      return refuse(c, 403, `Origin ${origin} may not use /mcp. Add it to MCP_ALLOWED_ORIGINS (comma-separated) on the server.`);
    }
    return next();
  };
}

function limited(limit: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    const res = await limit(c, next);
    if (!(res instanceof Response) || res.status !== 429) return res;
    const wait = res.headers.get('retry-after') ?? '60';
    return refuse(c, 429, `Too many requests from this client; try again in ${wait} seconds.`, { 'Retry-After': wait });
  };
}

function keys(apiKeys: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const check = await checkBearer(c, apiKeys);
    if (check === 'missing' || check === 'wrong') {
      const why = check === 'missing' ? 'No API key was sent' : 'The API key is not valid';
      return refuse(c, 401, `${why}: send "Authorization: Bearer <key>" with one of the keys in API_KEYS.`, {
        'WWW-Authenticate': 'Bearer realm="mcp"',
      });
    }
    return next();
  };
}

/** /mcp as a Hono sub-app (mounted at / by createApp). */
export function createMcp(deps: McpDeps): Hono {
  const mcp = new Hono();
  mcp.use('/mcp', originGuard(deps.allowedOrigins));
  mcp.use(
    '/mcp',
    cors({
      origin: (origin) => (deps.allowedOrigins.includes(origin.toLowerCase()) ? origin : null),
      allowMethods: ['POST', 'GET', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization', 'Mcp-Session-Id', 'Mcp-Protocol-Version', 'Last-Event-ID'],
      exposeHeaders: ['Mcp-Session-Id', 'Mcp-Protocol-Version', 'WWW-Authenticate'],
    }),
  );
  if (deps.httpLimit) mcp.post('/mcp', limited(rateLimit(deps.httpLimit, deps.logger)));
  mcp.post('/mcp', keys(deps.apiKeys), async (c) => {
    const server = createMcpServer(deps);
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      maxRequestBodySize: MAX_MCP_BODY_BYTES,
    });
    await server.connect(transport);
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      await server.close();
    }
  });
  // Stateless: there is no server-initiated stream to GET and no session to DELETE (clients expect 405 then).
  mcp.on(['GET', 'DELETE'], '/mcp', (c) =>
    refuse(c, 405, 'This MCP server is stateless: send JSON-RPC with POST /mcp.', { Allow: 'POST' }),
  );
  return mcp;
}
