import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { DataSet } from 'vis-data/esnext';
import type { Timeline, TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TimelineIndex } from '@/lib/timeline/codec';
import type { LaneGroup } from './drawing';
import type { ChartItem } from './items';

// Owns the vis-timeline instance: loads the library, creates the chart once the index is there, hands
// its events to the component's latest handlers, and tears it down on unmount.

// The server's first frame stands in for the chart meanwhile. The library is fetched when the chart's
// effect first runs, once the page has hydrated and the index is there: started any earlier, its
// evaluation (one long task) interleaves with hydration and delays both; started at the load event
// and in idle time, as it was, the chart went live about 100 ms later on the real corpus (bench, 7
// interleaved cold loads). The module's evaluation, the chart's construction and its first items are
// then separate tasks, so that input is never blocked for all at once.
let libraries: Promise<typeof import('./vis-libraries')> | undefined;
async function loadLibraries() {
  libraries ??= import('./vis-libraries');
  const loaded = await libraries;
  await new Promise((resolve) => setTimeout(resolve, 0));
  return loaded;
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
    loadLibraries()
      .then(({ Timeline: TimelineClass, DataSet: DataSetClass }) => {
        const container = containerRef.current;
        if (disposed || !container) return;
        const data = new DataSetClass<ChartItem>();
        // No `start`/`end` options: with them vis-timeline does not count its first draw as done
        // until its first range change, which its one-second resize watcher is the first to trigger.
        // Without them the first draw counts, and the window is set right away.
        const timeline = new TimelineClass(container, data, options(index));
        created = timeline;
        const value: VisChart = { timeline, data, lanes: new DataSetClass<LaneGroup>(), index, container };
        // The window and the items from the next task: creating the chart and drawing its items in
        // one task was its longest (about 200 ms on the real corpus, four times that on Lighthouse's
        // phone). The window is read then, so that it is the one for the view the items are drawn for.
        setTimeout(() => {
          if (disposed) return;
          const opening = firstWindow(index);
          if (opening) timeline.setWindow(opening[0], opening[1], { animation: false });
          timeline.on('select', ({ items }: { items: Array<string | number> }) => onSelect(value, items[0] === undefined ? undefined : String(items[0])));
          timeline.on('rangechanged', ({ byUser }: { byUser?: boolean }) => onRangeChanged(value, byUser === true));
          onRangeChanged(value, null);
          setChart(value);
        }, 0);
      })
      .catch(() => {
        if (!disposed) setFailed(true);
      });
    return () => {
      disposed = true;
      created?.destroy();
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
