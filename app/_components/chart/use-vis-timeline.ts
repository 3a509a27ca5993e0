import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { DataSet } from 'vis-data/esnext';
import type { Timeline, TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TimelineIndex } from '@/lib/timeline/codec';
import { markOpening } from '@/lib/timeline/opening-marks';
import type { LaneGroup } from './drawing';
import type { ChartItem } from './items';

// Owns the vis-timeline instance: loads the library, creates the chart once the index is there, hands
// its events to the component's latest handlers, and tears it down on unmount.

// The server's first frame stands in for the chart meanwhile. The library is fetched when the chart's
// effect first runs, once the page has hydrated and the index is there: started any earlier, its
// evaluation (one long task) interleaves with hydration and delays both; started at the load event
// and in idle time, as it was, the chart went live about 100 ms later on the real corpus (bench, 7
// interleaved cold loads). Then the chart opens in short tasks, under the first frame, so that input
// is never blocked for long: the module's evaluation, the chart made, its axis drawn, its items drawn
// a few at a time (`revealItems`). On Lighthouse's phone (the CPU four times slower) the opening was
// four long tasks when it was made and drawn in place: 196, 115, 86 and 83 ms.
let libraries: Promise<typeof import('./vis-libraries')> | undefined;
async function loadLibraries() {
  markOpening('requested');
  libraries ??= import('./vis-libraries');
  const loaded = await libraries;
  markOpening('evaluated');
  await nextTask();
  return loaded;
}

/**
 * Resolves in a task of its own, at once when nothing else waits: a chain of `setTimeout(0)` is held
 * back to 4 ms a step after its fifth.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Before the earliest day the chart can show (its `min`), so never in view. */
const OUT_OF_VIEW = new Date(1900, 0, 1);

export interface VisChart {
  timeline: Timeline;
  data: DataSet<ChartItem>;
  /** The lanes, once the chart has any. */
  lanes: DataSet<LaneGroup>;
  index: TimelineIndex;
  container: HTMLDivElement;
}

export interface VisTimelineHandlers {
  /** Options for the chart, given the index. */
  options: (index: TimelineIndex) => TimelineOptions;
  /** The window the chart opens on; `null` leaves it to vis-timeline. */
  firstWindow: (index: TimelineIndex) => [Date, Date] | null;
  /** An item was selected, or (`undefined`) a click selected none. */
  onSelect: (chart: VisChart, id: string | undefined) => void;
  /**
   * The visible range settled after a zoom or pan (`byUser`: dragged, wheeled or pinched), and once
   * (`byUser` null) as the chart is created.
   */
  onRangeChanged: (chart: VisChart, byUser: boolean | null) => void;
}

export function useVisTimeline(containerRef: RefObject<HTMLDivElement | null>, index: TimelineIndex | null, handlers: VisTimelineHandlers) {
  const [chart, setChart] = useState<VisChart | null>(null);
  const [failed, setFailed] = useState(false);
  const options = useEffectEvent(handlers.options);
  const firstWindow = useEffectEvent(handlers.firstWindow);
  const onSelect = useEffectEvent(handlers.onSelect);
  const onRangeChanged = useEffectEvent(handlers.onRangeChanged);

  // vis-timeline needs `window`, so it is loaded here, after hydration.
  useEffect(() => {
    if (!index) return;
    let disposed = false;
    let created: Timeline | null = null;
    // vis-timeline does not draw a chart the page does not show: made in a detached element, the chart
    // takes 9 ms here instead of 34 (it drew its default axis twice), and draws once, in place.
    const host = document.createElement('div');
    host.className = 'vis-host';
    const open = async () => {
      const { Timeline: TimelineClass, DataSet: DataSetClass } = await loadLibraries();
      const container = containerRef.current;
      if (disposed || !container) return;
      const data = new DataSetClass<ChartItem>();
      // No `start`/`end` options: with them vis-timeline does not count its first draw as done
      // until its first range change, which its one-second resize watcher is the first to trigger.
      // Without them the first draw counts, and the window is set right away.
      const timeline = new TimelineClass(host, data, options(index));
      created = timeline;
      const value: VisChart = { timeline, data, lanes: new DataSetClass<LaneGroup>(), index, container };
      // The window is read here, so that it is the one for the view the items are drawn for.
      const opening = firstWindow(index);
      if (opening) timeline.setWindow(opening[0], opening[1], { animation: false });
      timeline.on('select', ({ items }: { items: Array<string | number> }) => onSelect(value, items[0] === undefined ? undefined : String(items[0])));
      timeline.on('rangechanged', ({ byUser }: { byUser?: boolean }) => onRangeChanged(value, byUser === true));
      await nextTask();
      if (disposed) return;
      container.append(host);
      // Its first draw, in this task: handed its items before it has drawn any, vis-timeline draws at
      // once. A redraw waits for the next frame, and the frame before it counted as a layout shift:
      // the chart's panels moved where the drawing puts them (under the first frame, but moved).
      timeline.setItems(data);
      // Its resize watcher took the detached element's size, and would redraw the whole chart a second
      // later: set again, it takes the chart's size as drawn.
      timeline.setOptions({ autoResize: true });
      markOpening('made');
      await nextTask();
      if (disposed) return;
      onRangeChanged(value, null);
      setChart(value);
    };
    open().catch(() => {
      if (!disposed) setFailed(true);
    });
    return () => {
      disposed = true;
      created?.destroy();
      host.remove();
      setChart(null);
    };
  }, [index, containerRef]);

  return { chart, failed };
}

/**
 * Puts in the `wanted` items the chart does not hold yet, out of view, so that nothing on screen
 * changes. vis-timeline draws and measures an item in view the moment it is added, a forced layout
 * for each, but draws the items that come into view on a redraw all together.
 */
export function stageItems(data: DataSet<ChartItem>, wanted: ReadonlyArray<ChartItem>): void {
  const presentIds = new Set(data.getIds().map(String));
  data.add(
    wanted
      .filter((item) => !presentIds.has(String(item.id)))
      .map((item) => ({ ...item, start: OUT_OF_VIEW, ...(item.end !== undefined && { end: OUT_OF_VIEW }) })),
  );
}

/**
 * As the chart opens, at most this many items are made in one task, out of view, and at most this many
 * drawn: vis-timeline draws and measures each item in view as it comes, and redraws those already
 * drawn at every change. Making the 108 of the real corpus took 9 ms here and drawing them 16, four
 * times that on Lighthouse's phone, where draws of 15 rather than 30 took Lighthouse's blocking time on
 * `/` from about 200 ms to about 100, for about 30 ms more before the chart is live. Cut by time
 * instead (8 ms a task), the opening took twice as long: every change costs vis-timeline a redraw of
 * its own, and the next frame another.
 */
const OPENING_BATCHES = { make: 100, draw: 15 };

function inBatches<T>(all: ReadonlyArray<T>, size: number): T[][] {
  const batches: T[][] = [];
  for (let from = 0; from < all.length; from += size) batches.push(all.slice(from, from + size));
  return batches;
}

/**
 * Gives the chart the `wanted` items a few at a time, a task for each few, while the server's first
 * frame still covers it: all of them made out of view, then all of them moved to their dates. Made
 * and drawn in the same tasks, they cost twice as much (each task redraws every item already drawn).
 * Resolves `false`, having stopped, once `current()` says a later drawing took over.
 */
export async function revealItems(data: DataSet<ChartItem>, wanted: ReadonlyArray<ChartItem>, current: () => boolean): Promise<boolean> {
  const steps = [
    ...inBatches(wanted, OPENING_BATCHES.make).map((batch) => () => stageItems(data, batch)),
    ...inBatches(wanted, OPENING_BATCHES.draw).map((batch) => () => data.update(batch)),
  ];
  for (const step of steps) {
    await nextTask();
    if (!current()) return false;
    step();
  }
  if (!current()) return false;
  markOpening('drawn');
  return true;
}

/** Makes the chart's items `wanted`: removes the others, stages the new ones and moves them all to their dates. */
export function applyItems(data: DataSet<ChartItem>, wanted: ReadonlyArray<ChartItem>): void {
  const wantedIds = new Set(wanted.map((item) => String(item.id)));
  data.remove(data.getIds().filter((id) => !wantedIds.has(String(id))));
  stageItems(data, wanted);
  // Every wanted item, kept ones too: a kept item's row and classes follow the window (`rows.ts`).
  // Updating only the items that changed measured no faster (filter and zoom at 10,000 events).
  data.update([...wanted]);
}

/** Whether the chart's lanes are `groups`, the same ids in the same order (their labels may differ). */
export function hasLanes(lanes: DataSet<LaneGroup>, groups: ReadonlyArray<LaneGroup> | null): boolean {
  const shown = lanes.getIds().map(String);
  const wanted = groups?.map((group) => group.id) ?? [];
  return shown.length === wanted.length && shown.every((id, at) => id === wanted[at]);
}

/**
 * Gives the chart `groups` as its lanes, or one band for `null`. New lanes take the items with them:
 * an item whose lane is not there would not be drawn. The same lanes only get their labels updated.
 */
export function applyLanes({ timeline, data, lanes, container }: VisChart, groups: ReadonlyArray<LaneGroup> | null): void {
  // The lane labels scroll with the lanes: the keyboard reaches them and scrolls them with ↑ and ↓.
  const labels = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  if (labels && groups) {
    labels.tabIndex = 0;
    labels.setAttribute('role', 'group');
    labels.setAttribute('aria-label', 'Lanes');
  } else if (labels) {
    for (const name of ['tabindex', 'role', 'aria-label']) labels.removeAttribute(name);
  }
  if (hasLanes(lanes, groups)) {
    if (groups && groups.length > 0) lanes.update([...groups]);
    return;
  }
  data.clear();
  lanes.clear();
  if (groups) lanes.add([...groups]);
  timeline.setGroups(groups ? lanes : undefined);
}
