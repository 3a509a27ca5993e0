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

/**
 * One row per event, in chronological order: id, title, date label, first day, end day (exclusive;
 * equal to the first day for a point), camp, approximate, its actors (positions in `actors`), how many
 * characters of its first day it was written with (4, 7 or 10), and its outlets (positions in `outlets`).
 */
export type IndexRow = [string, string, string, number, number, number, 0 | 1, number[], number, number[]];

export interface TimelineIndexDocument {
  camps: ReadonlyArray<Camp>;
  actors: string[];
  /** The name the list gives each of `actors`. */
  actorNames: string[];
  outlets: string[];
  events: IndexRow[];
}

export function encodeIndex(items: ReadonlyArray<TimelineItemData>): TimelineIndexDocument {
  const nameOf = new Map(items.flatMap((item) => item.actors.map((id, at) => [id, item.actorNames[at] ?? id] as const)));
  const actors = [...nameOf.keys()].sort();
  const actorAt = new Map(actors.map((id, at) => [id, at]));
  const outlets = [...new Set(items.flatMap((item) => item.outlets))].sort();
  const outletAt = new Map(outlets.map((outlet, at) => [outlet, at]));
  return {
    camps: CAMPS,
    actors,
    actorNames: actors.map((id) => nameOf.get(id) ?? id),
    outlets,
    events: items.map((item) => {
      const start = toDayNumber(item.start);
      return [
        item.id,
        item.title,
        item.dateLabel,
        start,
        item.end ? toDayNumber(item.end) : start,
        CAMPS.indexOf(item.camp),
        item.approximate ? 1 : 0,
        item.actors.map((id) => actorAt.get(id)!),
        item.written.length,
        item.outlets.map((outlet) => outletAt.get(outlet)!),
      ];
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
  /** How many characters of the first day the start was written with: 4 (a year), 7 (a month) or 10 (a day). */
  writtenLength: Uint8Array;
  camps: ReadonlyArray<Camp>;
  position: ReadonlyMap<string, number>;
  /** Actor ids, and each event's actors as positions among them: event `at` has `actorList[actorStart[at] … actorStart[at + 1])`. */
  actorIds: ReadonlyArray<string>;
  actorNames: ReadonlyArray<string>;
  actorStart: Uint32Array;
  actorList: Uint32Array;
  /** Outlet names, and each event's outlets as positions among them, laid out like its actors. */
  outlets: ReadonlyArray<string>;
  outletStart: Uint32Array;
  outletList: Uint32Array;
}

function stringArray(document: object, key: string): string[] {
  const value: unknown = Object.getOwnPropertyDescriptor(document, key)?.value;
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string') ? value : [];
}

function positionsBelow(value: unknown, size: number): value is number[] {
  return Array.isArray(value) && value.every((at) => Number.isInteger(at) && at >= 0 && at < size);
}

/** Where each row's list starts in the flat list of them all. */
function offsets(lists: ReadonlyArray<ReadonlyArray<number>>): Uint32Array {
  const start = new Uint32Array(lists.length + 1);
  lists.forEach((list, at) => {
    start[at + 1] = start[at]! + list.length;
  });
  return start;
}

/** Reads the index document fetched from the server; rows that do not fit the shape are skipped. */
export function decodeIndex(document: unknown): TimelineIndex {
  const fields = typeof document === 'object' && document !== null ? document : {};
  const rows = 'events' in fields && Array.isArray(fields.events) ? fields.events : [];
  const actorIds = stringArray(fields, 'actors');
  const names = stringArray(fields, 'actorNames');
  const outlets = stringArray(fields, 'outlets');
  const valid = rows.filter(
    (row: unknown): row is IndexRow =>
      Array.isArray(row) &&
      row.length === 10 &&
      typeof row[0] === 'string' &&
      typeof row[1] === 'string' &&
      typeof row[2] === 'string' &&
      Number.isInteger(row[3]) &&
      Number.isInteger(row[4]) &&
      Number.isInteger(row[5]) &&
      (row[6] === 0 || row[6] === 1) &&
      positionsBelow(row[7], actorIds.length) &&
      (row[8] === 4 || row[8] === 7 || row[8] === 10) &&
      positionsBelow(row[9], outlets.length),
  );
  return {
    size: valid.length,
    ids: valid.map((row) => row[0]),
    titles: valid.map((row) => row[1]),
    dateLabels: valid.map((row) => row[2]),
    start: Int32Array.from(valid, (row) => row[3]),
    end: Int32Array.from(valid, (row) => row[4]),
    camp: Uint8Array.from(valid, (row) => row[5]),
    approximate: Uint8Array.from(valid, (row) => row[6]),
    writtenLength: Uint8Array.from(valid, (row) => row[8]),
    camps: CAMPS,
    position: new Map(valid.map((row, at) => [row[0], at])),
    actorIds,
    actorNames: actorIds.map((id, at) => names[at] ?? id),
    actorStart: offsets(valid.map((row) => row[7])),
    actorList: Uint32Array.from(valid.flatMap((row) => row[7])),
    outlets,
    outletStart: offsets(valid.map((row) => row[9])),
    outletList: Uint32Array.from(valid.flatMap((row) => row[9])),
  };
}

/** A bitset of the kept positions, as base64. */
export function encodeMask(kept: Iterable<number>, size: number): string {
  const bytes = new Uint8Array(Math.ceil(size / 8));
  for (const at of kept) bytes[at >> 3]! |= 1 << (at & 7);
  return maskToBase64(bytes);
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

export function maskToBase64(mask: Uint8Array): string {
  let binary = '';
  for (const byte of mask) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface ChartFilters {
  /** The events the text search keeps, from the server (only it has the texts); `null` without a search. */
  searchMask: Uint8Array | null;
  actors: ReadonlyArray<string>;
  from?: string;
  to?: string;
}

/**
 * The events a view keeps, worked out in the browser so the chart follows a new actor or date filter
 * at once: the same rule as the server's filter (any chosen actor, overlapping the dates, matching
 * the search). `null` when no filter is set, as on the server.
 */
export function filtersMask(index: TimelineIndex, { searchMask, actors, from, to }: ChartFilters): Uint8Array | null {
  if (searchMask === null && actors.length === 0 && from === undefined && to === undefined) return null;
  const chosen = new Set(actors);
  const wanted = new Uint8Array(index.actorIds.length);
  index.actorIds.forEach((id, at) => {
    if (chosen.has(id)) wanted[at] = 1;
  });
  const fromDay = from === undefined ? -Infinity : toDayNumber(from);
  const toDay = to === undefined ? Infinity : toDayNumber(to);
  const mask = new Uint8Array(Math.ceil(index.size / 8));
  for (let at = 0; at < index.size; at += 1) {
    const start = index.start[at]!;
    const last = Math.max(index.end[at]! - 1, start);
    if (last < fromDay || start > toDay || !isKept(searchMask, at)) continue;
    if (chosen.size > 0) {
      let involved = false;
      for (let k = index.actorStart[at]!; k < index.actorStart[at + 1]! && !involved; k += 1) involved = wanted[index.actorList[k]!] === 1;
      if (!involved) continue;
    }
    mask[at >> 3]! |= 1 << (at & 7);
  }
  return mask;
}

/** Calendar periods to count events by, finest first. */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'five-years';

const PERIOD_DAYS: ReadonlyArray<[Period, number]> = [
  ['day', 1],
  ['week', 7],
  ['month', 30.44],
  ['quarter', 91.31],
  ['year', 365.25],
  ['five-years', 1826.2],
];

/** The day number of the first day of a month; `month` may run past 11 into later years. */
function monthStart(year: number, month: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month, 1);
  return Math.round(date.getTime() / DAY_MS);
}

/** The first day of the period holding `day`. Weeks start on Monday. */
export function periodStart(day: number, period: Period): number {
  if (period === 'day') return day;
  // Day 0, 1 January 1970, was a Thursday.
  if (period === 'week') return day - (((day + 3) % 7) + 7) % 7;
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (period === 'month') return monthStart(year, month);
  if (period === 'quarter') return monthStart(year, month - (month % 3));
  if (period === 'year') return monthStart(year, 0);
  return monthStart(year - (((year % 5) + 5) % 5), 0);
}

/** The first day of the next period, given the first day of one. */
export function periodAfter(start: number, period: Period): number {
  if (period === 'day') return start + 1;
  if (period === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  const months = { month: 1, quarter: 3, year: 12, 'five-years': 60 }[period];
  return monthStart(date.getUTCFullYear(), date.getUTCMonth() + months);
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** "4 March 2013", "week of 4 March 2013", "March 2013", "January–March 2013", "2013", "2010–2014". */
export function periodLabel(start: number, period: Period): string {
  const date = new Date(start * DAY_MS);
  const year = date.getUTCFullYear();
  const month = MONTH.format(date);
  switch (period) {
    case 'day':
      return `${date.getUTCDate()} ${month} ${year}`;
    case 'week':
      return `week of ${date.getUTCDate()} ${month} ${year}`;
    case 'month':
      return `${month} ${year}`;
    case 'quarter':
      return `${month}–${MONTH.format(new Date((periodAfter(start, 'quarter') - 1) * DAY_MS))} ${year}`;
    case 'year':
      return String(year);
    case 'five-years':
      return `${year}–${year + 4}`;
  }
}

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
