import fc from 'fast-check';
import { expect } from 'vitest';
import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';
import { periodAfter, periodStart, type Period } from '@/lib/dates/periods';
import { ROLES } from '@/lib/data/vocabulary';
import { decodeIndex, encodeIndex, type IndexActor } from './codec';
import type { TimelineItemData } from './entries';
import { BUCKET_SAMPLE, type WindowContent } from './window-content';

// Random timeline items for the property tests of the index, its masks and its windows.

export const CAMPS = ['regime', 'opposition', 'jihadist', 'kurdish', 'us-coalition', 'other'] as const;
export const ACTORS = ['russia', 'hts', 'isis', 'sdf', 'usa'];
/** What the index says of each of `ACTORS`; two share a camp, as actors do. */
export const INDEX_ACTORS: IndexActor[] = [
  { id: 'russia', name: 'Russian Federation', camp: 'regime' },
  { id: 'hts', name: "Hay'at Tahrir al-Sham", camp: 'jihadist' },
  { id: 'isis', name: 'Islamic State', camp: 'jihadist' },
  { id: 'sdf', name: 'Syrian Democratic Forces', camp: 'kurdish' },
  { id: 'usa', name: 'United States', camp: 'us-coalition' },
];
export const OUTLETS = ['BBC', 'Al Jazeera', 'Reuters'];
export const PLACES = ['aleppo-city', 'idlib-governorate', 'al-tanf', 'syria'];

export const item = fc
  .record({
    start: fc.integer({ min: toDayNumber('2001-01-01'), max: toDayNumber('2024-12-31') }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 })),
    camp: fc.constantFrom(...CAMPS),
    approximate: fc.boolean(),
    actors: fc.subarray(ACTORS).chain((actors) => fc.tuple(fc.constant(actors), fc.array(fc.constantFrom(...ROLES), { minLength: actors.length, maxLength: actors.length }))),
    written: fc.constantFrom(4, 7, 10),
    outlets: fc.subarray(OUTLETS),
    places: fc.subarray(PLACES),
  })
  .map(({ start, length, camp, approximate, actors: [actors, roles], written, outlets, places }): Omit<TimelineItemData, 'id'> => ({
    title: 't',
    dateLabel: 'd',
    camp,
    written: fromDayNumber(start).slice(0, written),
    actorNames: actors.map((id) => id.toUpperCase()),
    outlets,
    approximate,
    actors,
    places,
    roles,
    start: fromDayNumber(start),
    ...(length > 0 && { end: fromDayNumber(start + length) }),
  }));

function inOrder(items: Array<Omit<TimelineItemData, 'id'>>): TimelineItemData[] {
  return items.map((value, at) => ({ ...value, id: `e-${at}` })).sort((a, b) => (a.start < b.start ? -1 : 1));
}

export const dataset = fc.array(item, { maxLength: 400 }).map(inOrder);

/** Enough events that a window often holds more than the chart draws one by one. */
export const crowdedDataset = fc.array(item, { minLength: 60, maxLength: 400 }).map(inOrder);

/** The index decoded, or the test fails: every document made here must be accepted whole. */
export function decoded(document: unknown) {
  const index = decodeIndex(document);
  if (!index) throw new Error('the index was rejected');
  return index;
}

/** The index of generated items as the browser reads it: encoded, through JSON, and decoded. */
export function indexOfItems(items: ReadonlyArray<TimelineItemData>) {
  return decoded(JSON.parse(JSON.stringify(encodeIndex(items, INDEX_ACTORS))));
}

/**
 * A budget of items to draw one by one: any from 1 to 150 (half the time at most 30, so that most
 * windows hold more), or, one time in three, just at or above the number of events that begin in the
 * window, where only those carried in from before it are counted.
 */
export const itemBudget = fc.oneof(
  { arbitrary: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 150 })).map((fixed) => ({ fixed })), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 3 }).map((over) => ({ over })), weight: 1 },
);

/** Whether event `at` is drawn, not counted, when only the events carried in from before `from` are counted. */
export function beginsInWindow(items: ReadonlyArray<Omit<TimelineItemData, 'id'>>, at: number, from: number, pinned: number | undefined): boolean {
  return at === pinned || toDayNumber(items[at]!.start) >= from;
}

/** The number of items `budget` allows for a window whose lanes hold `events` (an event once per lane). */
export function budgetFor(
  budget: { fixed: number } | { over: number },
  items: ReadonlyArray<Omit<TimelineItemData, 'id'>>,
  events: ReadonlyArray<number>,
  from: number,
  pinned: number | undefined,
): number {
  if ('fixed' in budget) return budget.fixed;
  return Math.max(1, events.filter((at) => beginsInWindow(items, at, from, pinned)).length + budget.over);
}

/**
 * Checks what lanes draw for a window against plain arithmetic, given each lane's expected events
 * (kept, overlapping days `[from, …)`, in order) and the period the counts are by. When the events
 * that begin in the window (and the pinned one) fit within `maxItems` across the lanes, they are
 * drawn and only the events carried in from before `from` are counted, in buckets that say so
 * (`begunBefore`); otherwise every event but the pinned one is counted. In every lane, each period's
 * counted events are in one bucket naming its first events, except that a period of one event may
 * draw it instead; together the lanes draw at
 * most `maxItems`, and a count of one is left only when they draw that many. Returns which of the
 * two the window was, so that a property can say how often it saw each.
 */
export function expectCountedOrDrawn(
  items: ReadonlyArray<Omit<TimelineItemData, 'id'>>,
  expected: ReadonlyArray<ReadonlyArray<number>>,
  contents: ReadonlyArray<WindowContent>,
  { from, period, pinned, maxItems }: { from: number; period: Period; pinned: number | undefined; maxItems: number },
): 'carried counted' | 'all counted' {
  const beginning = expected.reduce((sum, events) => sum + events.filter((at) => beginsInWindow(items, at, from, pinned)).length, 0);
  const mode = beginning <= maxItems ? 'carried counted' : 'all counted';
  const isCounted = (at: number) => at !== pinned && (mode === 'all counted' || !beginsInWindow(items, at, from, pinned));
  let drawn = 0;
  let onesLeft = 0;
  contents.forEach((content, lane) => {
    const events = expected[lane]!;
    expect(content.inWindow).toBe(events.length);
    expect(content.items).toEqual([...content.items].sort((a, b) => a - b));
    const periods = new Map<number, number[]>();
    for (const at of events) {
      if (!isCounted(at)) continue;
      const start = periodStart(Math.max(toDayNumber(items[at]!.start), from), period);
      periods.set(start, [...(periods.get(start) ?? []), at]);
    }
    const drawnHere = new Set(content.items);
    expect(drawnHere.has(pinned ?? -1)).toBe(pinned !== undefined && events.includes(pinned));
    expect(events.filter((at) => !isCounted(at)).every((at) => drawnHere.has(at))).toBe(true);
    const buckets = new Map(content.buckets.map((bucket) => [bucket.start, bucket]));
    for (const [start, inPeriod] of periods) {
      const bucket = buckets.get(start);
      if (bucket) {
        expect([bucket.count, bucket.first, bucket.end]).toEqual([inPeriod.length, inPeriod.slice(0, BUCKET_SAMPLE), periodAfter(start, period)]);
        // Only a count of the events carried in says that they began before the window.
        expect(bucket.begunBefore === true).toBe(mode === 'carried counted');
        expect(inPeriod.some((at) => drawnHere.has(at))).toBe(false);
        if (bucket.count === 1) onesLeft += 1;
      } else {
        expect(inPeriod).toHaveLength(1);
        expect(drawnHere.has(inPeriod[0]!)).toBe(true);
      }
    }
    expect(content.buckets.every((bucket) => periods.has(bucket.start))).toBe(true);
    expect(content.items.length).toBe(events.length - content.buckets.reduce((sum, bucket) => sum + bucket.count, 0));
    drawn += content.items.length;
  });
  const pinnedCopies = contents.filter((content) => pinned !== undefined && content.items.includes(pinned)).length;
  expect(drawn).toBeLessThanOrEqual(Math.max(maxItems, pinnedCopies));
  if (onesLeft > 0) expect(drawn).toBeGreaterThanOrEqual(maxItems);
  return mode;
}
