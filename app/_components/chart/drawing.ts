import type { Period } from '@/lib/dates/periods';
import type { TimelineIndex } from '@/lib/timeline/codec';
import { lanesContent, type LaneLayout } from '@/lib/timeline/lanes';
import { windowContent, type WindowContent } from '@/lib/timeline/window-content';
import type { LaneLabel } from './item-content';
import { bucketItems, eventItem, MAX_BUCKETS, MAX_ITEMS, type ChartItem, type DrawnBucket, type ItemLane } from './items';
import { isLong, laneHeight, layoutRows, rowMode, type RowLayout } from './rows';
import { dateToDay } from './window';

// What the chart draws for a window, as plain data: the items, the counts' details, and the lanes.

/** Count bars across all lanes at most: with many lanes, each counts by a longer period. */
const MAX_BARS = 240;

/** A lane as vis-timeline takes it: its label is drawn by `groupTemplate` from `label`. */
export interface LaneGroup {
  id: string;
  content: string;
  order: number;
  className: string;
  label: LaneLabel;
}

export interface ChartDrawing {
  items: ChartItem[];
  buckets: Map<string, DrawnBucket>;
  /** The lanes, in order; `null` for one band. */
  groups: LaneGroup[] | null;
  /** The items that draw the selected event: one in each lane it sits in. */
  selection: string[];
  /** Events drawn one by one, and events in the window (in lanes, an event counts once per lane). */
  drawn: number;
  inWindow: number;
  /** The period the counts are by, when the window holds too many events to draw. */
  period: Period | null;
  /** Where each item sits vertically, and how tall each lane is. */
  rows: RowLayout;
}

export interface DrawingOptions {
  /** The selection, always drawn one by one when it is kept and in the window. */
  pinned?: number | undefined;
}

/** The window shown, in milliseconds, as vis-timeline's `getWindow()` gives it. */
export interface ShownWindow {
  start: number;
  end: number;
}

/**
 * What to draw for a window of the events `bits` keeps: in one band, or in each lane of `layout`
 * (whose lanes hold `counts` events in all). It depends on the dates alone, never on the chart's
 * width, so that the server draws the first frame from it (see `frame.ts`) as vis-timeline does.
 */
export function chartDrawing(
  index: TimelineIndex,
  bits: Uint8Array | null,
  lanes: { layout: LaneLayout; counts: ReadonlyArray<number> } | null,
  { start, end }: ShownWindow,
  { pinned }: DrawingOptions,
): ChartDrawing {
  // The days the window touches: its first, through the day its end falls on.
  const from = dateToDay(new Date(start));
  const to = dateToDay(new Date(end)) + 1;
  const contents: WindowContent[] = lanes
    ? lanesContent(index, bits, lanes.layout, from, to, { maxItems: MAX_ITEMS, maxBuckets: MAX_BUCKETS, maxBars: MAX_BARS, pinned })
    : [windowContent(index, bits, from, to, { maxItems: MAX_ITEMS, maxBuckets: MAX_BUCKETS, pinned })];
  const itemLanes: Array<ItemLane | undefined> = lanes ? lanes.layout.lanes.map(({ key, name }) => ({ key, name })) : [undefined];
  const items: ChartItem[] = [];
  const buckets = new Map<string, DrawnBucket>();
  contents.forEach((content, lane) => {
    items.push(...content.items.map((at) => eventItem(index, at, itemLanes[lane])));
    const bars = bucketItems(content.buckets, itemLanes[lane]);
    items.push(...bars.items);
    for (const [id, bucket] of bars.drawn) buckets.set(id, bucket);
  });
  const selectedId = pinned === undefined ? undefined : index.ids[pinned];
  const drawn = contents.reduce((sum, content) => sum + content.items.length, 0);
  const rows = layoutRows(items, start, end, rowMode(to - from, drawn), lanes !== null);
  for (const item of items) {
    const kind = item['event-id'] === undefined ? '' : ` tl-${rows.mode}${isLong(item, start, end) ? ' tl-long' : ''}`;
    item.className = `${item.className ?? ''}${kind}`;
    item.style = `margin-top: ${rows.offsets.get(String(item.id)) ?? 0}px`;
  }
  return {
    items,
    buckets,
    groups: lanes
      ? lanes.layout.lanes.map((lane, order) => ({
          id: lane.key,
          content: '',
          order,
          className: `tl-lane camp-${lane.camp}`,
          label: {
            key: lane.key,
            name: lane.name,
            shortName: lane.shortName,
            camp: lane.camp,
            count: lanes.counts[order] ?? 0,
            height: laneHeight(rows, lane.key),
          },
        }))
      : null,
    selection: selectedId === undefined ? [] : items.filter((item) => item['event-id'] === selectedId).map((item) => String(item.id)),
    drawn,
    inWindow: contents.reduce((sum, content) => sum + content.inWindow, 0),
    period: contents.find((content) => content.buckets.length > 0)?.buckets[0]?.period ?? null,
    rows,
  };
}
