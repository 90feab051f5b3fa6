// /mcp inside workerd: the same MCP contract as on Node, the SDK's Client running in workerd and reaching the real
// src/worker.ts through SELF (no socket), so the transport, zod schemas and tools are proven on the Workers runtime.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { SELF } from 'cloudflare:test';
import { afterAll } from 'vitest';
import { describeMcpContract } from '../contract/mcp';

let client: Client | undefined;

async function connect(): Promise<Client> {
  if (client) return client;
  const c = new Client({ name: 'workerd-contract-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL('https://assistant.test/mcp'), {
    fetch: (input, init) => SELF.fetch(String(input instanceof Request ? input.url : input), init),
  });
  await c.connect(transport);
  client = c;
  return c;
}

afterAll(async () => {
  await client?.close();
});

describeMcpContract(connect);
