// Property tests of the open interfaces: arbitrary JSON or text to /v1/chat/completions and /mcp gets a completion or
// an error in that interface's own shape (OpenAI's, or JSON-RPC), never a 5xx.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { testDeps } from '../support/deps';

const app = createApp(testDeps());
const RUNS = Number(process.env.FC_RUNS ?? 40);

const message = fc.record({
  role: fc.oneof(fc.constantFrom('user', 'assistant', 'system', 'tool'), fc.string()),
  content: fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.constant(null),
    fc.array(fc.record({ type: fc.constantFrom('text', 'image_url'), text: fc.string() }), { maxLength: 3 }),
    fc.integer(),
  ),
});
const body = fc.oneof(
  fc.record(
    {
      model: fc.constantFrom('shizuishan-talent-policy', 'gpt-4o', ''),
      messages: fc.array(message, { maxLength: 6 }),
      stream: fc.oneof(fc.boolean(), fc.constant(null)),
    },
    { requiredKeys: ['messages'] },
  ),
  fc.jsonValue().map((v) => v as unknown),
);

describe('open interfaces under arbitrary input', () => {
  it('/v1/chat/completions answers or refuses in OpenAI’s shape, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await app.request('/v1/chat/completions', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(b),
        });
        expect(res.status).toBeLessThan(500);
        const text = await res.text();
        if (res.status === 200) {
          expect(text.startsWith('data: ') || (JSON.parse(text) as { object: string }).object === 'chat.completion').toBe(true);
          return;
        }
        const error = (JSON.parse(text) as { error: Record<string, unknown> }).error;
        expect(typeof error.message).toBe('string');
        expect(typeof error.type).toBe('string');
        expect(typeof error.code).toBe('string');
        expect('param' in error).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('/mcp answers arbitrary JSON-RPC-ish bodies without a 5xx', async () => {
    const rpc = fc.oneof(
      fc.record({
        jsonrpc: fc.constant('2.0'),
        id: fc.nat(),
        method: fc.constantFrom('tools/call', 'tools/list', 'resources/read', 'initialize', 'nope'),
        params: fc.jsonValue(),
      }),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(rpc, async (b) => {
        const res = await app.request('/mcp', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
            'mcp-protocol-version': '2025-06-18',
          },
          body: JSON.stringify(b),
        });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });
});
