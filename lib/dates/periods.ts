// Calendar periods (day, Monday-started week, month, quarter, year, five years) over day numbers:
// what the timeline counts events by when a window holds too many to draw.

const DAY_MS = 86_400_000;

/** Calendar periods to count events by, finest first. */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'five-years';

export const PERIOD_DAYS: ReadonlyArray<[Period, number]> = [
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

// Named here rather than by Intl.DateTimeFormat: see lib/view/count-text.ts for what the first Intl
// formatter costs a page.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (date: Date) => MONTHS[date.getUTCMonth()] ?? '';

/** "4 March 2013", "week of 4 March 2013", "March 2013", "January–March 2013", "2013", "2010–2014". */
export function periodLabel(start: number, period: Period): string {
  const date = new Date(start * DAY_MS);
  const year = date.getUTCFullYear();
  const month = monthName(date);
  switch (period) {
    case 'day':
      return `${date.getUTCDate()} ${month} ${year}`;
    case 'week':
      return `week of ${date.getUTCDate()} ${month} ${year}`;
    case 'month':
      return `${month} ${year}`;
    case 'quarter':
      return `${month}–${monthName(new Date((periodAfter(start, 'quarter') - 1) * DAY_MS))} ${year}`;
    case 'year':
      return String(year);
    case 'five-years':
      return `${year}–${year + 4}`;
  }
}
