import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { DataSet } from 'vis-data/peer';
import type { Timeline, TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TimelineIndex } from '@/lib/timeline/codec';
import type { ChartItem } from './items';

// Owns the vis-timeline instance: loads the library, creates the chart once the index is there, hands
// its events to the component's latest handlers, and tears it down on unmount.

// Start fetching the library as soon as this module runs in the browser (during hydration) rather
// than after the first render; on the server there is nothing to load.
let libraries: Promise<[typeof import('vis-timeline/peer'), typeof import('vis-data/peer')]> | undefined;
function loadLibraries() {
  libraries ??= Promise.all([import('vis-timeline/peer'), import('vis-data/peer')]);
  return libraries;
}
if (typeof window !== 'undefined') void loadLibraries().catch(() => undefined);

/** Before the earliest day the chart can show (its `min`), so never in view. */
const OUT_OF_VIEW = new Date(1900, 0, 1);

export interface VisChart {
  timeline: Timeline;
  data: DataSet<ChartItem>;
  index: TimelineIndex;
  container: HTMLDivElement;
}

export interface VisTimelineHandlers {
  /** Options for the chart, given the index (its first window among them). */
  options: (index: TimelineIndex) => TimelineOptions;
  onSelect: (chart: VisChart, id: string) => void;
  /** The visible range settled after a zoom or pan, and once when the chart first has its width. */
  onRangeChanged: (chart: VisChart) => void;
}

export function useVisTimeline(containerRef: RefObject<HTMLDivElement | null>, index: TimelineIndex | null, handlers: VisTimelineHandlers) {
  const [chart, setChart] = useState<VisChart | null>(null);
  const [failed, setFailed] = useState(false);
  const options = useEffectEvent(handlers.options);
  const onSelect = useEffectEvent(handlers.onSelect);
  const onRangeChanged = useEffectEvent(handlers.onRangeChanged);

  // vis-timeline needs `window`, so it is loaded here, after the page is up.
  useEffect(() => {
    if (!index) return;
    let disposed = false;
    let created: Timeline | null = null;
    loadLibraries()
      .then(([{ Timeline: TimelineClass }, { DataSet: DataSetClass }]) => {
        const container = containerRef.current;
        if (disposed || !container) return;
        const data = new DataSetClass<ChartItem>();
        const timeline = new TimelineClass(container, data, options(index));
        created = timeline;
        const value: VisChart = { timeline, data, index, container };
        timeline.on('select', ({ items }: { items: Array<string | number> }) => {
          if (items[0] !== undefined) onSelect(value, String(items[0]));
        });
        timeline.on('rangechanged', () => onRangeChanged(value));
        // Items go in once the chart has laid itself out: vis-timeline groups clusters by its width,
        // and clusters formed before that are never shown.
        requestAnimationFrame(() => {
          if (!disposed) onRangeChanged(value);
        });
        setChart(value);
      })
      .catch(() => {
        if (!disposed) setFailed(true);
      });
    return () => {
      disposed = true;
      created?.destroy();
    };
  }, [index, containerRef]);

  return { chart, failed };
}

/**
 * Makes the chart's items `wanted`: removes the others, and adds new ones out of view before moving
 * them to their dates. vis-timeline draws and measures an item the moment it is added, a forced
 * layout for each, but draws the items that come into view on a redraw all together.
 */
export function applyItems(data: DataSet<ChartItem>, wanted: ReadonlyArray<ChartItem>): Set<string> {
  const wantedIds = new Set(wanted.map((item) => String(item.id)));
  const present = data.getIds();
  const presentIds = new Set(present.map(String));
  data.remove(present.filter((id) => !wantedIds.has(String(id))));
  data.add(
    wanted
      .filter((item) => !presentIds.has(String(item.id)))
      .map((item) => ({ ...item, start: OUT_OF_VIEW, ...(item.end !== undefined && { end: OUT_OF_VIEW }) })),
  );
  // Always update, even with the same items: vis-timeline regroups its clusters on updates.
  data.update([...wanted]);
  return wantedIds;
}
