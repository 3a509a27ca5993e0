import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from './data';
import { decodeIndex, decodeMask, encodeIndex, encodeMask, fromDayNumber, isKept, toDayNumber, windowContent } from './timeline-index';
import { toTimelineItem, type TimelineItemData } from './view';

const CAMPS = ['regime', 'opposition', 'jihadist', 'kurdish', 'us-coalition', 'other'] as const;

const item = fc
  .record({
    start: fc.integer({ min: toDayNumber('2001-01-01'), max: toDayNumber('2024-12-31') }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 })),
    camp: fc.constantFrom(...CAMPS),
    approximate: fc.boolean(),
  })
  .map(({ start, length, camp, approximate }): Omit<TimelineItemData, 'id'> => ({
    title: 't',
    dateLabel: 'd',
    camp,
    approximate,
    start: fromDayNumber(start),
    ...(length > 0 && { end: fromDayNumber(start + length) }),
  }));

const dataset = fc
  .array(item, { maxLength: 400 })
  .map((items) => items.map((value, at) => ({ ...value, id: `e-${at}` })).sort((a, b) => (a.start < b.start ? -1 : 1)));

describe('the timeline index', () => {
  it('round-trips the real corpus', () => {
    const catalog = getCatalog();
    const items = catalog.events.map((event) => toTimelineItem(event, catalog.actorById));
    const index = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(items))));
    expect(index.size).toBe(items.length);
    expect(index.ids).toEqual(items.map((i) => i.id));
    const tanf = index.position.get('russian-airstrike-on-al-tanf-base-2016')!;
    expect(fromDayNumber(index.start[tanf]!)).toBe('2016-06-16');
    expect(index.end[tanf]).toBe(index.start[tanf]);
  });

  it('skips rows that do not fit and never throws on foreign input', () => {
    expect(decodeIndex({ events: [['a', 't', 'd', 1, 2, 0, 0], ['bad'], null, ['b', 't', 'd', 'x', 2, 0, 0]] }).ids).toEqual(['a']);
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
            expect(content.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(expected.length - content.items.length);
            expect(content.buckets.length).toBeLessThanOrEqual(41);
            for (const bucket of content.buckets) expect(bucket.end).toBeGreaterThan(bucket.start);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
