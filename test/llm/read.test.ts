// With a model configured, the model also reads the message into facts (msw plays the OpenAI-compatible API). Where it
// disagrees with the deterministic reading on a fact that decides the amount, the user is asked; amounts stay the rules'.
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { parseModelFacts } from '../../src/llm/read';
import { ask, completion, mockLlm, openaiDeps, useMockServer } from './support';

useMockServer();

const QUESTION = '我是石嘴山人，在读全日制博士，已经签了预引进协议，能拿多少';

/** The reading call carries the read prompt; the explanation call after a rules answer gets an empty sentence. */
function model(facts: unknown) {
  return mockLlm(async ({ request }) => {
    const body = (await request.json()) as { messages: { content: string }[] };
    const reading = body.messages[0]?.content.includes('只记下留言本身说明的');
    return HttpResponse.json(completion(reading ? JSON.stringify(facts) : ''));
  });
}

describe('the model reads the message too', () => {
  it('asks the user when the model reads a deciding fact differently (origin), and keeps the rules amount', async () => {
    model({ origin: false, degree: 'doctor', enrolled: true, fullTime: true, agreementSigned: true });
    const { body } = await ask(openaiDeps(), QUESTION);
    expect(body.clarify?.fact).toBe('origin');
    expect(body.answer).toContain('请先确认');
    expect(body.amounts.find((a) => a.ruleId === 'r12-pre-introduction')).toMatchObject({ min: 20000, max: 20000 });
  });

  it('answers as usual when both readings agree', async () => {
    model({ origin: true, degree: 'doctor', enrolled: true, fullTime: true, agreementSigned: true });
    const { body } = await ask(openaiDeps(), QUESTION);
    expect(body.clarify).toBeUndefined();
    expect(body.amounts.find((a) => a.ruleId === 'r12-pre-introduction')).toMatchObject({ eligible: true, min: 20000 });
  });

  it('keeps the deterministic reading when the model returns something that is not the schema', async () => {
    model({ origin: 'maybe', salary: 100000 });
    const { body } = await ask(openaiDeps(), QUESTION);
    expect(body.clarify).toBeUndefined();
    expect(body.amounts.find((a) => a.ruleId === 'r12-pre-introduction')?.eligible).toBe(true);
  });

  it('refuses facts outside the schema and non-JSON text', () => {
    expect(parseModelFacts('{"origin": true, "amount": 20000}')).toBeUndefined();
    expect(parseModelFacts('I think they are from Shizuishan')).toBeUndefined();
    expect(parseModelFacts('```json\n{"degree": "master"}\n```')).toEqual({ degree: 'master' });
  });
});
