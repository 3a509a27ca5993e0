import type { Precision } from '@/lib/data/schema';

/** A date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with only the parts it gives. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export type DateForm = 'year' | 'month' | 'day';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial date; `null` when it is malformed or names a day the calendar lacks. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = PARTIAL.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  const date = new Date(year, month - 1, day);
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return { year, month, day };
}

export function dateForm(date: PartialDate): DateForm {
  if (date.day !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

/** The first calendar day a partial date covers, as `YYYY-MM-DD`. */
export function firstDay(date: PartialDate): string {
  return isoDay(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last calendar day a partial date covers, as `YYYY-MM-DD`. */
export function lastDay(date: PartialDate): string {
  const month = date.month ?? 12;
  // Day 0 of the next month is this month's last day.
  const day = date.day ?? new Date(date.year, month, 0).getDate();
  return isoDay(date.year, month, day);
}

/** The calendar day, where the reader is, that a moment falls on, as `YYYY-MM-DD`. */
export function localDay(moment: Date): string {
  return isoDay(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Which date forms each precision allows: an approximate date may be written in any form. */
export function precisionAllows(precision: Precision, form: DateForm): boolean {
  return precision === 'approximate' || precision === form;
}

interface DatedLike {
  start: string;
  end?: string;
  precision: Precision;
}

const SEASONS: Record<string, string> = { '3-5': 'spring', '6-8': 'summer', '9-11': 'autumn', '12-2': 'winter' };

/**
 * Shows an event's date at the precision it is known to: "30 September 2015", "September 2015",
 * "2015", "summer 2014 (approx.)", "2021–2023". Inputs are assumed valid (validate.ts guarantees it).
 */
export function formatEventDate(event: DatedLike): string {
  const start = parsePartialDate(event.start);
  if (!start) return event.start;
  const end = event.end === undefined ? null : parsePartialDate(event.end);
  const approx = event.precision === 'approximate' ? ' (approx.)' : '';
  if (!end) return formatPartial(start) + approx;
  return formatRange(start, end) + approx;
}

function formatRange(start: PartialDate, end: PartialDate): string {
  const startForm = dateForm(start);
  const endForm = dateForm(end);
  if (startForm === 'month' && endForm === 'month' && start.month !== undefined && end.month !== undefined) {
    const season = SEASONS[`${start.month}-${end.month}`];
    const sameSeason = end.year === start.year + (start.month === 12 ? 1 : 0);
    if (season && sameSeason) return `${season} ${start.month === 12 ? `${start.year}–${end.year}` : start.year}`;
    if (start.year === end.year) return `${monthName(start)}–${formatPartial(end)}`;
  }
  if (startForm === 'day' && endForm === 'day' && start.year === end.year) {
    if (start.month === end.month) return `${start.day}–${formatPartial(end)}`;
    return `${start.day} ${monthName(start)} – ${formatPartial(end)}`;
  }
  const separator = startForm === 'year' && endForm === 'year' ? '–' : ' – ';
  return `${formatPartial(start)}${separator}${formatPartial(end)}`;
}

// English month names, written out rather than taken from date-fns's `format`: this module runs in
// the browser too, and `format` with its locale is a fifth of the timeline page's own script.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(date: PartialDate): string {
  return MONTHS[(date.month ?? 1) - 1] ?? '';
}

function yearText(year: number): string {
  return String(year).padStart(4, '0');
}

export function formatPartial(date: PartialDate): string {
  switch (dateForm(date)) {
    case 'day':
      return `${date.day} ${monthName(date)} ${yearText(date.year)}`;
    case 'month':
      return `${monthName(date)} ${yearText(date.year)}`;
    case 'year':
      return String(date.year);
  }
}

/** Chronological order: by first day, then the shorter span first, then id for a stable order. */
export function compareEvents(a: DatedLike & { id: string }, b: DatedLike & { id: string }): number {
  const aStart = parsePartialDate(a.start);
  const bStart = parsePartialDate(b.start);
  const aFirst = aStart ? firstDay(aStart) : a.start;
  const bFirst = bStart ? firstDay(bStart) : b.start;
  if (aFirst !== bFirst) return aFirst < bFirst ? -1 : 1;
  const aLast = lastDayOf(a);
  const bLast = lastDayOf(b);
  if (aLast !== bLast) return aLast < bLast ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The last calendar day an event's date covers (its end, or else its start). */
export function lastDayOf(event: DatedLike): string {
  const raw = event.end ?? event.start;
  const parsed = parsePartialDate(raw);
  return parsed ? lastDay(parsed) : raw;
}

/** A `YYYY-MM-DD` day as a reader says it: "1 December 2026". */
export function formatDay(day: string): string {
  const date = parsePartialDate(day);
  return date ? formatPartial(date) : day;
}
