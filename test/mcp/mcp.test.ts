// /mcp on Node: the MCP contract with the SDK's Client over a real socket, then Origin, keys and methods.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { describeMcpContract } from '../contract/mcp';
import { testDeps } from '../support/deps';
import { listen, type Running } from '../support/server';

const KEY = 'mcp-test-key-0123456789';
const INSPECTOR = 'http://localhost:6274';
let open: Running;
let keyed: Running;
const clients: Client[] = [];

async function connectTo(base: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'contract-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { requestInit: { headers } }));
  clients.push(client);
  return client;
}

let shared: Client | undefined;
beforeAll(async () => {
  open = await listen(createApp(testDeps({ open: { apiKeys: [], mcpAllowedOrigins: [INSPECTOR], embedOrigins: [] } })));
  keyed = await listen(createApp(testDeps({ open: { apiKeys: [KEY], mcpAllowedOrigins: [], embedOrigins: [] } })));
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await open?.close();
  await keyed?.close();
});

describeMcpContract(async () => (shared ??= await connectTo(open.base)));

describe('/mcp guards', () => {
  const initialize = (origin?: string) =>
    fetch(`${open.base}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...(origin ? { origin } : {}) },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
      }),
    });

  it('refuses a browser Origin that is not in MCP_ALLOWED_ORIGINS with 403 (DNS-rebinding guard)', async () => {
    const res = await initialize('http://evil.example');
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ jsonrpc: '2.0', error: { message: expect.stringContaining('MCP_ALLOWED_ORIGINS') } });
  });

  it('serves an allowed Origin with CORS headers, and a client that sends no Origin', async () => {
    const allowed = await initialize(INSPECTOR);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(INSPECTOR);
    expect(await allowed.json()).toMatchObject({ result: { serverInfo: { name: 'shizuishan-talent-policy' } } });
    expect((await initialize()).status).toBe(200);
  });

  it('answers GET and DELETE with 405 (stateless: no stream, no session)', async () => {
    const res = await fetch(`${open.base}/mcp`, { headers: { accept: 'text/event-stream' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('with API_KEYS, refuses the SDK Client without the key and lists tools with it', async () => {
    await expect(connectTo(keyed.base)).rejects.toThrow(/401|API key/);
    await expect(connectTo(keyed.base, { authorization: 'Bearer wrong-key-0123456789' })).rejects.toThrow(/401|API key/);
    const client = await connectTo(keyed.base, { authorization: `Bearer ${KEY}` });
    expect((await client.listTools()).tools).toHaveLength(4);
  });
});
