import type { ChartItem } from './items';

// Where each item sits vertically, worked out from dates alone. vis-timeline's own stacking measures
// each item's width in pixels, which the server cannot know; rows decided here as shares of the
// window let the server draw the chart's first frame with every item where vis-timeline then puts it.

/** How the window draws its events: titled boxes when there is room to read them, else dots. */
export type RowMode = 'titled' | 'dot';

/** Pixels from one row to the next; an item's height is its pitch less 4 px (see globals.css). */
export const ROW_PITCH: Record<RowMode, number> = { titled: 26, dot: 14 };
/** The strip of per-period counts, above the events' rows. */
export const STRIP_PX = 24;
/** A titled box is at most this share of the window wide (globals.css gives it as a percentage). */
export const TITLE_SHARE = 1 / 6;
const DOT_SHARE = 1 / 100;
/** A span longer than this share of the window is drawn as a thin line under the events. */
export const LONG_SHARE = 0.25;
/** Titles are drawn when the window is at most three years long, or holds this many events at most. */
const TITLED_DAYS = 3 * 366;
const TITLED_EVENTS = 24;
/** Rows per band, and per lane: past them an item joins the row it overlaps least. */
const MAX_ROWS: Record<RowMode, number> = { titled: 8, dot: 16 };
const MAX_LANE_ROWS: Record<RowMode, number> = { titled: 4, dot: 6 };
/** Room under a lane's last row. */
export const LANE_PAD_PX = 8;

export function rowMode(days: number, events: number): RowMode {
  return days <= TITLED_DAYS || events <= TITLED_EVENTS ? 'titled' : 'dot';
}

const time = (date: ChartItem['start'] | undefined): number | undefined =>
  date === undefined ? undefined : date instanceof Date ? date.getTime() : new Date(date).getTime();

/** Where an item lies across the window: 0 at its start, 1 at its end. */
export function share(date: ChartItem['start'], start: number, end: number): number {
  return ((time(date) ?? start) - start) / Math.max(1, end - start);
}

export function isBucket(item: ChartItem): boolean {
  return item['event-id'] === undefined;
}

/** Whether an event's span is long enough, against the window, to be drawn as a thin line. */
export function isLong(item: ChartItem, start: number, end: number): boolean {
  return item.end !== undefined && share(item.end, start, end) - share(item.start, start, end) > LONG_SHARE;
}

export interface RowLayout {
  mode: RowMode;
  /** Each item's offset below the band's (or lane's) top, in pixels, by item id. */
  offsets: Map<string, number>;
  /** Rows used per lane (key `''` for the one band); a lane is drawn this many rows tall. */
  rows: Map<string, number>;
  /** Whether the lane (or band) has a strip of counts above its rows. */
  strips: Set<string>;
}

/**
 * Rows for the items of a window shown from `start` to `end` (milliseconds): the counts in a strip at
 * the top, then each event in the first row where it overlaps no other (its date and the room its
 * title or dot takes, as shares of the window), short events first so that long spans sink.
 */
export function layoutRows(items: ReadonlyArray<ChartItem>, start: number, end: number, mode: RowMode, lanes: boolean): RowLayout {
  const offsets = new Map<string, number>();
  const rows = new Map<string, number>();
  const strips = new Set<string>();
  const room = mode === 'titled' ? TITLE_SHARE : DOT_SHARE;
  const pitch = ROW_PITCH[mode];
  const maxRows = (lanes ? MAX_LANE_ROWS : MAX_ROWS)[mode];
  const byLane = new Map<string, ChartItem[]>();
  for (const item of items) {
    const lane = item.lane ?? '';
    byLane.set(lane, [...(byLane.get(lane) ?? []), item]);
  }
  for (const [lane, laneItems] of byLane) {
    const hasStrip = laneItems.some(isBucket);
    if (hasStrip) strips.add(lane);
    const top = hasStrip ? STRIP_PX : 0;
    const extents = laneItems
      .filter((item) => !isBucket(item))
      .map((item) => {
        const from = share(item.start, start, end);
        const to = item.end === undefined ? from : share(item.end, start, end);
        const extent: [number, number] = item.end === undefined ? [from - room / 2, from + room / 2] : [from, Math.max(to, from + room / 2)];
        return { id: String(item.id), extent, long: to - from > LONG_SHARE };
      })
      .sort((a, b) => Number(a.long) - Number(b.long) || a.extent[0] - b.extent[0] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const taken: Array<Array<[number, number]>> = [];
    for (const { id, extent } of extents) {
      const clashes = (row: ReadonlyArray<[number, number]>) => row.filter(([from, to]) => from < extent[1] && extent[0] < to).length;
      let row = taken.findIndex((used) => clashes(used) === 0);
      if (row < 0 && taken.length < maxRows) row = taken.length;
      if (row < 0) row = taken.reduce((best, used, at) => (clashes(used) < clashes(taken[best]!) ? at : best), 0);
      (taken[row] ??= []).push(extent);
      offsets.set(id, top + row * pitch);
    }
    for (const item of laneItems) if (isBucket(item)) offsets.set(String(item.id), 0);
    rows.set(lane, taken.length);
  }
  return { mode, offsets, rows, strips };
}

/** How tall a lane is drawn: its strip, its rows, and a little room. */
export function laneHeight(layout: RowLayout, lane: string): number {
  return (layout.strips.has(lane) ? STRIP_PX : 0) + Math.max(1, layout.rows.get(lane) ?? 0) * ROW_PITCH[layout.mode] + LANE_PAD_PX;
}
