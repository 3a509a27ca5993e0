// The shape of what the benchmark measures: one module declares it, every step fills it in and the
// report and the targets read it.

import type { WorkKind } from './main-thread';

export type DatasetKind = 'real' | 'generated';

/** The app, or the plain page: vis-timeline's standalone build handed the same events, no tricks. */
export type Variant = 'app' | 'plain';

export interface Run {
  events: number;
  variant: Variant;
  dataset: DatasetKind;
  /** Script bytes as sent (gzip) by the load event, by the first timeline item, and in all. */
  jsLoadGzipKB: number | null;
  jsFirstItemGzipKB: number | null;
  jsTotalGzipKB: number | null;
  firstListMs: number | null;
  /** When the first chart item is on screen as a person sees it (see bench/page-marks.ts). */
  firstItemMs: number | null;
  /** When vis-timeline has drawn the chart and answers a wheel zoom. */
  liveMs: number | null;
  filterMs: number | null;
  longestTaskMs: number | null;
  frameMs: number | null;
  heapMB: number | null;
  /** Figures that hit the time limit: recorded as the limit, printed as "≥ limit". */
  timedOut: string[];
}

/** The figures of a `Run` that are medians of samples. */
export const RUN_FIGURES = [
  'jsLoadGzipKB',
  'jsFirstItemGzipKB',
  'jsTotalGzipKB',
  'firstListMs',
  'firstItemMs',
  'liveMs',
  'filterMs',
  'longestTaskMs',
  'frameMs',
  'heapMB',
] as const satisfies ReadonlyArray<keyof Run>;

export interface LoadRun {
  path: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** What the map of places costs: its markup in the page, and how long it takes to follow the chart's window. */
export interface MapRun {
  events: number;
  dataset: DatasetKind;
  /** The map region's HTML as rendered, and gzipped. */
  htmlKB: number;
  htmlGzipKB: number;
  markers: number;
  /** From a click on "One year" to the map counting the events of the new window. */
  followMs: number | null;
}

export interface LanesRun {
  events: number;
  variant: Variant;
  dataset: DatasetKind;
  lanes: 'actor' | 'camp';
  /** A view with lanes loaded in a cold browser context, until its first item is on screen. */
  firstItemMs: number | null;
  /** From one band to lanes, until the lanes are drawn. */
  lanesMs: number | null;
  /** While zooming from "fit all" to a month and back, in lanes. */
  longestTaskMs: number | null;
  frameMs: number | null;
  /** The most items (events and counts) drawn at once across all the lanes, at "fit all", a month and back. */
  maxItems: number | null;
  timedOut: string[];
}

/** Distinct search strings sent to the filtered view: what the server's cache of rendered views kept. */
export interface ViewCacheRun {
  requests: number;
  errors: number;
  p99Ms: number;
  /** The server's resident memory before and after, as the kernel counts it. */
  rssBeforeMB: number;
  rssAfterMB: number;
  seconds: number;
}

/**
 * One step of a page's opening: when it was reached, the time since the latest step reached before
 * it, and the main thread's work in that time.
 */
export interface OpeningStep {
  label: string;
  atMs: number | null;
  sinceMs: number | null;
  work: Record<WorkKind, number> | null;
}

/** Where the time goes until the chart is live (bench/opening-profile.ts): each step, medians of traced loads. */
export interface OpeningProfile {
  variant: Variant;
  loads: number;
  steps: OpeningStep[];
}
