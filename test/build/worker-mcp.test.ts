// The built Worker (scripts/bundle.mjs, as deployed) serving /mcp to the MCP SDK's own Client: the bundle gives the
// SDK a copy of zod of its own (zodCopyForPackages), and the tools must still list their schemas and validate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll } from 'vitest';
import { bundle } from '../../scripts/bundle.mjs';
import { nodeImportable } from '../bench/worker-cold';
import { describeMcpContract } from '../contract/mcp';
import { listen, type Running } from '../support/server';

interface BuiltWorker {
  fetch(
    request: Request,
    env: Record<string, unknown>,
    ctx: { waitUntil(p: Promise<unknown>): void; passThroughOnException(): void },
  ): Promise<Response>;
}

const dir = mkdtempSync(join(tmpdir(), 'szs-worker-mcp-'));
let server: Running;
let client: Client | undefined;

beforeAll(async () => {
  await bundle('worker', { outdir: dir });
  const path = nodeImportable(join(dir, 'worker.mjs'), 'node-importable.mjs');
  const worker = ((await import(pathToFileURL(path).href)) as { default: BuiltWorker }).default;
  const ctx = { waitUntil: () => {}, passThroughOnException: () => {} };
  server = await listen({ fetch: (request: Request) => worker.fetch(request, { LLM_PROVIDER: 'offline' }, ctx) });
}, 120_000);
afterAll(async () => {
  await client?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describeMcpContract(async () => {
  if (!client) {
    client = new Client({ name: 'built-worker-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${server.base}/mcp`)));
  }
  return client;
});
