import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { encodeIndex } from '@/lib/timeline/codec';
import { guard, runs } from '@/lib/testing/properties';
import { countKept, decodeMask, encodeMask, filterKey, filtersMask, involvesEnough, isKept, maskToBase64, namesPlace, viewMask } from '@/lib/timeline/mask';
import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';
import { EMPTY_VIEW, type ViewState } from '@/lib/view/url-state';
import { buildView } from '@/lib/view/view';
import { toTimelineItem, type TimelineItemData } from '@/lib/timeline/entries';
import { dataset, decoded, ACTORS, PLACES, indexOfItems } from '@/lib/timeline/test-fixtures';

const day = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2025-01-01') }).map(fromDayNumber);
const match = fc.option(fc.constant('all' as const), { nil: undefined });
const fixedItem: TimelineItemData = {
  id: 'x', title: 't', dateLabel: 'd', camp: 'other', written: '2016', actorNames: [], outlets: [], approximate: false, actors: [], roles: [], places: [], start: '2016-01-01',
};

describe('filtersMask', () => {
  it('round-trips a mask, and refuses one of the wrong size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((size) => fc.tuple(fc.constant(size), fc.uniqueArray(fc.nat(size - 1)))), ([size, kept]) => {
        const mask = decodeMask(encodeMask(kept, size), size);
        for (let at = 0; at < size; at += 1) expect(isKept(mask, at)).toBe(kept.includes(at));
      }),
    );
    expect(decodeMask(encodeMask([1], 16), 40)).toBeNull();
    expect(decodeMask('%%%not base64', 8)).toBeNull();
  });

  it('keeps the same events as a plain filter over every event, with any or all of the actors', () => {
    fc.assert(
      fc.property(
        dataset,
        fc.subarray([...ACTORS, 'unknown']),
        match,
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.option(fc.func(fc.boolean()), { nil: undefined }),
        fc.option(fc.constantFrom(...PLACES, 'unknown-place'), { nil: undefined }),
        (items, actors, match, from, to, search, place) => {
          const index = indexOfItems(items);
          const searched = search && items.map((_, at) => search(at));
          const searchMask = searched ? decodeMask(encodeMask(searched.flatMap((k, at) => (k ? [at] : [])), items.length), items.length) : null;
          const mask = filtersMask(index, { searchMask, actors, match, ...(from && { from }), ...(to && { to }), ...(place && { place }) });
          if (!searched && actors.length === 0 && !from && !to && !place) {
            expect(mask).toBeNull();
            return;
          }
          const involved = (actor: string, value: (typeof items)[number]) => value.actors.includes(actor);
          const expected = items.flatMap((value, at) => {
            const last = value.end ? fromDayNumber(toDayNumber(value.end) - 1) : value.start;
            const keep =
              (!searched || searched[at]) &&
              (actors.length === 0 ||
                (match === 'all' ? actors.every((actor) => involved(actor, value)) : actors.some((actor) => involved(actor, value)))) &&
              (!from || last >= from) &&
              (!to || value.start <= to) &&
              (!place || value.places.includes(place));
            return keep ? [at] : [];
          });
          expect(mask).not.toBeNull();
          expect(maskToBase64(mask!)).toBe(encodeMask(expected, items.length));
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("viewMask, which the browser runs, keeps what the server's buildView keeps: same bits, same key, same count", () => {
    const catalog = getCatalog();
    const index = decoded(JSON.parse(JSON.stringify(encodeIndex(catalog.events.map((event) => toTimelineItem(event, catalog)), catalog.actors))));
    // Words of titles, of quotes only, of actors' names, and none.
    const terms = ['', 'aleppo', 'russia', 'hospital', 'daesh', 'no such words', 'tanf cluster'];
    // Random actors rarely meet in one event: half the time, take them from one event so that "all of them" keeps some.
    const actors = fc.oneof(
      fc.subarray(catalog.actors.map((actor) => actor.id), { maxLength: 3 }),
      fc.constantFrom(...catalog.events).chain((event) => fc.subarray(event.actors.map(({ actor }) => actor), { minLength: 1, maxLength: Math.min(3, event.actors.length) })),
    );
    // Half the time a place some kept event names.
    const place = fc.oneof(fc.constantFrom(...catalog.places.map((place) => place.id)), fc.constantFrom(...catalog.events.flatMap((event) => event.place?.ids ?? [])));
    // Each filter is often absent, and the dates are the events' own, so that most views keep some events.
    const eventDay = fc.constantFrom(...catalog.events.map((event) => event.start)).map((start) => `${start}-01-01`.slice(0, 10));
    const sometimes = <T,>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined, freq: 2 });
    const some = guard('a view that keeps some events but not all');
    const placed = guard('a place filter that keeps some events');
    fc.assert(
      fc.property(
        fc.oneof(fc.constant([]), actors),
        match,
        fc.oneof(fc.constant(''), fc.constantFrom(...terms)),
        sometimes(fc.oneof(eventDay, day)),
        sometimes(fc.oneof(eventDay, day)),
        sometimes(place),
        (actors, match, q, from, to, place) => {
          const sorted = [...new Set(actors)].sort();
          const state: ViewState = { ...EMPTY_VIEW, actors: sorted, ...(match && { match }), q, ...(from && { from }), ...(to && { to }), ...(place && { place }) };
          const view = buildView(catalog, state);
          const browser = viewMask(index, { actors: sorted, match, from, to, place }, view.searchMask);
          expect(browser.bits === null ? null : maskToBase64(browser.bits)).toBe(view.mask);
          expect(browser.key).toBe(filterKey(view.mask));
          expect(browser.count).toBe(view.events.length);
          some(view.events.length > 0 && view.events.length < catalog.events.length);
          placed(place !== undefined && view.events.length > 0);
        },
      ),
      { numRuns: runs(400) },
    );
    some.expectExercised(0.25);
    placed.expectExercised(0.05);
    const all = viewMask(index, { actors: [] }, null);
    expect(all).toEqual({ bits: null, key: filterKey(null), count: catalog.events.length });
  });

  it('keeps exactly the events involving both Russia and the rebels with match=all', () => {
    const catalog = getCatalog();
    const view = buildView(catalog, { ...EMPTY_VIEW, actors: ['russia', 'syrian-rebels'], match: 'all' });
    const both = catalog.events.filter((event) => ['russia', 'syrian-rebels'].every((id) => event.actors.some(({ actor }) => actor === id)));
    expect(both.length).toBeGreaterThan(1);
    expect(view.events).toEqual(both);
    expect(buildView(catalog, { ...EMPTY_VIEW, actors: ['russia', 'syrian-rebels'] }).events.length).toBeGreaterThan(both.length);
  });
});

describe('the pieces of a mask', () => {
  it('keeps an event involving any of the chosen actors, or all of them with match=all', () => {
    expect(involvesEnough(0, 0, undefined)).toBe(true);
    expect(involvesEnough(0, 0, 'all')).toBe(true);
    expect(involvesEnough(1, 3, undefined)).toBe(true);
    expect(involvesEnough(0, 3, undefined)).toBe(false);
    expect(involvesEnough(2, 3, 'all')).toBe(false);
    expect(involvesEnough(3, 3, 'all')).toBe(true);
  });

  it('counts the kept events, all of them without a mask', () => {
    expect(countKept(null, 13)).toBe(13);
    expect(countKept(Uint8Array.from([0b1011, 0xff, 0]), 24)).toBe(11);
    expect(countKept(new Uint8Array(2), 16)).toBe(0);
  });

  it('keeps nothing past the end of a mask, and reads bits from the low end of each byte', () => {
    const mask = Uint8Array.from([0b0000_0101]);
    expect([0, 1, 2, 3, 7, 8, 20].map((at) => isKept(mask, at))).toEqual([true, false, true, false, false, false, false]);
    expect(isKept(null, 99)).toBe(true);
    expect(encodeMask([0, 2, 9], 10)).toBe(btoa(String.fromCharCode(0b101, 0b10)));
  });

  it('names the unfiltered view "all" and tells two masks apart', () => {
    expect(filterKey(null)).toBe('all');
    expect(filterKey(encodeMask([1], 16))).not.toBe(filterKey(encodeMask([2], 16)));
    expect(filterKey(encodeMask([1], 16))).not.toBe('all');
  });

  it('finds whether an event names a place', () => {
    const index = indexOfItems([
      { ...fixedItem, id: 'a', places: ['aleppo-city', 'syria'] },
      { ...fixedItem, id: 'b', places: [] },
    ]);
    const at = (place: string) => index.placeIds.indexOf(place);
    expect(namesPlace(index, 0, at('syria'))).toBe(true);
    expect(namesPlace(index, 0, at('aleppo-city'))).toBe(true);
    expect(namesPlace(index, 1, at('syria'))).toBe(false);
    expect(namesPlace(index, 0, -1)).toBe(false);
  });

  it('keeps the events of the chosen actors when actors are the only filter', () => {
    const index = indexOfItems([
      { ...fixedItem, id: 'a', actors: ['hts'], actorNames: ['HTS'], roles: ['initiator'] },
      { ...fixedItem, id: 'b', actors: ['isis'], actorNames: ['ISIS'], roles: ['initiator'] },
    ]);
    const mask = filtersMask(index, { searchMask: null, actors: ['hts'] });
    expect(mask && index.ids.filter((_, at) => isKept(mask, at))).toEqual(['a']);
  });

  it('keeps every event in the dates when there is no search, whatever the number of events', () => {
    const index = indexOfItems(Array.from({ length: 20 }, (_, at) => ({ ...fixedItem, id: `e${at}`, start: `2016-01-${String(at + 1).padStart(2, '0')}` })));
    expect(viewMask(index, { actors: [], from: '2015-01-01' }, null).count).toBe(20);
  });

  it('works out a view in the browser: a place, an unknown place, a search and a date', () => {
    const index = indexOfItems([
      { ...fixedItem, id: 'a', places: ['aleppo-city'], start: '2016-01-01' },
      { ...fixedItem, id: 'b', places: ['syria'], start: '2016-03-01', end: '2016-05-01' },
      { ...fixedItem, id: 'c', places: [], start: '2017-01-01' },
    ]);
    const kept = (view: ReturnType<typeof viewMask>) => (view.bits === null ? null : index.ids.filter((_, at) => isKept(view.bits, at)));
    const syria = viewMask(index, { actors: [], place: 'syria' }, null);
    expect([kept(syria), syria.count, syria.key]).toEqual([['b'], 1, filterKey(encodeMask([1], 3))]);
    expect(kept(viewMask(index, { actors: [], place: 'nowhere' }, null))).toEqual([]);
    expect(kept(viewMask(index, { actors: [] }, encodeMask([0, 2], 3)))).toEqual(['a', 'c']);
    // A search mask of another size is not this index's: everything is kept.
    expect(kept(viewMask(index, { actors: [], from: '2000-01-01' }, encodeMask([0], 40)))).toEqual(['a', 'b', 'c']);
    expect(kept(viewMask(index, { actors: [], from: '2016-04-30', to: '2016-12-31' }, null))).toEqual(['b']);
    expect(kept(viewMask(index, { actors: [], from: '2016-05-01' }, null))).toEqual(['c']);
    expect(kept(viewMask(index, { actors: [], to: '2016-01-01' }, null))).toEqual(['a']);
  });
});
