// The in-memory session store keeps facts for a time-to-live measured on the injected clock.
import { describe, expect, it } from 'vitest';
import { memorySessionStore } from '../../src/store/sessions';

describe('memorySessionStore', () => {
  it('returns what was set until the time-to-live passes, then forgets it', async () => {
    let now = new Date('2024-01-01T00:00:00Z');
    const store = memorySessionStore({ ttlMs: 60_000, clock: () => now });
    await store.set('a', { facts: { origin: true }, hints: [], pending: 'degree' });
    now = new Date('2024-01-01T00:00:59Z');
    expect(await store.get('a')).toEqual({ facts: { origin: true }, hints: [], pending: 'degree' });
    now = new Date('2024-01-01T00:01:00Z');
    expect(await store.get('a')).toBeUndefined();
  });

  it('drops the oldest session beyond its capacity', async () => {
    const store = memorySessionStore({ maxSessions: 1 });
    await store.set('a', { facts: {}, hints: [] });
    await store.set('b', { facts: {}, hints: [] });
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('b')).toBeDefined();
  });
});
