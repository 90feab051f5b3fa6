// A stored session is read back by parseSessionState without zod's parse (every turn reads its session): on any JSON it
// must keep SessionStateSchema's verdict and give what the schema's output gave, empty optional fields dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonAs } from '../../src/contract/json';
import { Facts } from '../../src/rules/facts';
import { SessionStateSchema, parseSessionState, type SessionState } from '../../src/store/sessions';

/** The reading before: the schema's parse, then the optional fields that are absent or empty left out. */
function viaSchema(text: string): SessionState | undefined {
  const parsed = parseJsonAs(SessionStateSchema, text);
  if (!parsed) return undefined;
  const { facts, hints, pending, lastClause, levels, lastAsk, people, lastTopic, count, otherPlace } = parsed;
  return {
    facts,
    hints,
    ...(pending ? { pending } : {}),
    ...(lastClause ? { lastClause } : {}),
    ...(levels ? { levels } : {}),
    ...(lastAsk ? { lastAsk } : {}),
    ...(people?.length ? { people } : {}),
    ...(lastTopic?.length ? { lastTopic } : {}),
    ...(count ? { count } : {}),
    ...(otherPlace ? { otherPlace } : {}),
  };
}

const FACT_NAMES = Object.keys(Facts.shape);
/** Strings around each length limit (16, 32, 40), mostly Chinese as stored. */
const text = (max: number) => fc.string({ unit: fc.constantFrom('第', '条', 'a', '1'), maxLength: max + 2, size: 'max' });
/** A field that is usually right, sometimes of the wrong type. */
const field = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 30, arbitrary: right }, fc.constantFrom<unknown>(null, 1, 2.5, 'x', [], {}, true));
const facts = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom<unknown>(
      {},
      { degree: 'doctor', origin: true },
      { subjects: ['student'], enrolled: true },
      { level: 'city' },
    ),
  },
  {
    weight: 4,
    arbitrary: fc.dictionary(fc.constantFrom(...FACT_NAMES), fc.constantFrom<unknown>(true, false, 'doctor', 'city', ['student'], 'x', 3)),
  },
  fc.constantFrom<unknown>({ notAFact: true }, [], null, 'facts'),
);
const session = fc.record(
  {
    facts,
    hints: field(fc.array(fc.constantFrom('student', 'postdoc_station', 'master_studio', 'student', 'nope'), { maxLength: 2 })),
    pending: field(fc.constantFrom(...FACT_NAMES, 'nope')),
    lastClause: field(text(16)),
    levels: field(
      fc.dictionary(
        fc.constantFrom('postdoc_station', 'expert_base', '__proto__'),
        fc.oneof(fc.constantFrom('city', 'national'), fc.integer()),
      ),
    ),
    lastAsk: field(text(32)),
    people: field(fc.array(text(16), { maxLength: 22, size: 'max' })),
    lastTopic: field(fc.array(text(32), { maxLength: 18, size: 'max' })),
    count: field(fc.oneof(fc.integer({ min: -2, max: 55 }), fc.double({ min: 1, max: 60, noNaN: true }))),
    otherPlace: field(text(40)),
    somethingElse: fc.constant('ignored'),
  },
  { requiredKeys: ['facts'] },
);

describe('parseSessionState', () => {
  it("gives the schema's verdict and output on 20,000 random stored sessions", () => {
    let accepted = 0;
    fc.assert(
      fc.property(session, (value) => {
        const stored = JSON.stringify(value);
        const expected = viaSchema(stored);
        expect(parseSessionState(stored)).toStrictEqual(expected);
        if (expected) accepted++;
      }),
      { numRuns: 20_000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('reads a stored conversation back whole, and text that is not one as none', () => {
    const state: SessionState = {
      facts: { subjects: ['student'], degree: 'doctor', origin: true },
      hints: ['postdoc_station'],
      pending: 'agreementSigned',
      lastClause: '12',
      levels: { master_studio: 'national' },
      lastAsk: 'department',
      people: ['master'],
      lastTopic: ['预引进'],
      count: 3,
      otherPlace: '银川',
    };
    expect(parseSessionState(JSON.stringify(state))).toEqual(state);
    for (const bad of ['', 'not json', '[]', 'null', '{"facts":{},"hints":["wizard"]}', '{"facts":{"degree":"wizard"},"hints":[]}'])
      expect(parseSessionState(bad)).toBeUndefined();
  });
});
