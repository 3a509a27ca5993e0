import { guard, runs } from '@/lib/testing/properties';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMP_ORDER } from '@/lib/data/labels';
import { toDayNumber } from '@/lib/dates/day-number';
import { PERIOD_DAYS } from '@/lib/dates/periods';
import { getCatalog } from '@/lib/data/catalog';
import { encodeIndex } from '@/lib/timeline/codec';
import { toTimelineItem, type TimelineItemData } from '@/lib/timeline/entries';
import { laneCounts, laneLayout, lanesContent, type LaneLayout } from '@/lib/timeline/lanes';
import { decodeMask, encodeMask } from '@/lib/timeline/mask';
import { ACTORS, budgetFor, crowdedDataset, decoded, expectCountedOrDrawn, indexOfItems, itemBudget } from '@/lib/timeline/test-fixtures';
import { bucketPeriod } from '@/lib/timeline/window-content';

describe('laneLayout', () => {
  const catalog = getCatalog();
  const index = decoded(JSON.parse(JSON.stringify(encodeIndex(catalog.events.map((event) => toTimelineItem(event, catalog)), catalog.actors))));

  it('gives each ticked actor a lane, by camp and then by name, with its full and short names', () => {
    const layout = laneLayout(index, 'actor', ['syrian-rebels', 'united-states', 'russia', 'iran', 'no-such-actor'])!;
    expect(layout.lanes).toEqual([
      { key: 'iran', name: 'Iran', shortName: 'Iran', camp: 'regime' },
      { key: 'russia', name: 'Russia', shortName: 'Russia', camp: 'regime' },
      { key: 'syrian-rebels', name: 'Syrian opposition rebels', shortName: 'Rebels', camp: 'opposition' },
      { key: 'united-states', name: 'United States', shortName: 'US', camp: 'us-coalition' },
    ]);
    expect(layout.laneOfActor[index.actorIds.indexOf('russia')]).toBe(1);
    // Within a camp, by name, whichever order they were ticked in.
    for (const ticked of [['russia', 'iran'], ['iran', 'russia']]) expect(laneLayout(index, 'actor', ticked)!.lanes.map((lane) => lane.key)).toEqual(['iran', 'russia']);
    expect(layout.laneOfActor[index.actorIds.indexOf('jordan')]).toBe(-1);
  });

  it("orders every actor of the corpus within its camp as English's collation does", () => {
    const layout = laneLayout(index, 'actor', [...index.actorIds])!;
    const collated = layout.lanes.toSorted((a, b) => CAMP_ORDER.indexOf(a.camp) - CAMP_ORDER.indexOf(b.camp) || a.name.localeCompare(b.name, 'en'));
    expect(layout.lanes.map((lane) => lane.name)).toEqual(collated.map((lane) => lane.name));
  });

  it('gives the six camps a lane each, and no lanes without a mode or without a ticked actor', () => {
    expect(laneLayout(index, 'camp', [])!.lanes.map((lane) => lane.key)).toEqual(['regime', 'opposition', 'jihadist', 'kurdish', 'us-coalition', 'other']);
    expect(laneLayout(index, 'camp', [])!.lanes[1]!.shortName).toBe('Rebels');
    expect(laneLayout(index, undefined, ['russia'])).toBeNull();
    expect(laneLayout(index, 'actor', [])).toBeNull();
  });

  it("counts in each camp's lane the events one of its actors takes part in", () => {
    const layout = laneLayout(index, 'camp', [])!;
    const expected = layout.lanes.map(({ key }) =>
      catalog.events.filter((event) => event.actors.some(({ actor }) => catalog.actorById.get(actor)?.camp === key)).length,
    );
    expect(laneCounts(index, null, layout)).toEqual(expected);
    expect(expected.every((count) => count > 0)).toBe(true);
  });

  it('puts an event involving two ticked actors in both their lanes', () => {
    const layout = laneLayout(index, 'actor', ['russia', 'new-syrian-army'])!;
    const tanf = index.position.get('russian-airstrike-on-al-tanf-base-2016')!;
    const day = index.start[tanf]!;
    const content = lanesContent(index, null, layout, day, day + 1, { maxItems: 250, maxBuckets: 40, maxBars: 240 });
    expect(content.map((lane) => lane.items.includes(tanf))).toEqual([true, true]);
  });
});

/** A lane table over the fixture's actors: each actor in one of `lanes` lanes, or in none. */
const layoutArbitrary = fc.integer({ min: 1, max: 6 }).chain((lanes) =>
  fc.array(fc.integer({ min: -1, max: lanes - 1 }), { minLength: ACTORS.length, maxLength: ACTORS.length }).map((table) => ({ lanes, table })),
);

function layoutOf(index: ReturnType<typeof indexOfItems>, { lanes, table }: { lanes: number; table: number[] }): LaneLayout {
  const laneOfActor = new Int16Array(index.actorIds.length).fill(-1);
  index.actorIds.forEach((id, actor) => {
    laneOfActor[actor] = table[ACTORS.indexOf(id)] ?? -1;
  });
  return { lanes: Array.from({ length: lanes }, (_, lane) => ({ key: `l${lane}`, name: `Lane ${lane}`, shortName: `L${lane}`, camp: 'other' })), laneOfActor };
}

describe('lanesContent and laneCounts', () => {
  it('draw or count in each lane exactly the kept events of its actors, together never more than the limits', () => {
    const carriedOnly = guard('windows where only the events carried in from before are counted');
    const allCounted = guard('windows where every event may be counted');
    fc.assert(
      fc.property(
        crowdedDataset,
        layoutArbitrary,
        fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2025-01-01') }),
        fc.integer({ min: 1, max: 9000 }),
        itemBudget,
        fc.integer({ min: 6, max: 240 }),
        fc.func(fc.boolean()),
        fc.nat(),
        (items, lanes, from, length, budget, maxBars, keep, pinPick) => {
          const index = indexOfItems(items);
          const layout = layoutOf(index, lanes);
          const kept = items.map((_, at) => keep(at));
          const mask = decodeMask(encodeMask(kept.flatMap((k, at) => (k ? [at] : [])), items.length), items.length);
          const to = from + length;
          const lanesOf = (at: number) => new Set(items[at]!.actors.map((id) => lanes.table[ACTORS.indexOf(id)]!).filter((lane) => lane >= 0));
          const expected = layout.lanes.map((_, lane) =>
            items.flatMap((value, at) => {
              const start = toDayNumber(value.start);
              const end = value.end ? toDayNumber(value.end) : start + 1;
              return kept[at] && start < to && end > from && lanesOf(at).has(lane) ? [at] : [];
            }),
          );
          const all = [...new Set(expected.flat())];
          const pinned = all.length > 0 ? all[pinPick % all.length] : undefined;
          const maxItems = budgetFor(budget, items, expected.flat(), from, pinned);
          const content = lanesContent(index, mask, layout, from, to, { maxItems, maxBuckets: 40, maxBars, pinned });

          expect(laneCounts(index, mask, layout)).toEqual(layout.lanes.map((_, lane) => items.filter((__, at) => kept[at] && lanesOf(at).has(lane)).length));
          expect(content.map((lane) => lane.inWindow)).toEqual(expected.map((events) => events.length));
          const total = expected.reduce((sum, events) => sum + events.length, 0);
          if (total <= maxItems) {
            expect(content.map((lane) => lane.items)).toEqual(expected);
            expect(content.every((lane) => lane.buckets.length === 0)).toBe(true);
            return;
          }
          // Every lane counts by the same period, so that the lanes line up.
          const perLane = Math.max(1, Math.min(40, Math.floor(maxBars / layout.lanes.length)));
          const period = bucketPeriod(from, to, perLane);
          expect(content.every((lane) => lane.buckets.every((bucket) => bucket.period === period))).toBe(true);
          const mode = expectCountedOrDrawn(items, expected, content, { from, period, pinned, maxItems });
          carriedOnly(mode === 'carried counted');
          allCounted(mode === 'all counted');
          // Calendar periods are a little uneven, and the window's edges can cut one at each end of each lane.
          // Five years is the longest period: a window of decades with few bars to share counts by it anyway.
          const longest = PERIOD_DAYS[PERIOD_DAYS.length - 1]![1];
          const bars = content.reduce((sum, lane) => sum + lane.buckets.length, 0);
          expect(bars).toBeLessThanOrEqual(layout.lanes.length * (Math.max(perLane, Math.ceil(length / longest)) + 2));
        },
      ),
      { numRuns: runs(200) },
    );
    // Each is a third to two thirds of the counted windows: one in twenty is a bound that holds even at
    // the forty runs of a mutation run.
    carriedOnly.expectExercised(0.05);
    allCounted.expectExercised(0.05);
    // Two hundred crowded datasets: seconds on a machine the whole team shares.
  }, 60_000);
});

describe('lanes on a few events a reader can count', () => {
  const event = (id: string, start: string, actors: string[]): TimelineItemData => ({
    id,
    title: id,
    dateLabel: start,
    camp: 'other',
    written: start,
    actorNames: actors,
    outlets: [],
    approximate: false,
    actors,
    roles: actors.map(() => 'participant' as const),
    places: [],
    start,
  });
  // Russia is of the regime's camp, HTS and IS of the jihadists', the SDF Kurdish (INDEX_ACTORS).
  const index = indexOfItems([
    event('a', '2016-01-04', ['hts', 'isis']),
    event('b', '2016-01-05', ['russia', 'hts']),
    event('c', '2016-02-10', ['sdf']),
    event('d', '2016-03-01', ['russia']),
    event('e', '2016-03-02', []),
  ]);
  const lane = (layout: LaneLayout, actor: string) => layout.laneOfActor[index.actorIds.indexOf(actor)];

  it('puts each actor in the lane of its camp, and an event of two actors of one camp in that lane once', () => {
    const layout = laneLayout(index, 'camp', [])!;
    expect([lane(layout, 'russia'), lane(layout, 'hts'), lane(layout, 'isis'), lane(layout, 'sdf')]).toEqual([0, 2, 2, 3]);
    expect(laneCounts(index, null, layout)).toEqual([2, 0, 2, 1, 0, 0]);
    expect(laneCounts(index, decodeMask(encodeMask([0, 3], 5), 5), layout)).toEqual([1, 0, 1, 0, 0, 0]);
    const content = lanesContent(index, null, layout, toDayNumber('2016-01-01'), toDayNumber('2016-04-01'), { maxItems: 5, maxBuckets: 40, maxBars: 240 });
    expect(content.map((inLane) => inLane.items)).toEqual([[1, 3], [], [0, 1], [2], [], []]);
  });

  it('gives ticked actors lanes, and leaves the others out', () => {
    const layout = laneLayout(index, 'actor', ['sdf', 'hts'])!;
    expect(layout.lanes.map((entry) => entry.key)).toEqual(['hts', 'sdf']);
    expect([lane(layout, 'hts'), lane(layout, 'sdf'), lane(layout, 'russia'), lane(layout, 'isis')]).toEqual([0, 1, -1, -1]);
    expect(laneCounts(index, null, layout)).toEqual([2, 1]);
  });

  it('counts every lane by one period, longer when many lanes share the bars', () => {
    const layout = laneLayout(index, 'camp', [])!;
    const from = toDayNumber('2016-01-01');
    const to = toDayNumber('2016-04-01');
    // Six lanes and 60 bars: ten periods a lane at most, so 91 days are counted by the month.
    const content = lanesContent(index, null, layout, from, to, { maxItems: 0, maxBuckets: 40, maxBars: 60 });
    expect(content.map((inLane) => inLane.buckets.map((bucket) => [bucket.period, bucket.count]))).toEqual([
      [['month', 1], ['month', 1]],
      [],
      [['month', 2]],
      [['month', 1]],
      [],
      [],
    ]);
    // With bars to spare, the lanes count by the week.
    expect(lanesContent(index, null, layout, from, to, { maxItems: 0, maxBuckets: 40, maxBars: 240 })[2]!.buckets.map((bucket) => bucket.period)).toEqual(['week']);
    // More lanes than bars: still one period a lane.
    expect(lanesContent(index, null, layout, from, to, { maxItems: 0, maxBuckets: 40, maxBars: 3 })[0]!.buckets.map((bucket) => bucket.period)).toEqual(['quarter']);
  });

  it('draws the lone events of every lane while all the lanes together stay within the limit', () => {
    const layout = laneLayout(index, 'camp', [])!;
    const content = lanesContent(index, null, layout, toDayNumber('2016-01-01'), toDayNumber('2016-04-01'), { maxItems: 4, maxBuckets: 40, maxBars: 240 });
    expect(content.map((inLane) => inLane.items)).toEqual([[1, 3], [], [], [2], [], []]);
    expect(content[2]!.buckets.map((bucket) => bucket.count)).toEqual([2]);
    expect(content.map((inLane) => inLane.inWindow)).toEqual([2, 0, 2, 1, 0, 0]);
  });
});
