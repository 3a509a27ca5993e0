// Whole days since 1970-01-01 (UTC): the unit the timeline index and its windows count in.

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` to whole days since 1970-01-01, and back. */
export function toDayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day after a `YYYY-MM-DD` day. */
export function dayAfter(day: string): string {
  return fromDayNumber(toDayNumber(day) + 1);
}
