import { CAMPS, type Camp } from './vocabulary';
import type { TimelineItemData } from './view';

// The timeline's compact view of every event, built once at build time and fetched once by the
// browser, plus a bitset saying which events a view's filters keep. Together they let the chart
// draw only what is on screen, whether there are a hundred events or fifty thousand.

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` to whole days since 1970-01-01, and back. */
export function toDayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** One row per event, in chronological order: id, title, date label, first day, end day (exclusive; equal to the first day for a point), camp, approximate. */
export type IndexRow = [string, string, string, number, number, number, 0 | 1];

export interface TimelineIndexDocument {
  camps: ReadonlyArray<Camp>;
  events: IndexRow[];
}

export function encodeIndex(items: ReadonlyArray<TimelineItemData>): TimelineIndexDocument {
  return {
    camps: CAMPS,
    events: items.map((item) => {
      const start = toDayNumber(item.start);
      return [item.id, item.title, item.dateLabel, start, item.end ? toDayNumber(item.end) : start, CAMPS.indexOf(item.camp), item.approximate ? 1 : 0];
    }),
  };
}

export interface TimelineIndex {
  size: number;
  ids: string[];
  titles: string[];
  dateLabels: string[];
  start: Int32Array;
  /** Exclusive end day; equal to `start` for a point. */
  end: Int32Array;
  camp: Uint8Array;
  approximate: Uint8Array;
  camps: ReadonlyArray<Camp>;
  position: ReadonlyMap<string, number>;
}

/** Reads the index document fetched from the server; rows that do not fit the shape are skipped. */
export function decodeIndex(document: unknown): TimelineIndex {
  const rows = typeof document === 'object' && document !== null && 'events' in document && Array.isArray(document.events) ? document.events : [];
  const valid = rows.filter(
    (row: unknown): row is IndexRow =>
      Array.isArray(row) &&
      row.length === 7 &&
      typeof row[0] === 'string' &&
      typeof row[1] === 'string' &&
      typeof row[2] === 'string' &&
      Number.isInteger(row[3]) &&
      Number.isInteger(row[4]) &&
      Number.isInteger(row[5]) &&
      (row[6] === 0 || row[6] === 1),
  );
  const index: TimelineIndex = {
    size: valid.length,
    ids: valid.map((row) => row[0]),
    titles: valid.map((row) => row[1]),
    dateLabels: valid.map((row) => row[2]),
    start: Int32Array.from(valid, (row) => row[3]),
    end: Int32Array.from(valid, (row) => row[4]),
    camp: Uint8Array.from(valid, (row) => row[5]),
    approximate: Uint8Array.from(valid, (row) => row[6]),
    camps: CAMPS,
    position: new Map(valid.map((row, at) => [row[0], at])),
  };
  return index;
}

/** A bitset of the kept positions, as base64. */
export function encodeMask(kept: Iterable<number>, size: number): string {
  const bytes = new Uint8Array(Math.ceil(size / 8));
  for (const at of kept) bytes[at >> 3]! |= 1 << (at & 7);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bitset back; `null` (everything kept) when the text is not a bitset of this size. */
export function decodeMask(encoded: string, size: number): Uint8Array | null {
  try {
    const binary = atob(encoded);
    if (binary.length !== Math.ceil(size / 8)) return null;
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

export function isKept(mask: Uint8Array | null, at: number): boolean {
  return mask === null || ((mask[at >> 3] ?? 0) & (1 << (at & 7))) !== 0;
}

export interface Bucket {
  /** First day, and the day after the last. */
  start: number;
  end: number;
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

/** Bucket widths to choose from, in days: a day, a week, a month, a quarter, a year, five years. */
const BUCKET_DAYS = [1, 7, 30, 91, 365, 1826];

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

  const width = BUCKET_DAYS.find((days) => (to - from) / days <= maxBuckets) ?? BUCKET_DAYS[BUCKET_DAYS.length - 1]!;
  const byBucket = new Map<number, { count: number; camps: number[] }>();
  const items: number[] = [];
  for (const at of inside) {
    if (at === pinned) {
      items.push(at);
      continue;
    }
    const bucketStart = Math.floor(Math.max(index.start[at]!, from) / width) * width;
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
      return { start, end: start + width, count, camp: index.camps[top] ?? 'other' };
    });
  return { items, buckets, inWindow: inside.length };
}

/** A short, stable name for a filter's mask (FNV-1a), so the page and the chart can tell which one is drawn. */
export function filterKey(mask: string | null): string {
  if (mask === null) return 'all';
  let hash = 0x811c9dc5;
  for (let at = 0; at < mask.length; at += 1) {
    hash ^= mask.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
