'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { DataSet } from 'vis-data/peer';
import type { DataItem, Timeline, TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { eventPath } from '@/lib/site';
import {
  decodeMask,
  filterKey,
  filtersMask,
  fromDayNumber,
  isKept,
  maskToBase64,
  periodLabel,
  windowContent,
  type Bucket,
  type Period,
  type TimelineIndex,
} from '@/lib/timeline-index';
import { viewHref, type ViewState } from '@/lib/url-state';
import { loadIndex } from './load-index';
import { usePendingView } from './view-state';

export interface TimelineChartProps {
  /** The compact index of every event, fetched once. */
  indexUrl: string;
  /**
   * The actor and date filters and the selection to draw. On the timeline page the view being
   * asked for takes its place, so the chart follows a change without waiting for the server.
   */
  view: ViewState;
  /** The events the view's text search keeps (a bitset over the index), or `null` without a search. */
  searchMask: string | null;
  /** Where selecting an event leads: this view with the event selected, or the event's own page. */
  selectTo?: 'view' | 'event-page';
}

type ChartItem = DataItem & { 'event-id'?: string };

const DAY_MS = 86_400_000;
/** vis-timeline stays smooth with a few hundred items: beyond that the window shows counts. */
const MAX_ITEMS = 250;
/** At most about this many periods across the window, so that each count has room to be read. */
const MAX_BUCKETS = 40;
const BUCKET_PREFIX = 'bucket:';
/** Before the earliest day the chart can show (its `min`), so never in view. */
const OUT_OF_VIEW = new Date(1900, 0, 1);
/** Room a count's label needs, roughly: its characters at the item font size, plus padding and border. */
const LABEL_CHAR_PX = 7.5;
const LABEL_PADDING_PX = 16;
/** Room between neighbouring counts: more than vis-timeline's horizontal item margin (4 px). */
const BUCKET_GAP_PX = 6;

type DrawnBucket = Bucket & { short: boolean };

const PERIOD_NAMES: Record<Period, string> = {
  day: 'a day',
  week: 'a week',
  month: 'a month',
  quarter: 'a quarter',
  year: 'a year',
  'five-years': 'five years',
};

// Start fetching the library as soon as this module runs in the browser (during hydration) rather
// than after the first render; on the server there is nothing to load.
let libraries: Promise<[typeof import('vis-timeline/peer'), typeof import('vis-data/peer')]> | undefined;
function loadLibraries() {
  libraries ??= Promise.all([import('vis-timeline/peer'), import('vis-data/peer')]);
  return libraries;
}
if (typeof window !== 'undefined') void loadLibraries().catch(() => undefined);

/** Local midnight of a day number, so that items line up with the axis labels. */
function dayToDate(dayNumber: number): Date {
  const [year, month, date] = fromDayNumber(dayNumber).split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

function dateToDay(date: Date): number {
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

function textNode(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

// vis-timeline hands its callbacks untyped item data: read only what is there.
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

/** Item content as a DOM node built with textContent: no event text ever becomes HTML. */
function eventContent(index: TimelineIndex, at: number): HTMLElement {
  const title = index.titles[at] ?? '';
  const label = index.dateLabels[at] ?? '';
  const node = textNode('span', title, 'tl-item-title');
  const when = index.approximate[at] ? `approximately ${label.replace(/ \(approx\.\)$/, '')}` : label;
  node.title = `${title} (${when})`;
  return node;
}

function eventItem(index: TimelineIndex, at: number): ChartItem {
  const id = index.ids[at] ?? '';
  const start = index.start[at] ?? 0;
  const end = index.end[at] ?? start;
  const camp = index.camps[index.camp[at] ?? 0] ?? 'other';
  const item: ChartItem = {
    id,
    'event-id': id,
    // Drawn by the `template` option; vis-timeline would otherwise read this as HTML.
    content: '',
    start: dayToDate(start),
    className: `camp-${camp}${index.approximate[at] ? ' is-approximate' : ''}`,
    type: end > start ? 'range' : 'box',
  };
  if (end > start) item.end = dayToDate(end);
  return item;
}

function filtersSignature(view: ViewState, searchMask: string | null): string {
  return JSON.stringify([searchMask, view.actors, view.from ?? null, view.to ?? null]);
}

export function TimelineChart({ indexUrl, view: rendered, searchMask, selectTo = 'view' }: TimelineChartProps) {
  const router = useRouter();
  const pending = usePendingView();
  const view = pending?.state ?? rendered;
  const selectedId = view.event;
  const filters = filtersSignature(view, searchMask);
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const dataRef = useRef<DataSet<ChartItem> | null>(null);
  const indexRef = useRef<TimelineIndex | null>(null);
  const bucketsRef = useRef(new Map<string, DrawnBucket>());
  // The latest props, for vis-timeline's callbacks, which outlive any one render.
  const preview = pending?.preview ?? null;
  const latest = useRef({ view, searchMask, filters, selectTo, navigate: pending?.navigate, preview });
  const maskCache = useRef<{ filters: string; bits: Uint8Array | null; key: string } | null>(null);
  /** What was last drawn, so that a second call for the same window and filters does nothing. */
  const drawn = useRef('');
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  /** The period the chart counts events by, when the window holds too many to draw one by one. */
  const [countedBy, setCountedBy] = useState<Period | null>(null);

  useEffect(() => {
    latest.current = { view, searchMask, filters, selectTo, navigate: pending?.navigate, preview };
  }, [view, searchMask, filters, selectTo, pending?.navigate, preview]);

  /** The events the filters keep, and a short name for that set (the list carries the same name). */
  const currentMask = (index: TimelineIndex) => {
    const { view: current, searchMask: search, filters: signature, preview: asked } = latest.current;
    if (maskCache.current?.filters === signature) return maskCache.current;
    // On the timeline page the view asked for has already been worked out, for the list, from the same index.
    if (asked?.index === index) {
      maskCache.current = { filters: signature, bits: asked.mask, key: asked.key };
    } else {
      const bits = filtersMask(index, {
        searchMask: search === null ? null : decodeMask(search, index.size),
        actors: current.actors,
        ...(current.from !== undefined && { from: current.from }),
        ...(current.to !== undefined && { to: current.to }),
      });
      maskCache.current = { filters: signature, bits, key: bits === null ? filterKey(null) : filterKey(maskToBase64(bits)) };
    }
    return maskCache.current;
  };

  /** Draws what the current window holds: events one by one, or counts where there are too many. */
  const refresh = () => {
    const timeline = timelineRef.current;
    const data = dataRef.current;
    const index = indexRef.current;
    const container = containerRef.current;
    if (!timeline || !data || !index || !container) return;
    const { start, end } = timeline.getWindow();
    const { bits, key } = currentMask(index);
    const selected = latest.current.view.event;
    const signature = `${start.getTime()} ${end.getTime()} ${key} ${selected ?? ''}`;
    if (signature === drawn.current) return;
    drawn.current = signature;
    const pinned = selected === undefined ? undefined : index.position.get(selected);
    const content = windowContent(index, bits, dateToDay(start), dateToDay(end) + 1, {
      maxItems: MAX_ITEMS,
      maxBuckets: MAX_BUCKETS,
      ...(pinned !== undefined && { pinned }),
    });
    const wanted: ChartItem[] = content.items.map((at) => eventItem(index, at));
    const buckets = new Map<string, DrawnBucket>();
    const pixelsPerDay = container.clientWidth / Math.max(1, (end.getTime() - start.getTime()) / DAY_MS);
    // Every count says "N events", or all show just the number when the narrowest bar cannot hold the longest label.
    const narrowest = Math.min(...content.buckets.map((bucket) => (bucket.end - bucket.start) * pixelsPerDay - BUCKET_GAP_PX));
    const longest = Math.max(0, ...content.buckets.map((bucket) => bucket.count.toLocaleString('en').length));
    const short = narrowest < (longest + ' events'.length) * LABEL_CHAR_PX + LABEL_PADDING_PX;
    for (const bucket of content.buckets) {
      // What it shows is part of the id, so that a new filter or zoom redraws a bucket whose count or label changed.
      const id = `${BUCKET_PREFIX}${bucket.start}-${bucket.end}-${bucket.count}-${bucket.camp}-${short ? 's' : 'l'}`;
      buckets.set(id, { ...bucket, short });
      // Drawn a few pixels short of the next period, so that neighbouring counts sit side by side
      // like a histogram instead of vis-timeline stacking them as overlapping items.
      const first = dayToDate(bucket.start);
      const next = dayToDate(bucket.end);
      const gap = Math.min(BUCKET_GAP_PX / (pixelsPerDay / DAY_MS), (next.getTime() - first.getTime()) / 3);
      wanted.push({ id, content: '', start: first, end: new Date(next.getTime() - gap), type: 'range', className: `tl-bucket camp-${bucket.camp}` });
    }
    bucketsRef.current = buckets;
    const wantedIds = new Set(wanted.map((item) => String(item.id)));
    const present = data.getIds();
    const presentIds = new Set(present.map(String));
    data.remove(present.filter((id) => !wantedIds.has(String(id))));
    // vis-timeline draws and measures an item the moment it is added, a forced layout for each, but
    // draws the items that come into view on a redraw all together: add new items out of view first.
    data.add(
      wanted
        .filter((item) => !presentIds.has(String(item.id)))
        .map((item) => ({ ...item, start: OUT_OF_VIEW, ...(item.end !== undefined && { end: OUT_OF_VIEW }) })),
    );
    // Always update, even with the same items: vis-timeline regroups its clusters on updates.
    data.update(wanted);
    timeline.setSelection(selected !== undefined && wantedIds.has(selected) ? [selected] : []);
    // vis-timeline redraws on the next frame: say what is on screen once it is.
    requestAnimationFrame(() => {
      if (drawn.current !== signature) return;
      container.dataset.windowStart = start.toISOString().slice(0, 10);
      container.dataset.windowEnd = end.toISOString().slice(0, 10);
      container.dataset.drawn = String(content.items.length);
      container.dataset.inWindow = String(content.inWindow);
      container.dataset.filter = key;
      setCountedBy(content.buckets[0]?.period ?? null);
    });
  };

  /** The days covered by every event the filters keep. */
  const extent = (): [Date, Date] | null => {
    const index = indexRef.current;
    if (!index) return null;
    const { bits } = currentMask(index);
    let first = Infinity;
    let last = -Infinity;
    for (let at = 0; at < index.size; at += 1) {
      if (!isKept(bits, at)) continue;
      first = Math.min(first, index.start[at]!);
      last = Math.max(last, index.end[at]!, index.start[at]! + 1);
    }
    if (!Number.isFinite(first)) return null;
    const pad = Math.max(30, Math.round((last - first) * 0.03));
    return [dayToDate(first - pad), dayToDate(last + pad)];
  };

  /** A year around the selected event, or else everything the filters keep. */
  const homeWindow = (): [Date, Date] | null => {
    const index = indexRef.current;
    if (!index) return null;
    const selected = latest.current.view.event;
    const at = selected === undefined ? undefined : index.position.get(selected);
    return at !== undefined ? windowAround(dayToDate(index.start[at]!).getTime(), 365) : extent();
  };

  const showSelectionOrAll = () => {
    const window = homeWindow();
    if (window) timelineRef.current?.setWindow(...window, { animation: false });
  };

  // The helpers above read refs only; effects and vis-timeline callbacks reach them through this ref.
  const actions = useRef({ refresh, showSelectionOrAll, homeWindow });
  useEffect(() => {
    actions.current = { refresh, showSelectionOrAll, homeWindow };
  });

  // Create the chart once: vis-timeline needs `window`, so it is loaded here, after the page is up.
  useEffect(() => {
    let disposed = false;
    Promise.all([loadLibraries(), loadIndex(indexUrl)])
      .then(([[{ Timeline: TimelineClass }, { DataSet: DataSetClass }], index]) => {
        const container = containerRef.current;
        if (disposed || !container) return;
        indexRef.current = index;
        const data = new DataSetClass<ChartItem>();
        const home = actions.current.homeWindow();
        const isClusterable = (id: unknown) => !String(id).startsWith(BUCKET_PREFIX) && String(id) !== latest.current.view.event;
        const options: TimelineOptions = {
          // An explicit first window: otherwise vis-timeline fits itself to the first items it gets.
          ...(home && { start: home[0], end: home[1] }),
          height: '100%',
          stack: true,
          zoomable: true,
          zoomMin: 7 * DAY_MS,
          zoomMax: 40 * 365 * DAY_MS,
          min: new Date(1990, 0, 1),
          max: new Date(2035, 0, 1),
          showCurrentTime: false,
          selectable: true,
          multiselect: false,
          verticalScroll: true,
          showTooltips: false,
          dataAttributes: ['event-id'],
          // Neighbouring events merge into a count and split apart as you zoom in. The selected event
          // is never merged, so it stays visible; nor are period counts, which a cluster would count as one event each.
          cluster: {
            maxItems: 3,
            titleTemplate: '{count} events here: zoom in to separate them',
            showStipes: true,
            fitOnDoubleClick: true,
            clusterCriteria: (first, second) => isClusterable(first.id) && isClusterable(second.id),
          },
          template: (item?: unknown) => {
            const size = clusterSize(item);
            if (size !== undefined) return textNode('span', `${size} events`, 'tl-cluster');
            const id = itemId(item) ?? '';
            const bucket = bucketsRef.current.get(id);
            if (bucket) {
              const count = bucket.count.toLocaleString('en');
              const node = textNode('span', bucket.short ? count : `${count} events`, 'tl-bucket-count');
              node.title = `${periodLabel(bucket.start, bucket.period)}: ${count} event${bucket.count === 1 ? '' : 's'}. Select to zoom in.`;
              return node;
            }
            const at = index.position.get(id);
            return at === undefined ? '' : eventContent(index, at);
          },
          // Stack the selected event on top, then short events before long ones, so multi-year spans
          // sink to the bottom instead of pushing everything else out of view.
          order: (a: unknown, b: unknown) => {
            const selected = latest.current.view.event;
            if (selected !== undefined && itemId(a) === selected) return -1;
            if (selected !== undefined && itemId(b) === selected) return 1;
            return itemSpan(a) - itemSpan(b);
          },
          orientation: { axis: 'top', item: 'top' },
          margin: { item: { horizontal: 4, vertical: 4 } },
        };
        const timeline = new TimelineClass(container, data, options);
        timeline.on('select', ({ items: chosen }: { items: Array<string | number> }) => {
          const id = chosen[0] === undefined ? undefined : String(chosen[0]);
          if (id === undefined) return;
          const bucket = bucketsRef.current.get(id);
          if (bucket) {
            timeline.setWindow(dayToDate(bucket.start), dayToDate(bucket.end));
            return;
          }
          const { view: current, selectTo: target, navigate } = latest.current;
          if (target === 'event-page') router.push(eventPath(id));
          else if (navigate) navigate({ ...current, event: id }, 'push');
          else router.push(viewHref(current, { event: id }), { scroll: false });
        });
        timeline.on('rangechanged', () => actions.current.refresh());
        timelineRef.current = timeline;
        dataRef.current = data;
        // Items go in once the chart has laid itself out: vis-timeline groups clusters by its width,
        // and clusters formed before that are never shown.
        requestAnimationFrame(() => actions.current.refresh());
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
  }, [indexUrl, router]);

  // A new filter: show everything it keeps, in the same task as the list renders it, so both change in one frame.
  const shownFilters = useRef(filters);
  useEffect(() => {
    if (!ready || shownFilters.current === filters) return;
    shownFilters.current = filters;
    actions.current.showSelectionOrAll();
    actions.current.refresh();
  }, [filters, ready]);

  // A new selection: bring it into view (without zooming) and on top.
  const shownSelection = useRef(selectedId);
  useEffect(() => {
    const timeline = timelineRef.current;
    const index = indexRef.current;
    if (!ready || !timeline || !index || shownSelection.current === selectedId) return;
    shownSelection.current = selectedId;
    const at = selectedId === undefined ? undefined : index.position.get(selectedId);
    if (at !== undefined) {
      const { start, end } = timeline.getWindow();
      const day = index.start[at]!;
      if (day < dateToDay(start) || day > dateToDay(end)) timeline.moveTo(dayToDate(day), { animation: false });
    }
    actions.current.refresh();
    if (selectedId !== undefined && timeline.getVisibleItems().includes(selectedId)) {
      timeline.focus(selectedId, { zoom: false, animation: false });
    }
  }, [selectedId, ready]);

  const zoom = (action: 'in' | 'out' | 'fit') => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    // Instant, so that clicks in quick succession compound instead of restarting one animation.
    if (action === 'in') timeline.zoomIn(0.5, { animation: false });
    else if (action === 'out') timeline.zoomOut(0.5, { animation: false });
    else {
      const all = extent();
      if (all) timeline.setWindow(...all, { animation: false });
    }
  };

  const showAround = (span: 'year' | 'month') => {
    const timeline = timelineRef.current;
    const index = indexRef.current;
    if (!timeline || !index) return;
    const at = selectedId === undefined ? undefined : index.position.get(selectedId);
    const window = timeline.getWindow();
    const centre = at !== undefined ? dayToDate(index.start[at]!).getTime() : (window.start.getTime() + window.end.getTime()) / 2;
    timeline.setWindow(...windowAround(centre, span === 'year' ? 365 : 31), { animation: false });
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
      {countedBy && (
        <p className="timeline-note">
          Too many events to draw one by one: each bar counts the events in {PERIOD_NAMES[countedBy]}. Select a bar or zoom in to see them.
        </p>
      )}
      {failed && <p role="alert">The timeline could not be drawn; the list below shows every event.</p>}
    </div>
  );
}
