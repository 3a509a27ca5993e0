import { guard, runs } from '@/lib/testing/properties';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMask, encodeMask } from '@/lib/timeline/mask';
import { toDayNumber } from '@/lib/dates/day-number';
import { bucketPeriod, windowContent } from '@/lib/timeline/window-content';
import { budgetFor, crowdedDataset, expectCountedOrDrawn, indexOfItems, itemBudget } from '@/lib/timeline/test-fixtures';
import type { TimelineItemData } from '@/lib/timeline/entries';

describe('windowContent', () => {
  it('draws the same events as a plain overlap-and-filter check, or counts them in buckets and draws the sparsest', () => {
    const carriedOnly = guard('windows where only the events carried in from before are counted');
    const allCounted = guard('windows where every event may be counted');
    fc.assert(
      fc.property(
        crowdedDataset,
        fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2025-01-01') }),
        fc.integer({ min: 1, max: 9000 }),
        itemBudget,
        fc.func(fc.boolean()),
        (items, from, length, budget, keep) => {
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
          const maxItems = budgetFor(budget, items, expected, from, pinned);
          const content = windowContent(index, mask, from, to, { maxItems, maxBuckets: 40, pinned });
          if (expected.length <= maxItems) {
            expect(content).toEqual({ items: expected, buckets: [], inWindow: expected.length });
            return;
          }
          const period = bucketPeriod(from, to, 40);
          expect(content.buckets.every((bucket) => bucket.period === period)).toBe(true);
          const mode = expectCountedOrDrawn(items, [expected], [content], { from, period, pinned, maxItems });
          carriedOnly(mode === 'carried counted');
          allCounted(mode === 'all counted');
          // Calendar periods are a little uneven, and the window's edges can cut one at each end.
          expect(content.buckets.length).toBeLessThanOrEqual(42);
        },
      ),
      { numRuns: runs(200) },
    );
    // Each is a third to two thirds of the counted windows: one in twenty is a bound that holds even at
    // the forty runs of a mutation run.
    carriedOnly.expectExercised(0.05);
    allCounted.expectExercised(0.05);
    // Two hundred random datasets: seconds on a machine the whole team shares.
  }, 60_000);
});

describe('windowContent on a few events a reader can count', () => {
  const day = (text: string) => toDayNumber(text);
  const event = (id: string, start: string, camp: TimelineItemData['camp'], end?: string): TimelineItemData => ({
    id,
    title: id,
    dateLabel: start,
    camp,
    written: start,
    actorNames: [],
    outlets: [],
    approximate: false,
    actors: [],
    roles: [],
    places: [],
    start,
    ...(end !== undefined && { end }),
  });
  // A spell from May into June, three events in the week of Monday 6 June 2016, one in the week of
  // 20 June, one in the week of 4 July.
  const index = indexOfItems([
    event('spell', '2016-05-20', 'kurdish', '2016-06-02'),
    event('a', '2016-06-06', 'jihadist'),
    event('b', '2016-06-08', 'jihadist'),
    event('c', '2016-06-12', 'regime'),
    event('d', '2016-06-21', 'regime'),
    event('e', '2016-07-04', 'other'),
  ]);
  const from = day('2016-06-01');
  const to = day('2016-09-01');
  const week = (start: string) => ({ start: day(start), end: day(start) + 7, period: 'week' as const });

  it('draws every event when the window holds no more than the chart draws one by one', () => {
    expect(windowContent(index, null, from, to, { maxItems: 6, maxBuckets: 20 })).toEqual({ items: [0, 1, 2, 3, 4, 5], buckets: [], inWindow: 6 });
    expect(windowContent(index, null, day('2016-06-02'), to, { maxItems: 5, maxBuckets: 20 })).toEqual({ items: [1, 2, 3, 4, 5], buckets: [], inWindow: 5 });
  });

  it('counts a crowded week in the camp most of its events belong to, and draws the weeks of one event', () => {
    expect(windowContent(index, null, from, to, { maxItems: 4, maxBuckets: 20 })).toEqual({
      items: [0, 4, 5],
      buckets: [{ ...week('2016-06-06'), count: 3, camp: 'jihadist', first: [1, 2, 3] }],
      inWindow: 6,
    });
  });

  it('draws every event that begins in the window when they fit, and counts only the spell carried in', () => {
    expect(windowContent(index, null, from, to, { maxItems: 5, maxBuckets: 20 })).toEqual({
      items: [1, 2, 3, 4, 5],
      buckets: [{ ...week('2016-05-30'), count: 1, camp: 'kurdish', first: [0], begunBefore: true }],
      inWindow: 6,
    });
    // Selected, the spell is drawn too, and the five that begin in the window no longer fit.
    expect(windowContent(index, null, from, to, { maxItems: 5, maxBuckets: 20, pinned: 0 }).buckets).toEqual([
      { ...week('2016-06-06'), count: 3, camp: 'jihadist', first: [1, 2, 3] },
    ]);
  });

  it('counts an event begun before the window in the period of the window’s first day', () => {
    // The spell ends on 1 June: in a window opening that day it falls in the week of Monday 30 May.
    expect(windowContent(index, null, from, to, { maxItems: 0, maxBuckets: 20 }).buckets).toEqual([
      { ...week('2016-05-30'), count: 1, camp: 'kurdish', first: [0] },
      { ...week('2016-06-06'), count: 3, camp: 'jihadist', first: [1, 2, 3] },
      { ...week('2016-06-20'), count: 1, camp: 'regime', first: [4] },
      { ...week('2016-07-04'), count: 1, camp: 'other', first: [5] },
    ]);
  });

  it('draws the selected event one by one, and gives a tie the first camp of the legend', () => {
    expect(windowContent(index, null, day('2016-06-03'), to, { maxItems: 3, maxBuckets: 20, pinned: 1 })).toEqual({
      items: [1, 4, 5],
      buckets: [{ ...week('2016-06-06'), count: 2, camp: 'regime', first: [2, 3] }],
      inWindow: 5,
    });
  });

  it('draws lone events only while the budget lasts', () => {
    expect(windowContent(index, null, day('2016-06-03'), to, { maxItems: 1, maxBuckets: 20 })).toEqual({
      items: [4],
      buckets: [
        { ...week('2016-06-06'), count: 3, camp: 'jihadist', first: [1, 2, 3] },
        { ...week('2016-07-04'), count: 1, camp: 'other', first: [5] },
      ],
      inWindow: 5,
    });
  });

  it('leaves out an event on the window’s end day, which the window does not include', () => {
    expect(windowContent(index, null, day('2016-06-06'), day('2016-06-21'), { maxItems: 10, maxBuckets: 20 }).items).toEqual([1, 2, 3]);
    expect(windowContent(index, null, day('2016-06-06'), day('2016-06-22'), { maxItems: 10, maxBuckets: 20 }).items).toEqual([1, 2, 3, 4]);
  });

  it('counts events by period, in order of the periods, even from an index out of chronological order', () => {
    const unordered = indexOfItems([event('late', '2016-07-04', 'other'), event('early', '2016-06-06', 'regime'), event('early-too', '2016-06-08', 'regime'), event('late-too', '2016-07-05', 'other')]);
    expect(windowContent(unordered, null, from, to, { maxItems: 0, maxBuckets: 20 }).buckets).toEqual([
      { ...week('2016-06-06'), count: 2, camp: 'regime', first: [1, 2] },
      { ...week('2016-07-04'), count: 2, camp: 'other', first: [0, 3] },
    ]);
  });

  it('names at most five events of a bucket', () => {
    const crowded = indexOfItems(Array.from({ length: 7 }, (_, at) => event(`x${at}`, '2016-06-07', 'opposition')));
    const [bucket] = windowContent(crowded, null, from, to, { maxItems: 0, maxBuckets: 20 }).buckets;
    expect(bucket).toMatchObject({ count: 7, first: [0, 1, 2, 3, 4] });
  });
});

describe('bucketPeriod', () => {
  it('takes the finest calendar period that cuts the window into at most the buckets asked', () => {
    expect(bucketPeriod(0, 40, 40)).toBe('day');
    expect(bucketPeriod(0, 41, 40)).toBe('week');
    expect(bucketPeriod(0, 280, 40)).toBe('week');
    expect(bucketPeriod(0, 281, 40)).toBe('month');
    expect(bucketPeriod(0, 3000, 40)).toBe('quarter');
    expect(bucketPeriod(0, 14_000, 40)).toBe('year');
    expect(bucketPeriod(0, 50_000, 40)).toBe('five-years');
  });

  it('counts by five years when even that gives more buckets than asked', () => {
    expect(bucketPeriod(0, 100_000, 40)).toBe('five-years');
  });
});
