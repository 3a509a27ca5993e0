import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';
import type { TimelineIndex } from '@/lib/timeline/codec';
import { isKept } from '@/lib/timeline/mask';
import type { DayWindow } from '@/lib/view/url-state';

// The arithmetic of the chart's visible window: day numbers against the dates vis-timeline takes.

export const DAY_MS = 86_400_000;

/** Local midnight of a day number, so that items line up with the axis labels. */
export function dayToDate(dayNumber: number): Date {
  const [year, month, date] = fromDayNumber(dayNumber).split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

/** The day number of a date's local calendar day. */
export function dateToDay(date: Date): number {
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

export function windowAround(centre: number, days: number): [Date, Date] {
  const half = (days * DAY_MS) / 2;
  return [new Date(centre - half), new Date(centre + half)];
}

/** The days covered by every event the mask keeps, with a little room at each end; `null` when it keeps none. */
export function keptExtent(index: TimelineIndex, bits: Uint8Array | null): [Date, Date] | null {
  let first = Infinity;
  let last = -Infinity;
  for (let at = 0; at < index.size; at += 1) {
    if (!isKept(bits, at)) continue;
    first = Math.min(first, index.start[at]!);
    last = Math.max(last, index.end[at]!, index.start[at]! + 1);
  }
  if (!Number.isFinite(first)) return null;
  const pad = Math.max(30, Math.round((last - first) * 0.03));
  return [dayToDate(first - pad), dayToDate(last + pad)];
}

/** A span at least this long does not stretch the window the chart opens on. */
const LONG_SPAN_DAYS = 365;

/**
 * The days of the events the mask keeps whose dates are precise, each a day or a span under a year,
 * with a little room at each end; every kept event's days when none is. One approximate span of
 * years ("2011–2015") would otherwise set the window and squeeze the rest against one edge.
 */
export function bulkExtent(index: TimelineIndex, bits: Uint8Array | null): [Date, Date] | null {
  let first = Infinity;
  let last = -Infinity;
  for (let at = 0; at < index.size; at += 1) {
    const start = index.start[at]!;
    const end = index.end[at]!;
    if (!isKept(bits, at) || index.approximate[at] || end - start >= LONG_SPAN_DAYS) continue;
    first = Math.min(first, start);
    last = Math.max(last, end, start + 1);
  }
  if (!Number.isFinite(first)) return keptExtent(index, bits);
  const pad = Math.max(30, Math.round((last - first) * 0.03));
  return [dayToDate(first - pad), dayToDate(last + pad)];
}

/** Where the chart opens: a year around the selected event, or else where the mask's events are (`bulkExtent`). */
export function homeWindow(index: TimelineIndex, bits: Uint8Array | null, selected: string | undefined): [Date, Date] | null {
  const at = selected === undefined ? undefined : index.position.get(selected);
  return at !== undefined ? windowAround(dayToDate(index.start[at]!).getTime(), 365) : bulkExtent(index, bits);
}

/** The days a chart window shows, first and last, as the URL writes them. */
export function daysShown(start: Date, end: Date): DayWindow {
  return { start: fromDayNumber(dateToDay(start)), end: fromDayNumber(dateToDay(new Date(end.getTime() - 1))) };
}

/** The chart window that shows exactly the days of `window`. */
export function windowDates(window: DayWindow): [Date, Date] {
  return [dayToDate(toDayNumber(window.start)), dayToDate(toDayNumber(window.end) + 1)];
}
