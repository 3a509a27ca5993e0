import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { encodeIndex } from '@/lib/timeline/codec';
import { decodeMask, encodeMask, filtersMask, isKept, maskToBase64 } from '@/lib/timeline/mask';
import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';
import { EMPTY_VIEW, type ViewState } from '@/lib/view/url-state';
import { buildView } from '@/lib/view/view';
import { toTimelineItem } from '@/lib/timeline/entries';
import { dataset, decoded, ACTORS, PLACES } from '@/lib/timeline/test-fixtures';

const day = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2025-01-01') }).map(fromDayNumber);

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
});

  it('keeps the same events as a plain filter over every event', () => {
    fc.assert(
      fc.property(
        dataset,
        fc.subarray([...ACTORS, 'unknown']),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.option(fc.func(fc.boolean()), { nil: undefined }),
        fc.option(fc.constantFrom(...PLACES, 'unknown-place'), { nil: undefined }),
        (items, actors, from, to, search, place) => {
          const index = decoded(JSON.parse(JSON.stringify(encodeIndex(items))));
          const searched = search && items.map((_, at) => search(at));
          const searchMask = searched ? decodeMask(encodeMask(searched.flatMap((k, at) => (k ? [at] : [])), items.length), items.length) : null;
          const mask = filtersMask(index, { searchMask, actors, ...(from && { from }), ...(to && { to }), ...(place && { place }) });
          if (!searched && actors.length === 0 && !from && !to && !place) {
            expect(mask).toBeNull();
            return;
          }
          const expected = items.flatMap((value, at) => {
            const last = value.end ? fromDayNumber(toDayNumber(value.end) - 1) : value.start;
            const keep =
              (!searched || searched[at]) &&
              (actors.length === 0 || value.actors.some((actor) => actors.includes(actor))) &&
              (!from || last >= from) &&
              (!to || value.start <= to) &&
              (!place || value.places.includes(place));
            return keep ? [at] : [];
          });
          expect(mask).not.toBeNull();
          expect(maskToBase64(mask!)).toBe(encodeMask(expected, items.length));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("agrees with the server's filter on the real corpus", () => {
    const catalog = getCatalog();
    const index = decoded(JSON.parse(JSON.stringify(encodeIndex(catalog.events.map((event) => toTimelineItem(event, catalog))))));
    const terms = ['', 'aleppo', 'russia', 'hospital', 'daesh', 'no such words'];
    fc.assert(
      fc.property(
        fc.subarray(catalog.actors.map((actor) => actor.id), { maxLength: 3 }),
        fc.constantFrom(...terms),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.option(fc.constantFrom(...catalog.places.map((place) => place.id)), { nil: undefined }),
        (actors, q, from, to, place) => {
          const state: ViewState = { ...EMPTY_VIEW, actors, q, ...(from && { from }), ...(to && { to }), ...(place && { place }) };
          const view = buildView(catalog, state);
          const mask = filtersMask(index, {
            searchMask: view.searchMask === null ? null : decodeMask(view.searchMask, index.size),
            actors,
            ...(from && { from }),
            ...(to && { to }),
            ...(place && { place }),
          });
          expect(mask === null ? null : maskToBase64(mask)).toBe(view.mask);
        },
      ),
      { numRuns: 300 },
    );
  });
