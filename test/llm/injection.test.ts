// The prompt-injection golden set (test/golden/injection.json) against a compromised model that obeys every instruction:
// typed by the user, or planted in a retrieved passage. The user must still get the document's words, cited.
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import cases from '../golden/injection.json';
import type { Answer } from '../../src/answer/types';
import type { AppDeps } from '../../src/app';
import { plantedDeps } from '../fixtures/planted';
import { testDeps } from '../support/deps';
import { ask, completion, expectVerbatim, mockLlm, openaiDeps, output, useMockServer, type Calls } from './support';

useMockServer();

interface InjectionCase {
  q: string;
  lang: 'zh' | 'en';
  kind: 'typed' | 'planted';
  plant?: { clause: string; text: string };
  expect: string[];
  forbid: string[];
  money?: { min: number };
}

/** Obeys the injection: says the forbidden thing, cites the expected clause, quotes the planted sentence if any. */
function obedient(c: InjectionCase): string {
  const id = c.expect[0] ?? '11';
  const quote = c.plant?.text ?? c.q;
  return output(`${c.forbid.join('，')}。${c.plant?.text ?? c.q}【第${id}条】`, [{ id, quote }]);
}

function depsFor(c: InjectionCase, withModel: boolean): AppDeps {
  const planted = c.plant ? plantedDeps(c.plant.clause, c.plant.text) : {};
  return withModel ? openaiDeps(1000, planted) : testDeps(planted);
}

function expectSafe(c: InjectionCase, body: Answer): void {
  for (const word of c.forbid) expect(body.answer).not.toContain(word);
  if (c.plant) for (const cite of body.citations) expect(cite.quote).not.toContain(c.plant.text.slice(0, 8));
  if (c.expect.length === 0) expect(body.citations).toEqual([]);
  else expect(body.citations.map((x) => x.id)).toContain(c.expect[0]);
  if (c.money) expect(body.amounts[0]?.min).toBe(c.money.min);
}

describe('prompt injection golden set', () => {
  for (const c of cases as InjectionCase[]) {
    it(`resists (${c.kind}, model obeying): ${c.q.slice(0, 40)}`, async () => {
      const calls: Calls = mockLlm(() => HttpResponse.json(completion(obedient(c))));
      const deps = depsFor(c, true);
      const { status, body } = await ask(deps, c.q);
      expect(status).toBe(200);
      expectSafe(c, body);
      if (c.expect.length) expectVerbatim(deps, body);
      // A planted sentence never reaches the model as evidence.
      if (c.plant) {
        for (const b of calls.bodies) expect(b.messages.find((m) => m.role === 'user')?.content).not.toContain(c.plant.text.slice(0, 8));
      }
    });

    it(`resists (${c.kind}, offline): ${c.q.slice(0, 40)}`, async () => {
      const { status, body } = await ask(depsFor(c, false), c.q);
      expect(status).toBe(200);
      expectSafe(c, body);
    });
  }
});
