import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMask, encodeMask } from '@/lib/timeline/mask';
import { toDayNumber } from '@/lib/dates/day-number';
import { periodAfter, periodStart } from '@/lib/dates/periods';
import { BUCKET_SAMPLE, windowContent } from '@/lib/timeline/window-content';
import { dataset, indexOfItems } from '@/lib/timeline/test-fixtures';

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
          const index = indexOfItems(items);
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
            const counted = new Map<number, number[]>();
            for (const at of expected.slice(1)) {
              const start = periodStart(Math.max(toDayNumber(items[at]!.start), from), period);
              counted.set(start, [...(counted.get(start) ?? []), at]);
            }
            const plain = [...counted].sort(([a], [b]) => a - b);
            expect(content.buckets.map((bucket) => [bucket.start, bucket.count])).toEqual(plain.map(([start, events]) => [start, events.length]));
            // Each count names its first events, in order.
            expect(content.buckets.map((bucket) => bucket.first)).toEqual(plain.map(([, events]) => events.slice(0, BUCKET_SAMPLE)));
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


