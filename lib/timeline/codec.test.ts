import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { decodeIndex, encodeIndex } from '@/lib/timeline/codec';
import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';
import { toTimelineItem } from '@/lib/timeline/entries';
import { dataset, decoded, INDEX_ACTORS } from '@/lib/timeline/test-fixtures';
import { runs } from '@/lib/testing/properties';

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
    for (const foreign of [null, undefined, 'events', 7, []]) expect(decodeIndex(foreign)).toBeNull();
    fc.assert(fc.property(fc.anything(), (value) => void decodeIndex(value)));
  });

  it('gives back, for every event, what the browser draws and lists of it', () => {
    fc.assert(
      fc.property(dataset, (generated) => {
        const items = generated.map((item) => ({ ...item, title: `title of ${item.id}`, dateLabel: `date of ${item.id}` }));
        const index = decoded(JSON.parse(JSON.stringify(encodeIndex(items, INDEX_ACTORS))));
        const range = (start: Uint32Array, at: number) => Array.from({ length: start[at + 1]! - start[at]! }, (_, k) => start[at]! + k);
        expect(index.size).toBe(items.length);
        items.forEach((item, at) => {
          expect(index.position.get(item.id)).toBe(at);
          expect([index.ids[at], index.titles[at], index.dateLabels[at]]).toEqual([item.id, item.title, item.dateLabel]);
          expect(fromDayNumber(index.start[at]!)).toBe(item.start);
          expect(index.end[at]).toBe(item.end === undefined ? index.start[at] : toDayNumber(item.end));
          expect(index.camps[index.camp[at]!]).toBe(item.camp);
          expect(index.approximate[at]).toBe(item.approximate ? 1 : 0);
          expect(index.writtenLength[at]).toBe(item.written.length);
          const actors = range(index.actorStart, at);
          expect(actors.map((k) => index.actorIds[index.actorList[k]!])).toEqual(item.actors);
          expect(actors.map((k) => index.actorNames[index.actorList[k]!])).toEqual(item.actorNames);
          expect(actors.map((k) => index.roles[index.actorRole[k]!])).toEqual(item.roles);
          expect(range(index.outletStart, at).map((k) => index.outlets[index.outletList[k]!])).toEqual(item.outlets);
          expect(range(index.placeStart, at).map((k) => index.placeIds[index.placeList[k]!])).toEqual(item.places);
        });
        index.actorIds.forEach((id, actor) => {
          const known = INDEX_ACTORS.find((entry) => entry.id === id)!;
          expect([index.actorFullNames[actor], index.camps[index.actorCamp[actor]!]]).toEqual([known.name, known.camp]);
        });
      }),
      { numRuns: runs(100) },
    );
  });

  it('names an actor the actor list lacks by its list name, in the camp "other"', () => {
    const item = { id: 'a', title: 't', dateLabel: 'd', camp: 'jihadist' as const, written: '2016', actorNames: ['HTS'], outlets: [], approximate: false, actors: ['hts'], roles: ['initiator' as const], places: [], start: '2016-01-01' };
    const index = decoded(JSON.parse(JSON.stringify(encodeIndex([item], []))));
    expect([index.actorIds[0], index.actorNames[0], index.actorFullNames[0], index.camps[index.actorCamp[0]!]]).toEqual(['hts', 'HTS', 'HTS', 'other']);
    const unnamed = decoded(JSON.parse(JSON.stringify(encodeIndex([{ ...item, actorNames: [] }], []))));
    expect([unnamed.actorNames[0], unnamed.actorFullNames[0]]).toEqual(['hts', 'hts']);
  });

  it('rejects a document missing any part, or with a part of the wrong kind', () => {
    const good = ['a', 't', 'd', 1, 2, 0, 0, [0], 10, [0], [1]];
    const document = {
      actors: ['russia'],
      actorNames: ['Russia'],
      actorFullNames: ['Russian Federation'],
      actorCamps: [0],
      outlets: ['BBC'],
      events: [good],
      places: ['aleppo-city'],
      eventPlaces: [[0]],
    };
    expect(decodeIndex(document)).not.toBeNull();
    for (const key of Object.keys(document)) {
      expect(decodeIndex({ ...document, [key]: undefined }), `without ${key}`).toBeNull();
      expect(decodeIndex({ ...document, [key]: [7] }), `${key} holding a number`).toBeNull();
    }
    for (const parts of [{ actorNames: [] }, { actorCamps: [0, 0] }, { actorCamps: [-1] }, { actorCamps: [0.5] }, { eventPlaces: [[-1]] }]) {
      expect(decodeIndex({ ...document, ...parts })).toBeNull();
    }
    for (const row of [
      [1, 't', 'd', 1, 2, 0, 0, [0], 10, [0], [1]],
      ['a', 1, 'd', 1, 2, 0, 0, [0], 10, [0], [1]],
      ['a', 't', 1, 1, 2, 0, 0, [0], 10, [0], [1]],
      ['a', 't', 'd', 1, 2.5, 0, 0, [0], 10, [0], [1]],
      ['a', 't', 'd', 1, 2, 'regime', 0, [0], 10, [0], [1]],
      ['a', 't', 'd', 1, 2, 0, 2, [0], 10, [0], [1]],
      ['a', 't', 'd', 1, 2, 0, 0, [-1], 10, [0], [1]],
      ['a', 't', 'd', 1, 2, 0, 0, [0], 7.5, [0], [1]],
      ['a', 't', 'd', 1, 2, 0, 0, [0], 10, [1], [1]],
      ['a', 't', 'd', 1, 2, 0, 0, [0], 10, [0], [-1]],
      ['a', 't', 'd', 1, 2, 0, 0, [0], 10, [0], [1], 'extra'],
    ]) {
      expect(decodeIndex({ ...document, events: [row] }), JSON.stringify(row)).toBeNull();
    }
    for (const written of [4, 7, 10]) expect(decodeIndex({ ...document, events: [['a', 't', 'd', 1, 2, 0, 1, [0], written, [0], [1]]] })).not.toBeNull();
    expect(decodeIndex({ ...document, events: [['a', 't', 'd', 1, 2, 5, 0, [0], 10, [0], [4]]] })).not.toBeNull();
  });
});
