// The gazetteer as the reader loads it: every line of places.json is a Place (the loader checks only what it needs).
import { describe, expect, it } from 'vitest';
import { Place, loadGazetteer } from '../../src/understand/places';

describe('the gazetteer', () => {
  it('reads every line of places.json as a Place, 宁夏 a province and 平罗县 a county of 石嘴山', () => {
    const places = loadGazetteer();
    expect(places.filter((p) => !Place.safeParse(p).success)).toEqual([]);
    expect(places).toContainEqual(expect.objectContaining({ name: '宁夏', level: 'province' }));
    expect(places).toContainEqual(expect.objectContaining({ name: '平罗县', level: 'county', city: '石嘴山' }));
  });
});
