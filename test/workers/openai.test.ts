// /v1/chat/completions inside workerd through the official openai client: the conversation's state goes to the
// SESSIONS namespace under its own "openai:" keys, and the second turn completes the money question.
import OpenAI from 'openai';
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types';

const client = new OpenAI({
  baseURL: 'https://assistant.test/v1',
  apiKey: 'unused',
  maxRetries: 0,
  fetch: (input, init) => SELF.fetch(String(input instanceof Request ? input.url : input), init),
});

describe('the OpenAI-compatible API on the Worker', () => {
  it('answers a two-turn money conversation, keeping its facts in KV', async () => {
    const first = '我是石嘴山人，在读全日制博士，能拿多少补贴？';
    const turn1 = await client.chat.completions.create({ model: 'shizuishan-talent-policy', messages: [{ role: 'user', content: first }] });
    const { keys } = await (env.SESSIONS as unknown as { list(o: { prefix: string }): Promise<{ keys: { name: string }[] }> }).list({
      prefix: 'session:openai:',
    });
    expect(keys.length).toBeGreaterThan(0);
    const turn2 = await client.chat.completions.create({
      model: 'shizuishan-talent-policy',
      messages: [
        { role: 'user', content: first },
        { role: 'assistant', content: turn1.choices[0]!.message.content ?? '' },
        { role: 'user', content: '已经签了预引进协议' },
      ],
    });
    expect(turn2.choices[0]!.message.content).toContain('2万元（20000元）');
    expect((turn2 as unknown as { policy: Answer }).policy.amounts[0]).toMatchObject({ ruleId: 'r12-pre-introduction', eligible: true });
  });
});
