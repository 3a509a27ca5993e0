import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { decodeIndex, encodeIndex } from '@/lib/timeline/codec';
import { fromDayNumber } from '@/lib/dates/day-number';
import { toTimelineItem } from '@/lib/timeline/entries';
import { decoded } from '@/lib/timeline/test-fixtures';

describe('the timeline index', () => {
  it('round-trips the real corpus', () => {
    const catalog = getCatalog();
    const items = catalog.events.map((event) => toTimelineItem(event, catalog));
    const index = decoded(JSON.parse(JSON.stringify(encodeIndex(items))));
    expect(index.size).toBe(items.length);
    expect(index.ids).toEqual(items.map((i) => i.id));
    const tanf = index.position.get('russian-airstrike-on-al-tanf-base-2016')!;
    expect(fromDayNumber(index.start[tanf]!)).toBe('2016-06-16');
    expect(index.end[tanf]).toBe(index.start[tanf]);
    const placesOf = (id: string) => {
      const at = index.position.get(id)!;
      return [...index.placeList.slice(index.placeStart[at], index.placeStart[at + 1])].map((place) => index.placeIds[place]);
    };
    expect(placesOf('russian-airstrike-on-al-tanf-base-2016')).toEqual(['al-tanf']);
    expect(placesOf('russian-strikes-on-is-at-kuweris-and-deir-ezzor')).toEqual(['kuweris-airbase', 'deir-ezzor-city', 'raqqa-city', 'palmyra']);
    expect(placesOf('september-11-attacks-2001')).toEqual([]);
  });

  it('rejects the whole document when any row does not fit, and never throws on foreign input', () => {
    const good = ['a', 't', 'd', 1, 2, 0, 0, [0], 10, [0]];
    const document = (rows: unknown[], eventPlaces: unknown = rows.map(() => [0])) => ({
      actors: ['russia'],
      actorNames: ['Russia'],
      outlets: ['BBC'],
      events: rows,
      places: ['aleppo-city'],
      eventPlaces,
    });
    expect(decodeIndex(document([good]))?.ids).toEqual(['a']);
    for (const bad of [
      ['bad'],
      null,
      ['b', 't', 'd', 'x', 2, 0, 0, [], 10, []],
      ['c', 't', 'd', 1, 2, 0, 0, [1], 10, []],
      ['d', 't', 'd', 1, 2, 0, 0, [], 5, []],
      ['e', 't', 'd', 1, 2, 0, 0, [], 4, [1]],
      good,
    ]) {
      expect(decodeIndex(document([good, bad]))).toBeNull();
    }
    for (const badPlaces of [undefined, [[0]], [[0], [1]], [[0], ['x']], 'x']) expect(decodeIndex(document([good, good], badPlaces))).toBeNull();
    fc.assert(fc.property(fc.anything(), (value) => void decodeIndex(value)));
  });

});
