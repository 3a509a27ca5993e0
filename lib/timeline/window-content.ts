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
}

export interface WindowContent {
  /** Positions of the events to draw one by one. */
  items: number[];
  /** When the window holds too many events to draw, their counts per period instead. */
  buckets: Bucket[];
  /** How many kept events overlap the window. */
  inWindow: number;
}

/**
 * What to draw for a window (days `[from, to)`): every kept event overlapping it when there are at
 * most `maxItems`, otherwise per-period counts with at most about `maxBuckets` periods. The event at
 * `pinned` (the selection) is always drawn one by one when it is kept and in the window.
 */
export function windowContent(
  index: TimelineIndex,
  mask: Uint8Array | null,
  from: number,
  to: number,
  { maxItems, maxBuckets, pinned }: { maxItems: number; maxBuckets: number; pinned?: number },
): WindowContent {
  const inside: number[] = [];
  for (let at = 0; at < index.size; at += 1) {
    const start = index.start[at]!;
    const end = Math.max(index.end[at]!, start + 1);
    if (start < to && end > from && isKept(mask, at)) inside.push(at);
  }
  if (inside.length <= maxItems) return { items: inside, buckets: [], inWindow: inside.length };

  const [period] = PERIOD_DAYS.find(([, days]) => (to - from) / days <= maxBuckets) ?? PERIOD_DAYS[PERIOD_DAYS.length - 1]!;
  const byBucket = new Map<number, { count: number; camps: number[] }>();
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
      bucket = { count: 0, camps: new Array<number>(index.camps.length).fill(0) };
      byBucket.set(bucketStart, bucket);
    }
    bucket.count += 1;
    bucket.camps[index.camp[at]!]! += 1;
  }
  const buckets = [...byBucket.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { count, camps }]) => {
      const top = camps.indexOf(Math.max(...camps));
      return { start, end: periodAfter(start, period), period, count, camp: index.camps[top] ?? 'other' };
    });
  return { items, buckets, inWindow: inside.length };
}
