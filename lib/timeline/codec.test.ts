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
    const index = decoded(JSON.parse(JSON.stringify(encodeIndex(items, catalog.actors))));
    expect(index.size).toBe(items.length);
    expect(index.ids).toEqual(items.map((i) => i.id));
    const tanf = index.position.get('russian-airstrike-on-al-tanf-base-2016')!;
    expect(fromDayNumber(index.start[tanf]!)).toBe('2016-06-16');
    expect(index.end[tanf]).toBe(index.start[tanf]);
    const nsya = index.actorIds.indexOf('new-syrian-army');
    expect(index.actorFullNames[nsya]).toBe('New Syrian Army');
    expect(index.camps[index.actorCamp[nsya]!]).toBe('opposition');
    const roles = new Map<string, string>();
    for (let k = index.actorStart[tanf]!; k < index.actorStart[tanf + 1]!; k += 1) {
      roles.set(index.actorIds[index.actorList[k]!]!, index.roles[index.actorRole[k]!]!);
    }
    expect(roles.get('russia')).toBe('initiator');
    expect(roles.get('new-syrian-army')).toBe('target');
    const placesOf = (id: string) => {
      const at = index.position.get(id)!;
      return [...index.placeList.slice(index.placeStart[at], index.placeStart[at + 1])].map((place) => index.placeIds[place]);
    };
    expect(placesOf('russian-airstrike-on-al-tanf-base-2016')).toEqual(['al-tanf']);
    expect(placesOf('russian-strikes-on-is-at-kuweris-and-deir-ezzor')).toEqual(['kuweris-airbase', 'deir-ezzor-city', 'raqqa-city', 'palmyra']);
    expect(placesOf('september-11-attacks-2001')).toEqual([]);
  });

  it('rejects the whole document when any row does not fit, and never throws on foreign input', () => {
    const good = ['a', 't', 'd', 1, 2, 0, 0, [0], 10, [0], [1]];
    const other = ['b', 't', 'd', 1, 2, 0, 0, [0], 10, [0], [1]];
    const document = (rows: unknown[], extra: object = {}) => ({
      actors: ['russia'],
      actorNames: ['Russia'],
      actorFullNames: ['Russian Federation'],
      actorCamps: [0],
      outlets: ['BBC'],
      events: rows,
      places: ['aleppo-city'],
      eventPlaces: rows.map(() => [0]),
      ...extra,
    });
    expect(decodeIndex(document([good]))?.ids).toEqual(['a']);
    for (const bad of [
      ['bad'],
      null,
      ['b', 't', 'd', 'x', 2, 0, 0, [], 10, [], []],
      ['c', 't', 'd', 1, 2, 0, 0, [1], 10, [], [0]],
      ['d', 't', 'd', 1, 2, 0, 0, [], 5, [], []],
      ['e', 't', 'd', 1, 2, 0, 0, [], 4, [1], []],
      ['f', 't', 'd', 1, 2, 0, 0, [0], 10, [], []],
      ['g', 't', 'd', 1, 2, 0, 0, [0], 10, [], [5]],
      ['h', 't', 'd', 1, 2, 0, 0, [0], 10, []],
      good,
    ]) {
      expect(decodeIndex(document([good, bad]))).toBeNull();
    }
    for (const actors of [{ actorFullNames: [] }, { actorCamps: [6] }, { actorCamps: ['regime'] }, { actorCamps: undefined }]) {
      expect(decodeIndex(document([good], actors))).toBeNull();
    }
    expect(decodeIndex(document([good, other]))?.size).toBe(2);
    for (const eventPlaces of [undefined, [[0]], [[0], [1]], [[0], ['x']], 'x']) expect(decodeIndex(document([good, other], { eventPlaces }))).toBeNull();
    fc.assert(fc.property(fc.anything(), (value) => void decodeIndex(value)));
  });

});
