import { parsePartialDate } from '@/lib/dates/partial-date';

/** The reader's access date as the page sends it, `YYYY-MM-DD`; the server's date otherwise (which is in the answer, so in its ETag). */
export function accessDate(raw: string | null): Date {
  const parsed = raw !== null && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? parsePartialDate(raw) : null;
  if (parsed?.month !== undefined && parsed.day !== undefined && parsed.year >= 2000 && parsed.year <= 2200) {
    return new Date(parsed.year, parsed.month - 1, parsed.day);
  }
  return new Date();
}
