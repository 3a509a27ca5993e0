import 'server-only';
import { dateForm, firstDay, lastDay, lastDayOf, parsePartialDate, type DateForm } from '@/lib/dates/partial-date';
import type { Source, TimelineEvent } from '@/lib/data/schema';
import { citedSources } from './event-sources';

// The checks of an approximate window against the articles it rests on (README, "Adding an event").
// What the text allows cannot be read by a machine; two bounds can:
// - no window ends after the last of its articles could have been written: nothing is reported
//   before it happens;
// - a window narrowed to an article's own month must rest on the article's dating words ("this
//   week", "currently"), quoted in its dateNote as they stand: an act the text does not date is not
//   put in the month it was reported.

type Report = (scope: 'event', id: string, field: string, message: string) => void;

/** The last day an article can have been written, and so the latest anything it reports can be. */
export function latestWriting(source: Source): string {
  const published = parsePartialDate(source.published);
  const updated = source.updated === undefined ? null : parsePartialDate(source.updated);
  // An approximate publication day stands for a window around it: only its month is certain.
  const publishedBy = published === null ? source.published : lastDay(source.publishedPrecision === 'approximate' ? { year: published.year, month: published.month } : published);
  const updatedBy = updated === null ? '' : lastDay(updated);
  return updatedBy > publishedBy ? updatedBy : publishedBy;
}

const PREFIX: Record<DateForm, number> = { year: 4, month: 7, day: 10 };

/** The words as quoted, and with the case of their first letter turned (a quote may open mid-sentence). */
function asQuoted(said: string): string[] {
  const first = said.charAt(0);
  const turned = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return [said, turned + said.slice(1)];
}

/** The words a dateNote puts in quotation marks. */
function quotedWords(note: string): string[] {
  return [...note.matchAll(/“([^”]+)”|"([^"]+)"/g)].map((match) => (match[1] ?? match[2] ?? '').trim()).filter(Boolean);
}

export function checkApproximateWindow(
  event: TimelineEvent,
  sourceById: ReadonlyMap<string, Source>,
  articles: ReadonlyMap<string, string> | null,
  report: Report,
): void {
  if (event.precision !== 'approximate') return;
  const start = parsePartialDate(event.start);
  const endText = event.end ?? event.start;
  const end = parsePartialDate(endText);
  const sources = citedSources(event, sourceById);
  if (start === null || end === null || sources.length === 0) return;

  const latest = sources.map((source) => ({ source, by: latestWriting(source) })).reduce((a, b) => (b.by > a.by ? b : a));
  // Compared at the end's own precision: a window written to the month may end in the month of writing.
  if (endText > latest.by.slice(0, PREFIX[dateForm(end)])) {
    report(
      'event',
      event.id,
      event.end === undefined ? 'start' : 'end',
      `the approximate window ends ${endText}, after the latest day its articles can have been written (${latest.by}, "${latest.source.id}"): end it no later than that`,
    );
  }

  const from = firstDay(start);
  const to = lastDayOf(event);
  const quotes = [...event.citations, ...(event.claims ?? []).map((claim) => claim.citation)].map(({ quote }) => quote);
  for (const source of sources) {
    const month = source.published.slice(0, 7);
    if (from.slice(0, 7) !== month || to.slice(0, 7) !== month) continue;
    const text = articles?.get(source.textFile);
    const words = quotedWords(event.dateNote ?? '');
    // Without the article's text, words found in no quote cannot be checked, so they stand.
    const dating = words.filter((said) => text === undefined || asQuoted(said).some((form) => quotes.some((quote) => quote.includes(form)) || text.includes(form)));
    if (dating.length > 0) continue;
    report(
      'event',
      event.id,
      'dateNote',
      words.length === 0
        ? `the approximate window (${from} to ${to}) lies within the month "${source.id}" was published (${month}): dateNote must quote, in “…”, the article's own words that date it there, as they stand in a quote or the article; an act the text does not date is not narrowed to its article's month`
        : `the approximate window (${from} to ${to}) lies within the month "${source.id}" was published (${month}), but none of the words dateNote quotes (${words.map((said) => `“${said}”`).join(', ')}) is in the event's quotes or the article as it stands: quote the article's own dating words verbatim`,
    );
  }
}
