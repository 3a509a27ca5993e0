import { runs } from '@/lib/testing/properties';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeIndex } from '@/lib/timeline/codec';
import { encodeMask, decodeMask } from '@/lib/timeline/mask';
import { placeCounts, placesOfEvent } from '@/lib/timeline/place-counts';
import { CAMPS, dataset, decoded } from '@/lib/timeline/test-fixtures';
import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';

const day = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2025-01-01') });

describe('placeCounts', () => {
  it('counts, per place, the kept events overlapping the window, with their most frequent camp', () => {
    fc.assert(
      fc.property(dataset, fc.option(fc.tuple(day, day), { nil: null }), fc.option(fc.func(fc.boolean()), { nil: null }), (items, range, keep) => {
        const index = decoded(JSON.parse(JSON.stringify(encodeIndex(items, []))));
        const kept = keep && items.map((_, at) => keep(at));
        const bits = kept ? decodeMask(encodeMask(kept.flatMap((k, at) => (k ? [at] : [])), items.length), items.length) : null;
        const window = range && { first: Math.min(...range), last: Math.max(...range) };
        const { byPlace, unplaced } = placeCounts(index, bits, window);

        const counted = items.filter((item, at) => {
          const last = item.end ? fromDayNumber(toDayNumber(item.end) - 1) : item.start;
          return (!kept || kept[at]) && (!window || (last >= fromDayNumber(window.first) && item.start <= fromDayNumber(window.last)));
        });
        expect(unplaced).toBe(counted.filter((item) => item.places.length === 0).length);
        const ids = new Set(counted.flatMap((item) => item.places));
        expect([...byPlace.keys()].sort()).toEqual([...ids].sort());
        for (const id of ids) {
          const here = counted.filter((item) => item.places.includes(id));
          const perCamp = CAMPS.map((camp) => here.filter((item) => item.camp === camp).length);
          expect(byPlace.get(id)).toEqual({ count: here.length, camp: perCamp.indexOf(Math.max(...perCamp)) });
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('gives the places an event names', () => {
    const index = decoded(JSON.parse(JSON.stringify(encodeIndex([{ id: 'a', title: 't', dateLabel: 'd', camp: 'regime', written: '2016', actorNames: [], outlets: [], approximate: false, actors: [], roles: [], places: ['al-tanf', 'syria'], start: '2016-01-01' }], []))));
    expect(placesOfEvent(index, 'a')).toEqual(['al-tanf', 'syria']);
    expect(placesOfEvent(index, 'b')).toEqual([]);
    expect(placesOfEvent(index, undefined)).toEqual([]);
  });

  it('counts an event on the first or the last day of the window, and not one that ends the day before', () => {
    const event = (id: string, start: string, end?: string) => ({ id, title: 't', dateLabel: 'd', camp: 'regime' as const, written: start, actorNames: [], outlets: [], approximate: false, actors: [], roles: [], places: ['syria'], start, ...(end !== undefined && { end }) });
    // A point on 10 June, and a range over 1–9 June (its end is the day after).
    const index = decoded(JSON.parse(JSON.stringify(encodeIndex([event('range', '2016-06-01', '2016-06-10'), event('point', '2016-06-10')], []))));
    const count = (first: string, last: string) => placeCounts(index, null, { first: toDayNumber(first), last: toDayNumber(last) }).byPlace.get('syria')?.count ?? 0;
    expect(count('2016-06-10', '2016-06-10')).toBe(1);
    expect(count('2016-06-09', '2016-06-09')).toBe(1);
    expect(count('2016-05-01', '2016-06-01')).toBe(1);
    expect(count('2016-05-01', '2016-05-31')).toBe(0);
    expect(count('2016-06-11', '2016-07-01')).toBe(0);
  });

  it('gives the places of the first of several events', () => {
    const item = { title: 't', dateLabel: 'd', camp: 'regime' as const, written: '2016', actorNames: [], outlets: [], approximate: false, actors: [], roles: [], start: '2016-01-01' };
    const index = decoded(JSON.parse(JSON.stringify(encodeIndex([{ ...item, id: 'a', places: ['al-tanf'] }, { ...item, id: 'b', places: ['syria'] }], []))));
    expect(placesOfEvent(index, 'a')).toEqual(['al-tanf']);
    expect(placesOfEvent(index, 'b')).toEqual(['syria']);
  });
});
