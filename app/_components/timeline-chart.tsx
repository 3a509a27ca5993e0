'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { DataSet } from 'vis-data/peer';
import type { DataItem, Timeline, TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TimelineItemData } from '@/lib/view';

export interface TimelineChartProps {
  items: ReadonlyArray<TimelineItemData>;
  selectedId?: string;
  /** Where selecting each event leads: the current view with that event selected. */
  hrefs: Readonly<Record<string, string>>;
}

type ChartItem = DataItem & { 'event-id': string };

const DAY_MS = 86_400_000;

/** Local midnight of a `YYYY-MM-DD` day, so that items line up with the axis labels. */
function toDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

// vis-timeline hands its template untyped item data: read only what is there.
function itemId(item: unknown): string | undefined {
  return typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : undefined;
}

function clusterSize(item: unknown): number | undefined {
  if (typeof item !== 'object' || item === null || !('uiItems' in item) || !Array.isArray(item.uiItems)) return undefined;
  return item.uiItems.length;
}

function itemSpan(item: unknown): number {
  if (typeof item !== 'object' || item === null || !('start' in item) || !(item.start instanceof Date)) return 0;
  return 'end' in item && item.end instanceof Date ? item.end.getTime() - item.start.getTime() : 0;
}

function windowAround(centre: number, days: number): [Date, Date] {
  const half = (days * DAY_MS) / 2;
  return [new Date(centre - half), new Date(centre + half)];
}

function yearAround(item: TimelineItemData): [Date, Date] {
  return windowAround(toDate(item.start).getTime(), 365);
}

function textNode(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function toChartItem(item: TimelineItemData): ChartItem {
  const chartItem: ChartItem = {
    id: item.id,
    'event-id': item.id,
    // Drawn by the `template` option below; vis-timeline would otherwise read this as HTML.
    content: '',
    start: toDate(item.start),
    className: `camp-${item.camp}${item.approximate ? ' is-approximate' : ''}`,
    type: item.end ? 'range' : 'box',
  };
  if (item.end) chartItem.end = toDate(item.end);
  return chartItem;
}

/** Item content as a DOM node built with textContent: no event text ever becomes HTML. */
function itemContent(item: TimelineItemData): HTMLElement {
  const node = textNode('span', item.title, 'tl-item-title');
  const when = item.approximate ? `approximately ${item.dateLabel.replace(/ \(approx\.\)$/, '')}` : item.dateLabel;
  node.title = `${item.title} (${when})`;
  return node;
}

export function TimelineChart({ items, selectedId, hrefs }: TimelineChartProps) {
  const router = useRouter();
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const dataRef = useRef<DataSet<ChartItem> | null>(null);
  const itemsRef = useRef(new Map<string, TimelineItemData>());
  const hrefsRef = useRef(hrefs);
  const selectedRef = useRef(selectedId);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    hrefsRef.current = hrefs;
    selectedRef.current = selectedId;
  }, [hrefs, selectedId]);

  // Create the chart once; vis-timeline needs `window`, so it is loaded here, after the page is up.
  useEffect(() => {
    let disposed = false;
    Promise.all([import('vis-timeline/peer'), import('vis-data/peer')])
      .then(([{ Timeline: TimelineClass }, { DataSet: DataSetClass }]) => {
        const container = containerRef.current;
        if (disposed || !container) return;
        const data = new DataSetClass<ChartItem>();
        const options: TimelineOptions = {
          height: '100%',
          stack: true,
          zoomable: true,
          zoomMin: 7 * DAY_MS,
          zoomMax: 40 * 365 * DAY_MS,
          min: new Date(1999, 0, 1),
          max: new Date(2027, 0, 1),
          showCurrentTime: false,
          // Neighbouring items merge into a count at wide zoom and split apart as you zoom in; the
          // selected event is never merged, so it stays visible.
          cluster: {
            maxItems: 3,
            titleTemplate: '{count} events here: zoom in to separate them',
            showStipes: true,
            fitOnDoubleClick: true,
            clusterCriteria: (first, second) =>
              String(first.id) !== selectedRef.current && String(second.id) !== selectedRef.current,
          },
          selectable: true,
          multiselect: false,
          verticalScroll: true,
          showTooltips: false,
          dataAttributes: ['event-id'],
          template: (item?: unknown) => {
            const size = clusterSize(item);
            if (size !== undefined) return textNode('span', `${size} events`, 'tl-cluster');
            const known = itemsRef.current.get(itemId(item) ?? '');
            return known ? itemContent(known) : '';
          },
          // Stack the selected event on top, then short events before long ones, so multi-year spans
          // sink to the bottom instead of pushing everything else out of view.
          order: (a: unknown, b: unknown) => {
            const selected = selectedRef.current;
            if (selected !== undefined && itemId(a) === selected) return -1;
            if (selected !== undefined && itemId(b) === selected) return 1;
            return itemSpan(a) - itemSpan(b);
          },
          orientation: { axis: 'top', item: 'top' },
          margin: { item: { horizontal: 4, vertical: 4 } },
        };
        const timeline = new TimelineClass(container, data, options);
        timeline.on('select', ({ items: selected }: { items: Array<string | number> }) => {
          const id = selected[0];
          const href = id === undefined ? undefined : hrefsRef.current[String(id)];
          if (href) router.push(href, { scroll: false });
        });
        // The visible window, for tests and tools that need to know it without reading the axis.
        timeline.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
          container.dataset.windowStart = start.toISOString().slice(0, 10);
          container.dataset.windowEnd = end.toISOString().slice(0, 10);
        });
        timelineRef.current = timeline;
        dataRef.current = data;
        setReady(true);
      })
      .catch(() => {
        if (!disposed) setFailed(true);
      });
    return () => {
      disposed = true;
      timelineRef.current?.destroy();
      timelineRef.current = null;
      dataRef.current = null;
    };
  }, [router]);

  // Keep the items in step with the filters.
  useEffect(() => {
    const data = dataRef.current;
    const timeline = timelineRef.current;
    if (!ready || !data || !timeline) return;
    itemsRef.current = new Map(items.map((item) => [item.id, item]));
    const wanted = new Set(items.map((item) => item.id));
    data.remove(data.getIds().filter((id) => !wanted.has(String(id))));
    data.update(items.map(toChartItem));
    const selected = selectedRef.current === undefined ? undefined : itemsRef.current.get(selectedRef.current);
    if (selected) {
      timeline.setWindow(...yearAround(selected), { animation: false });
      timeline.focus(selected.id, { zoom: false, animation: false });
    } else {
      timeline.fit({ animation: false });
    }
  }, [items, ready]);

  // Keep the selection in step with the URL, and bring the selected item into view.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!ready || !timeline) return;
    if (selectedId === undefined || !itemsRef.current.has(selectedId)) {
      timeline.setSelection([]);
      return;
    }
    timeline.setSelection([selectedId]);
    // Move (without zooming) so the selected item is on screen, vertically too.
    if (!timeline.getVisibleItems().includes(selectedId)) timeline.focus(selectedId, { zoom: false, animation: false });
  }, [selectedId, items, ready]);

  const zoom = (action: 'in' | 'out' | 'fit') => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    // Instant, so that clicks in quick succession compound instead of restarting one animation.
    if (action === 'in') timeline.zoomIn(0.5, { animation: false });
    else if (action === 'out') timeline.zoomOut(0.5, { animation: false });
    else timeline.fit({ animation: false });
  };

  const showAround = (span: 'year' | 'month') => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const selected = selectedId === undefined ? undefined : itemsRef.current.get(selectedId);
    const window = timeline.getWindow();
    const centre = selected ? toDate(selected.start).getTime() : (window.start.getTime() + window.end.getTime()) / 2;
    timeline.setWindow(...windowAround(centre, span === 'year' ? 365 : 31));
  };

  return (
    <div className="timeline-chart">
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline zoom">
        <button type="button" onClick={() => zoom('in')} disabled={!ready}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoom('out')} disabled={!ready}>
          Zoom out
        </button>
        <button type="button" onClick={() => zoom('fit')} disabled={!ready}>
          Fit all
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" onClick={() => showAround('year')} disabled={!ready}>
          {selectedId ? 'Year around selection' : 'One year'}
        </button>
        <button type="button" onClick={() => showAround('month')} disabled={!ready}>
          {selectedId ? 'Month around selection' : 'One month'}
        </button>
      </div>
      <div ref={containerRef} className="timeline-canvas" data-ready={ready ? 'true' : 'false'} />
      {failed && <p role="alert">The timeline could not be drawn; the list below shows every event.</p>}
    </div>
  );
}
