import { runs } from '@/lib/testing/properties';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMask, encodeMask } from '@/lib/timeline/mask';
import { toDayNumber } from '@/lib/dates/day-number';
import { bucketPeriod, windowContent } from '@/lib/timeline/window-content';
import { crowdedDataset, expectCountedOrDrawn, indexOfItems } from '@/lib/timeline/test-fixtures';

describe('windowContent', () => {
  it('draws the same events as a plain overlap-and-filter check, or counts them in buckets and draws the sparsest', () => {
    fc.assert(
      fc.property(
        crowdedDataset,
        fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2025-01-01') }),
        fc.integer({ min: 1, max: 9000 }),
        fc.integer({ min: 1, max: 150 }),
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
          if (expected.length <= maxItems) {
            expect(content).toEqual({ items: expected, buckets: [], inWindow: expected.length });
            return;
          }
          const period = bucketPeriod(from, to, 40);
          expect(content.buckets.every((bucket) => bucket.period === period)).toBe(true);
          expectCountedOrDrawn(items, [expected], [content], { from, period, pinned, maxItems });
          // Calendar periods are a little uneven, and the window's edges can cut one at each end.
          expect(content.buckets.length).toBeLessThanOrEqual(42);
        },
      ),
      { numRuns: runs(200) },
    );
    // Two hundred random datasets: seconds on a machine the whole team shares.
  }, 60_000);
});
