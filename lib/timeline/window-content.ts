import type { Camp } from '@/lib/data/vocabulary';
import { PERIOD_DAYS, periodAfter, periodStart, type Period } from '@/lib/dates/periods';
import type { TimelineIndex } from './codec';
import { isKept } from './mask';

export interface Bucket {
  /** First day, and the day after the last, of a calendar period. */
  start: number;
  end: number;
  period: Period;
  count: number;
  /** The camp most of its events belong to. */
  camp: Camp;
  /** The first few events it counts (positions in the index, in order), so that it can say what it holds. */
  first: number[];
  /**
   * Set when it counts only the events under way as the window opens, all begun before it: it sits
   * at the window's first day but says nothing of what happened that day.
   */
  begunBefore?: true;
}

export interface WindowContent {
  /** Positions of the events to draw one by one. */
  items: number[];
  /** When the window holds too many events to draw, their counts per period instead. */
  buckets: Bucket[];
  /** How many kept events overlap the window. */
  inWindow: number;
}

/** How many of a bucket's events it names. */
export const BUCKET_SAMPLE = 5;

interface ContentOptions {
  maxItems: number;
  maxBuckets: number;
  pinned?: number | undefined;
}

/** Whether event `at` overlaps days `[from, to)`; a point covers its one day. */
export function overlaps(index: TimelineIndex, at: number, from: number, to: number): boolean {
  const start = index.start[at]!;
  return start < to && Math.max(index.end[at]!, start + 1) > from;
}

/**
 * What to draw for a window (days `[from, to)`): every kept event overlapping it when there are at
 * most `maxItems`, otherwise per-period counts with at most about `maxBuckets` periods, where a
 * period holding a single event shows that event. The event at `pinned` (the selection) is always
 * drawn one by one when it is kept and in the window.
 */
export function windowContent(index: TimelineIndex, mask: Uint8Array | null, from: number, to: number, options: ContentOptions): WindowContent {
  const inside: number[] = [];
  for (let at = 0; at < index.size; at += 1) if (overlaps(index, at, from, to) && isKept(mask, at)) inside.push(at);
  if (inside.length <= options.maxItems) return { items: inside, buckets: [], inWindow: inside.length };
  return countedContents(index, [inside], from, bucketPeriod(from, to, options.maxBuckets), options)[0]!;
}

/** The finest calendar period that cuts days `[from, to)` into at most about `maxBuckets` periods. */
export function bucketPeriod(from: number, to: number, maxBuckets: number): Period {
  return (PERIOD_DAYS.find(([, days]) => (to - from) / days <= maxBuckets) ?? PERIOD_DAYS[PERIOD_DAYS.length - 1]!)[0];
}

/**
 * The events `inside` a window, one list per lane (each in order), when all the lanes together hold
 * more than `maxItems`. If the events that begin inside the window fit within `maxItems`, they are
 * drawn, and only those carried in from before it are counted: at a close zoom, long spans that began
 * long before can outnumber what happens in the window, and drawing that is what the zoom was for.
 * Otherwise every event is counted per `period`. Either way each event is counted in the period of its
 * first day in the window, and the `pinned` event is drawn one by one. A period holding a single
 * event shows that event rather than a count of one, in order, while all the lanes together draw at
 * most `maxItems`. (Drawing larger periods' events too would stack them into rows that push the lanes
 * below out of sight.)
 */
export function countedContents(
  index: TimelineIndex,
  insides: ReadonlyArray<ReadonlyArray<number>>,
  from: number,
  period: Period,
  { maxItems, pinned }: { maxItems: number; pinned?: number | undefined },
): WindowContent[] {
  const split = insides.map((inside) => {
    const beginning: number[] = [];
    const carried: number[] = [];
    for (const at of inside) (at === pinned || index.start[at]! >= from ? beginning : carried).push(at);
    return { beginning, carried };
  });
  const counted =
    split.reduce((sum, { beginning }) => sum + beginning.length, 0) <= maxItems
      ? split.map(({ beginning, carried }) => ({
          items: beginning,
          buckets: countByPeriod(index, carried, from, period, undefined).buckets.map((bucket) => ({ ...bucket, begunBefore: true as const })),
        }))
      : insides.map((inside) => countByPeriod(index, inside, from, period, pinned));
  let budget = maxItems - counted.reduce((sum, { items }) => sum + items.length, 0);
  return counted.map(({ items, buckets }, lane) => {
    const drawn = [...items];
    const left: Bucket[] = [];
    for (const bucket of buckets) {
      if (bucket.count === 1 && budget > 0) {
        drawn.push(bucket.first[0]!);
        budget -= 1;
      } else left.push(bucket);
    }
    return { items: drawn.sort((a, b) => a - b), buckets: left, inWindow: insides[lane]!.length };
  });
}

/** Counts events `inside` a window (in order) per period. */
function countByPeriod(
  index: TimelineIndex,
  inside: ReadonlyArray<number>,
  from: number,
  period: Period,
  pinned: number | undefined,
): { items: number[]; buckets: Bucket[] } {
  const byBucket = new Map<number, { camps: number[]; count: number; first: number[] }>();
  const items: number[] = [];
  // Events come in order of their first day, so the period only moves forward: work it out only when a day leaves it.
  let current = { start: 0, end: -Infinity };
  for (const at of inside) {
    if (at === pinned) {
      items.push(at);
      continue;
    }
    const day = Math.max(index.start[at]!, from);
    if (day >= current.end || day < current.start) {
      const start = periodStart(day, period);
      current = { start, end: periodAfter(start, period) };
    }
    let bucket = byBucket.get(current.start);
    if (!bucket) {
      bucket = { camps: new Array<number>(index.camps.length).fill(0), count: 0, first: [] };
      byBucket.set(current.start, bucket);
    }
    bucket.camps[index.camp[at]!]! += 1;
    bucket.count += 1;
    if (bucket.first.length < BUCKET_SAMPLE) bucket.first.push(at);
  }
  const buckets = [...byBucket.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { camps, count, first }]) => {
      const top = camps.indexOf(Math.max(...camps));
      return { start, end: periodAfter(start, period), period, count, camp: index.camps[top] ?? 'other', first };
    });
  return { items, buckets };
}
