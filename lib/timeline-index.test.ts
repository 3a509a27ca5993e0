import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from './data';
import {
  decodeIndex,
  decodeMask,
  encodeIndex,
  encodeMask,
  filtersMask,
  fromDayNumber,
  isKept,
  maskToBase64,
  periodAfter,
  periodLabel,
  periodStart,
  toDayNumber,
  type Period,
  windowContent,
} from './timeline-index';
import { EMPTY_VIEW, type ViewState } from './url-state';
import { buildView, toTimelineItem, type TimelineItemData } from './view';

const CAMPS = ['regime', 'opposition', 'jihadist', 'kurdish', 'us-coalition', 'other'] as const;
const ACTORS = ['russia', 'hts', 'isis', 'sdf', 'usa'];
const OUTLETS = ['BBC', 'Al Jazeera', 'Reuters'];

const item = fc
  .record({
    start: fc.integer({ min: toDayNumber('2001-01-01'), max: toDayNumber('2024-12-31') }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 })),
    camp: fc.constantFrom(...CAMPS),
    approximate: fc.boolean(),
    actors: fc.subarray(ACTORS),
    written: fc.constantFrom(4, 7, 10),
    outlets: fc.subarray(OUTLETS),
  })
  .map(({ start, length, camp, approximate, actors, written, outlets }): Omit<TimelineItemData, 'id'> => ({
    title: 't',
    dateLabel: 'd',
    camp,
    written: fromDayNumber(start).slice(0, written),
    actorNames: actors.map((id) => id.toUpperCase()),
    outlets,
    approximate,
    actors,
    start: fromDayNumber(start),
    ...(length > 0 && { end: fromDayNumber(start + length) }),
  }));

const dataset = fc
  .array(item, { maxLength: 400 })
  .map((items) => items.map((value, at) => ({ ...value, id: `e-${at}` })).sort((a, b) => (a.start < b.start ? -1 : 1)));

describe('the timeline index', () => {
  it('round-trips the real corpus', () => {
    const catalog = getCatalog();
    const items = catalog.events.map((event) => toTimelineItem(event, catalog));
    const index = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(items))));
    expect(index.size).toBe(items.length);
    expect(index.ids).toEqual(items.map((i) => i.id));
    const tanf = index.position.get('russian-airstrike-on-al-tanf-base-2016')!;
    expect(fromDayNumber(index.start[tanf]!)).toBe('2016-06-16');
    expect(index.end[tanf]).toBe(index.start[tanf]);
  });

  it('skips rows that do not fit and never throws on foreign input', () => {
    const rows = [
      ['a', 't', 'd', 1, 2, 0, 0, [0], 10, [0]],
      ['bad'],
      null,
      ['b', 't', 'd', 'x', 2, 0, 0, [], 10, []],
      ['c', 't', 'd', 1, 2, 0, 0, [1], 10, []],
      ['d', 't', 'd', 1, 2, 0, 0, [], 5, []],
      ['e', 't', 'd', 1, 2, 0, 0, [], 4, [1]],
    ];
    expect(decodeIndex({ actors: ['russia'], outlets: ['BBC'], events: rows }).ids).toEqual(['a']);
    fc.assert(fc.property(fc.anything(), (value) => void decodeIndex(value)));
  });

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

describe('windowContent', () => {
  it('draws the same events as a plain overlap-and-filter check, or counts them all in buckets', () => {
    fc.assert(
      fc.property(
        dataset,
        fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2025-01-01') }),
        fc.integer({ min: 1, max: 9000 }),
        fc.integer({ min: 5, max: 200 }),
        fc.func(fc.boolean()),
        (items, from, length, maxItems, keep) => {
          const index = decodeIndex(encodeIndex(items));
          const kept = items.map((_, at) => keep(at));
          const mask = decodeMask(encodeMask(kept.flatMap((k, at) => (k ? [at] : [])), items.length), items.length);
          const to = from + length;
          const expected = items.flatMap((value, at) => {
            const start = toDayNumber(value.start);
            const end = value.end ? toDayNumber(value.end) : start + 1;
            return kept[at] && start < to && end > from ? [at] : [];
          });
          const pinned = expected[0];
          const content = windowContent(index, mask, from, to, { maxItems, maxBuckets: 40, pinned });
          expect(content.inWindow).toBe(expected.length);
          if (expected.length <= maxItems) {
            expect(content.items).toEqual(expected);
            expect(content.buckets).toEqual([]);
          } else {
            expect(content.items).toEqual(pinned === undefined ? [] : [pinned]);
            const period = content.buckets[0]!.period;
            const counts = new Map<number, number>();
            for (const at of expected.slice(1)) {
              const start = periodStart(Math.max(toDayNumber(items[at]!.start), from), period);
              counts.set(start, (counts.get(start) ?? 0) + 1);
            }
            expect(content.buckets.map((bucket) => [bucket.start, bucket.count])).toEqual([...counts].sort(([a], [b]) => a - b));
            // Calendar periods are a little uneven, and the window's edges can cut one at each end.
            expect(content.buckets.length).toBeLessThanOrEqual(42);
            for (const bucket of content.buckets) expect(bucket.end).toBe(periodAfter(bucket.start, period));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

const day = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2025-01-01') }).map(fromDayNumber);

describe('filtersMask', () => {
  it('keeps the same events as a plain filter over every event', () => {
    fc.assert(
      fc.property(
        dataset,
        fc.subarray([...ACTORS, 'unknown']),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.option(fc.func(fc.boolean()), { nil: undefined }),
        (items, actors, from, to, search) => {
          const index = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(items))));
          const searched = search && items.map((_, at) => search(at));
          const searchMask = searched ? decodeMask(encodeMask(searched.flatMap((k, at) => (k ? [at] : [])), items.length), items.length) : null;
          const mask = filtersMask(index, { searchMask, actors, ...(from && { from }), ...(to && { to }) });
          if (!searched && actors.length === 0 && !from && !to) {
            expect(mask).toBeNull();
            return;
          }
          const expected = items.flatMap((value, at) => {
            const last = value.end ? fromDayNumber(toDayNumber(value.end) - 1) : value.start;
            const keep =
              (!searched || searched[at]) &&
              (actors.length === 0 || value.actors.some((actor) => actors.includes(actor))) &&
              (!from || last >= from) &&
              (!to || value.start <= to);
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
    const index = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(catalog.events.map((event) => toTimelineItem(event, catalog))))));
    const terms = ['', 'aleppo', 'russia', 'hospital', 'daesh', 'no such words'];
    fc.assert(
      fc.property(
        fc.subarray(catalog.actors.map((actor) => actor.id), { maxLength: 3 }),
        fc.constantFrom(...terms),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        (actors, q, from, to) => {
          const state: ViewState = { ...EMPTY_VIEW, actors, q, ...(from && { from }), ...(to && { to }) };
          const view = buildView(catalog, state);
          const mask = filtersMask(index, {
            searchMask: view.searchMask === null ? null : decodeMask(view.searchMask, index.size),
            actors,
            ...(from && { from }),
            ...(to && { to }),
          });
          expect(mask === null ? null : maskToBase64(mask)).toBe(view.mask);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('calendar periods', () => {
  const periods: Period[] = ['day', 'week', 'month', 'quarter', 'year', 'five-years'];

  it('hold their day, start where the previous one ends, and never overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2035-12-31') }), fc.constantFrom(...periods), (day, period) => {
        const start = periodStart(day, period);
        const end = periodAfter(start, period);
        expect(start).toBeLessThanOrEqual(day);
        expect(end).toBeGreaterThan(day);
        expect(periodStart(start, period)).toBe(start);
        expect(periodStart(end, period)).toBe(end);
        expect(periodStart(end - 1, period)).toBe(start);
      }),
    );
  });

  it('begin on Mondays, on the first of a month, a quarter, a year, a five-year span', () => {
    const day = toDayNumber('2013-08-15');
    expect(fromDayNumber(periodStart(day, 'week'))).toBe('2013-08-12');
    expect(fromDayNumber(periodStart(day, 'month'))).toBe('2013-08-01');
    expect(fromDayNumber(periodStart(day, 'quarter'))).toBe('2013-07-01');
    expect(fromDayNumber(periodStart(day, 'year'))).toBe('2013-01-01');
    expect(fromDayNumber(periodStart(day, 'five-years'))).toBe('2010-01-01');
    expect(fromDayNumber(periodAfter(periodStart(day, 'five-years'), 'five-years'))).toBe('2015-01-01');
  });

  it('are named as a reader would say them', () => {
    const day = toDayNumber('2013-08-15');
    expect(periods.map((period) => periodLabel(periodStart(day, period), period))).toEqual([
      '15 August 2013',
      'week of 12 August 2013',
      'August 2013',
      'July–September 2013',
      '2013',
      '2010–2014',
    ]);
  });
});
