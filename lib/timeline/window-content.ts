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
 * most `maxItems`, otherwise per-period counts with at most about `maxBuckets` periods. The event at
 * `pinned` (the selection) is always drawn one by one when it is kept and in the window.
 */
export function windowContent(index: TimelineIndex, mask: Uint8Array | null, from: number, to: number, options: ContentOptions): WindowContent {
  const inside: number[] = [];
  for (let at = 0; at < index.size; at += 1) if (overlaps(index, at, from, to) && isKept(mask, at)) inside.push(at);
  if (inside.length <= options.maxItems) return { items: inside, buckets: [], inWindow: inside.length };
  return countedContent(index, inside, from, bucketPeriod(from, to, options.maxBuckets), options.pinned);
}

/** The finest calendar period that cuts days `[from, to)` into at most about `maxBuckets` periods. */
export function bucketPeriod(from: number, to: number, maxBuckets: number): Period {
  return (PERIOD_DAYS.find(([, days]) => (to - from) / days <= maxBuckets) ?? PERIOD_DAYS[PERIOD_DAYS.length - 1]!)[0];
}

/**
 * Events `inside` a window (in order) counted per `period`, each in the period of its first day in
 * the window; the `pinned` event is left to draw one by one.
 */
export function countedContent(index: TimelineIndex, inside: ReadonlyArray<number>, from: number, period: Period, pinned: number | undefined): WindowContent {
  const byBucket = new Map<number, { count: number; camps: number[]; first: number[] }>();
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
    const bucketStart = current.start;
    let bucket = byBucket.get(bucketStart);
    if (!bucket) {
      bucket = { count: 0, camps: new Array<number>(index.camps.length).fill(0), first: [] };
      byBucket.set(bucketStart, bucket);
    }
    bucket.count += 1;
    bucket.camps[index.camp[at]!]! += 1;
    if (bucket.first.length < BUCKET_SAMPLE) bucket.first.push(at);
  }
  const buckets = [...byBucket.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { count, camps, first }]) => {
      const top = camps.indexOf(Math.max(...camps));
      return { start, end: periodAfter(start, period), period, count, camp: index.camps[top] ?? 'other', first };
    });
  return { items, buckets, inWindow: inside.length };
}
