// The chart's opening as User Timing marks, once a page: DevTools' performance panel shows them in
// its Timings track, and the benchmark reads them to print where the time goes before the chart is
// live (bench/opening-profile.ts). A chart opened again in the same page (another view) adds none.

export const OPENING_MARKS = {
  /** The page has hydrated and the index is there: the chart asks for vis-timeline. */
  requested: 'chart: library requested',
  /** vis-timeline's chunk has arrived and been evaluated. */
  evaluated: 'chart: library evaluated',
  /** The Timeline is made, in the page, with its axis drawn and no items yet. */
  made: 'chart: made',
  /** Every item of the first window made and drawn, under the server's frame. */
  drawn: 'chart: items drawn',
} as const;

export type OpeningStep = keyof typeof OPENING_MARKS;

export function markOpening(step: OpeningStep): void {
  const name = OPENING_MARKS[step];
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
