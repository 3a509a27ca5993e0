// The chart's opening as User Timing marks, once a page: DevTools' performance panel shows them in
// its Timings track, and the benchmark reads them to print where the time goes before the chart is
// live (bench/opening-profile.ts). Each step is marked by the first opening to reach it; a chart
// opened again in the same document adds none.

export const OPENING_MARKS = {
  /** The page has hydrated and the index is there: the chart asks for vis-timeline. */
  requested: 'chart: library requested',
  /** vis-timeline's chunk has arrived and been evaluated. */
  evaluated: 'chart: library evaluated',
  /** The Timeline is made, in the page, with its axis drawn and no items yet. */
  made: 'chart: made',
  /** Every item of the first window handed to vis-timeline, under the server's frame (it draws the last on its next frame). */
  drawn: 'chart: items drawn',
} as const;

export type OpeningMark = keyof typeof OPENING_MARKS;

export function markOpening(step: OpeningMark): void {
  const name = OPENING_MARKS[step];
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
