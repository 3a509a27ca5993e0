'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Period } from '@/lib/dates/periods';
import { windowContent } from '@/lib/timeline/window-content';
import { eventPath } from '@/lib/publish/site';
import { itemContent, itemId, itemSpan } from './chart/item-content';
import { BUCKET_PREFIX, bucketItems, eventItem, MAX_BUCKETS, MAX_ITEMS, PERIOD_NAMES, type DrawnBucket } from './chart/items';
import { TimelineToolbar } from './chart/timeline-toolbar';
import { applyItems, useVisTimeline, type VisChart } from './chart/use-vis-timeline';
import { DAY_MS, dateToDay, dayToDate, homeWindow, keptExtent, windowAround } from './chart/window';
import { publishChartWindow } from './chart/window-store';
import { useView } from './view-state';

export interface TimelineChartProps {
  /** Where selecting an event leads: this view with the event selected, or the event's own page. */
  selectTo?: 'view' | 'event-page';
}

/**
 * The timeline of the surrounding view: the events its filters keep, drawn one by one where the
 * window holds few enough, counted per period where it holds more.
 */
export function TimelineChart({ selectTo = 'view' }: TimelineChartProps) {
  const router = useRouter();
  const { state: view, shown, navigate } = useView();
  const selectedId = view.event;
  const containerRef = useRef<HTMLDivElement>(null);
  const bucketsRef = useRef(new Map<string, DrawnBucket>());
  /** What was last drawn, so that a second call for the same window and filters does nothing. */
  const drawn = useRef('');
  /** The period the chart counts events by, when the window holds too many to draw one by one. */
  const [countedBy, setCountedBy] = useState<Period | null>(null);
  // vis-timeline calls its `order` and cluster options whenever it redraws: they read the selection here.
  const selectedRef = useRef(selectedId);
  useEffect(() => {
    selectedRef.current = selectedId;
  }, [selectedId]);

  /** Draws what the current window holds: events one by one, or counts where there are too many. */
  const refresh = ({ timeline, data, index, container }: VisChart) => {
    if (!shown || shown.index !== index) return;
    const { start, end } = timeline.getWindow();
    const signature = `${start.getTime()} ${end.getTime()} ${shown.key} ${selectedId ?? ''}`;
    if (signature === drawn.current) return;
    drawn.current = signature;
    const pinned = selectedId === undefined ? undefined : index.position.get(selectedId);
    const content = windowContent(index, shown.bits, dateToDay(start), dateToDay(end) + 1, {
      maxItems: MAX_ITEMS,
      maxBuckets: MAX_BUCKETS,
      ...(pinned !== undefined && { pinned }),
    });
    const pixelsPerDay = container.clientWidth / Math.max(1, (end.getTime() - start.getTime()) / DAY_MS);
    const buckets = bucketItems(content.buckets, pixelsPerDay);
    bucketsRef.current = buckets.drawn;
    const wantedIds = applyItems(data, [...content.items.map((at) => eventItem(index, at)), ...buckets.items]);
    timeline.setSelection(selectedId !== undefined && wantedIds.has(selectedId) ? [selectedId] : []);
    // vis-timeline redraws on the next frame: say what is on screen once it is.
    requestAnimationFrame(() => {
      if (drawn.current !== signature) return;
      container.dataset.windowStart = start.toISOString().slice(0, 10);
      container.dataset.windowEnd = end.toISOString().slice(0, 10);
      container.dataset.drawn = String(content.items.length);
      container.dataset.inWindow = String(content.inWindow);
      container.dataset.filter = shown.key;
      setCountedBy(content.buckets[0]?.period ?? null);
      publishChartWindow({ first: dateToDay(start), last: dateToDay(end) });
    });
  };

  const { chart, failed } = useVisTimeline(containerRef, shown?.index ?? null, {
    options: (index) => {
      const home = homeWindow(index, shown?.bits ?? null, selectedId);
      const isClusterable = (id: unknown) => !String(id).startsWith(BUCKET_PREFIX) && String(id) !== selectedRef.current;
      return {
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
        template: (item?: unknown) => itemContent(item, index, bucketsRef.current),
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
    },
    onSelect: ({ timeline }, id) => {
      const bucket = bucketsRef.current.get(id);
      if (bucket) timeline.setWindow(dayToDate(bucket.start), dayToDate(bucket.end));
      else if (selectTo === 'event-page') router.push(eventPath(id));
      else navigate({ ...view, event: id }, 'push');
    },
    onRangeChanged: refresh,
  });

  const showSelectionOrAll = ({ timeline, index }: VisChart) => {
    const window = homeWindow(index, shown?.bits ?? null, selectedId);
    if (window) timeline.setWindow(...window, { animation: false });
  };

  useEffect(() => () => publishChartWindow(null), []);

  const redraw = useEffectEvent((current: VisChart, refit: boolean) => {
    if (refit) showSelectionOrAll(current);
    refresh(current);
  });

  // A new filter: show everything it keeps, in the same task as the list renders it, so both change in one frame.
  const filters = JSON.stringify([shown?.key ?? null, view.actors, view.from ?? null, view.to ?? null]);
  const shownFilters = useRef<string | null>(null);
  useEffect(() => {
    if (!chart || shownFilters.current === filters) return;
    // The chart opens on the filters it was made with: only a later change moves the window.
    const refit = shownFilters.current !== null;
    shownFilters.current = filters;
    if (refit) redraw(chart, true);
  }, [chart, filters]);

  // A new selection: bring it into view (without zooming) and on top.
  const shownSelection = useRef(selectedId);
  const bringSelectionIntoView = useEffectEvent((current: VisChart) => {
    const { timeline, index } = current;
    const at = selectedId === undefined ? undefined : index.position.get(selectedId);
    if (at !== undefined) {
      const { start, end } = timeline.getWindow();
      const day = index.start[at]!;
      if (day < dateToDay(start) || day > dateToDay(end)) timeline.moveTo(dayToDate(day), { animation: false });
    }
    refresh(current);
    if (selectedId !== undefined && timeline.getVisibleItems().includes(selectedId)) {
      timeline.focus(selectedId, { zoom: false, animation: false });
    }
  });
  useEffect(() => {
    if (!chart || shownSelection.current === selectedId) return;
    shownSelection.current = selectedId;
    bringSelectionIntoView(chart);
  }, [chart, selectedId]);

  const zoom = (action: 'in' | 'out' | 'fit') => {
    if (!chart) return;
    // Instant, so that clicks in quick succession compound instead of restarting one animation.
    if (action === 'in') chart.timeline.zoomIn(0.5, { animation: false });
    else if (action === 'out') chart.timeline.zoomOut(0.5, { animation: false });
    else {
      const all = keptExtent(chart.index, shown?.bits ?? null);
      if (all) chart.timeline.setWindow(...all, { animation: false });
    }
  };

  const showAround = (span: 'year' | 'month') => {
    if (!chart) return;
    const at = selectedId === undefined ? undefined : chart.index.position.get(selectedId);
    const window = chart.timeline.getWindow();
    const centre = at !== undefined ? dayToDate(chart.index.start[at]!).getTime() : (window.start.getTime() + window.end.getTime()) / 2;
    chart.timeline.setWindow(...windowAround(centre, span === 'year' ? 365 : 31), { animation: false });
  };

  return (
    <div className="timeline-chart">
      <TimelineToolbar ready={chart !== null} hasSelection={selectedId !== undefined} onZoom={zoom} onShowAround={showAround} />
      <div ref={containerRef} className="timeline-canvas" data-ready={chart ? 'true' : 'false'} />
      {countedBy && (
        <p className="timeline-note">
          Too many events to draw one by one: each bar counts the events in {PERIOD_NAMES[countedBy]}. Select a bar or zoom in to see them.
        </p>
      )}
      {failed && <p role="alert">The timeline could not be drawn; the list below shows every event.</p>}
    </div>
  );
}

