'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useEffectEvent, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Period } from '@/lib/dates/periods';
import { eventPath } from '@/lib/publish/site';
import { BucketTip, useBucketTip } from './chart/bucket-tip';
import { chartDrawing } from './chart/drawing';
import { markDrawn } from './chart/drawn-marks';
import { itemEventId } from './chart/item-content';
import { bucketHeading, bucketSample, PERIOD_NAMES, type DrawnBucket } from './chart/items';
import { createMoveReasons, type Move } from './chart/move-reasons';
import { openingWindow, viewLanes } from './chart/opening';
import { chartOptions } from './chart/options';
import { TimelineToolbar } from './chart/timeline-toolbar';
import { applyItems, applyLanes, hasLanes, revealItems, stageItems, useVisTimeline, type VisChart } from './chart/use-vis-timeline';
import { dateToDay, dayToDate, daysShown, homeWindow, keptExtent, windowAround } from './chart/window';
import { publishChartWindow } from './chart/window-store';
import { useView } from './view-state';

export interface TimelineChartProps {
  /** Where selecting an event leads: this view with the event selected, or the event's own page. */
  selectTo?: 'view' | 'event-page';
  /** The server's drawing of the chart's first frame, shown until vis-timeline has drawn the same. */
  firstFrame?: ReactNode;
  /** How many lanes the first frame has, so that the chart is as tall before the index is there. */
  firstLanes?: number;
}

/**
 * The timeline of the surrounding view: the events its filters keep, drawn one by one where the
 * window holds few enough, counted per period where it holds more; in one band or in lanes.
 */
export function TimelineChart({ selectTo = 'view', firstFrame, firstLanes = 0 }: TimelineChartProps) {
  const router = useRouter();
  const { state: view, shown, navigate, setWindow } = useView();
  const selectedId = view.event;
  const containerRef = useRef<HTMLDivElement>(null);
  const bucketsRef = useRef(new Map<string, DrawnBucket>());
  /** The items that draw the selected event, one in each of its lanes. */
  const selectionRef = useRef<string[]>([]);
  /** What was last drawn, so that a second call for the same window, filters and lanes does nothing. */
  const drawn = useRef('');
  /** Why the window moves: only the reader's choice goes into the address, and a window already there follows the selection. */
  const [reasons] = useState(createMoveReasons);
  /** The period the chart counts events by, when the window holds too many to draw one by one. */
  const [countedBy, setCountedBy] = useState<Period | null>(null);
  const [emptyWindow, setEmptyWindow] = useState(false);
  /** Whether vis-timeline has drawn: until then the server's first frame stands in for it. */
  const [live, setLive] = useState(false);

  const index = shown?.index ?? null;
  const bits = shown?.bits ?? null;
  const lanes = useMemo(() => index && viewLanes(index, bits, { lanes: view.lanes, actors: view.actors }), [index, bits, view.lanes, view.actors]);
  const lanesKey = lanes ? `${lanes.layout.lanes.map((lane) => lane.key).join(',')}:${lanes.counts.join(',')}` : '';

  const moveWindow = (why: Move, [start, end]: [Date, Date], timeline: VisChart['timeline']) => {
    reasons.note(why);
    timeline.setWindow(start, end, { animation: false });
  };

  /**
   * Draws what the current window holds: events one by one, or counts where there are too many.
   * `staged` (after a zoom or pan): the new items are made in this task, out of view, and drawn in the
   * next, so that no one task both makes and draws them (zooming to a month at 10,000 events, a task
   * took over 50 ms in 9 of 12 runs in one task, in 2 of 12 in two). `opening` (as the chart opens):
   * made and drawn a few at a time (`revealItems`). `now` (a new filter or selection): in this task,
   * so that the chart changes in the same frame as the list.
   */
  const refresh = (current: VisChart, when: 'now' | 'staged' | 'opening' = 'now') => {
    const { timeline, data, container } = current;
    if (!shown || shown.index !== current.index) return;
    const { start, end } = timeline.getWindow();
    const signature = `${start.getTime()} ${end.getTime()} ${shown.key} ${selectedId ?? ''} ${lanesKey}`;
    if (signature === drawn.current) return;
    drawn.current = signature;
    const pinned = selectedId === undefined ? undefined : current.index.position.get(selectedId);
    const drawing = chartDrawing(current.index, shown.bits, lanes, { start: start.getTime(), end: end.getTime() }, { pinned });
    /** `placed`: the items are in place already (`revealItems`). */
    const draw = (placed = false) => {
      bucketsRef.current = drawing.buckets;
      selectionRef.current = drawing.selection;
      dismissTip();
      applyLanes(current, drawing.groups);
      if (!placed) applyItems(data, drawing.items);
      timeline.setSelection(drawing.selection);
      // vis-timeline redraws on the next frame: say what is on screen once it is.
      requestAnimationFrame(() => {
        if (drawn.current !== signature) return;
        markDrawn(container, drawing, { start, end, filter: shown.key, lanes: view.lanes ?? '' });
        setCountedBy(drawing.period);
        setEmptyWindow(drawing.inWindow === 0);
        setLive(true);
        publishChartWindow({ first: dateToDay(start), last: dateToDay(end) });
      });
    };
    if (when === 'now') return draw();
    // New lanes before the items, which they would take away (`applyLanes`); new labels with them, in `draw`.
    if (!hasLanes(current.lanes, drawing.groups)) applyLanes(current, drawing.groups);
    // A later drawing, or the chart's end, takes over from this one.
    const stillDrawn = () => drawn.current === signature;
    if (when === 'opening') {
      // Made and drawn a few at a time, under the server's first frame; their contents read the counts.
      bucketsRef.current = drawing.buckets;
      void revealItems(data, drawing.items, stillDrawn).then((done) => done && draw(true));
      return;
    }
    stageItems(data, drawing.items);
    setTimeout(() => {
      if (stillDrawn()) draw();
    }, 0);
  };

  /** A settled window goes into the address when the reader chose it, and follows the selection once there. */
  const settled = (current: VisChart, byUser: boolean) => {
    refresh(current, 'staged');
    const why = reasons.take();
    if (byUser || why === 'reader' || (why === 'follow' && view.window)) {
      const { start, end } = current.timeline.getWindow();
      setWindow(daysShown(start, end));
    }
  };

  // The map follows the chart's window; without a chart it shows the whole view again.
  useEffect(
    () => () => {
      drawn.current = '';
      publishChartWindow(null);
    },
    [],
  );

  const filters = JSON.stringify([shown?.key ?? null, view.actors, view.match ?? null, view.from ?? null, view.to ?? null]);
  const shownView = useRef<{ filters: string; lanes: string } | null>(null);
  const { chart, failed } = useVisTimeline(containerRef, index, {
    options: (chartIndex) => chartOptions(chartIndex, { buckets: () => bucketsRef.current }),
    // The window the address names, or else the selection or where the filters' events are: the server's first frame's.
    firstWindow: (chartIndex) => {
      shownView.current = { filters, lanes: lanesKey };
      const opening = openingWindow(chartIndex, bits, { window: view.window, event: selectedId });
      return opening && [new Date(opening.start), new Date(opening.end)];
    },
    onSelect: (current, id) => {
      const bucket = bucketsRef.current.get(id ?? '');
      const eventId = id === undefined ? undefined : itemEventId(current.data.get(id));
      if (bucket) moveWindow('reader', [dayToDate(bucket.start), dayToDate(bucket.end)], current.timeline);
      else if (eventId !== undefined && selectTo === 'event-page') router.push(eventPath(eventId));
      else if (eventId !== undefined && eventId !== selectedId) navigate({ ...view, event: eventId }, 'push');
      // Selecting one copy of an event, or nothing, leaves every copy of the selection selected: one URL, one selection.
      else current.timeline.setSelection(selectionRef.current);
    },
    onRangeChanged: (current, byUser) => (byUser === null ? refresh(current, 'opening') : settled(current, byUser)),
  });

  const { tip, dismiss: dismissTip } = useBucketTip(
    containerRef,
    (id) => {
      const bucket = bucketsRef.current.get(id);
      if (!bucket || !index) return null;
      return { heading: bucketHeading(bucket), ...bucketSample(bucket, index) };
    },
    (id) => {
      const bucket = bucketsRef.current.get(id);
      if (bucket && chart) moveWindow('reader', [dayToDate(bucket.start), dayToDate(bucket.end)], chart.timeline);
    },
  );

  // A new filter shows everything it keeps, unless the reader chose a window; in the same task as the
  // list renders it, so both change in one frame. New lanes keep the window.
  const redraw = useEffectEvent((current: VisChart, refit: boolean) => {
    const home = refit && !view.window ? homeWindow(current.index, bits, selectedId) : null;
    if (home) moveWindow('home', home, current.timeline);
    refresh(current);
  });
  useEffect(() => {
    if (!chart) return;
    const previous = shownView.current;
    shownView.current = { filters, lanes: lanesKey };
    // `firstWindow` notes the view the chart opens on: only a later change redraws it.
    if (previous && (previous.filters !== filters || previous.lanes !== lanesKey)) redraw(chart, previous.filters !== filters);
  }, [chart, filters, lanesKey]);

  // A new selection: bring it into view (without zooming) and on top.
  const shownSelection = useRef(selectedId);
  const bringSelectionIntoView = useEffectEvent((current: VisChart) => {
    const { timeline } = current;
    const at = selectedId === undefined ? undefined : current.index.position.get(selectedId);
    // Both moves below centre the selection: a window in the address follows.
    reasons.note('follow');
    if (at !== undefined) {
      const { start, end } = timeline.getWindow();
      const day = current.index.start[at]!;
      if (day < dateToDay(start) || day > dateToDay(end)) timeline.moveTo(dayToDate(day), { animation: false });
    }
    refresh(current);
    const visible = new Set(timeline.getVisibleItems().map(String));
    const copy = selectionRef.current.find((id) => visible.has(id));
    if (copy !== undefined) timeline.focus(copy, { zoom: false, animation: false });
  });
  useEffect(() => {
    if (!chart || shownSelection.current === selectedId) return;
    shownSelection.current = selectedId;
    bringSelectionIntoView(chart);
  }, [chart, selectedId]);

  const zoom = (action: 'in' | 'out' | 'fit') => {
    if (!chart) return;
    if (action === 'fit') {
      // "Fit all" takes the window out of the address: the view opens on everything again.
      setWindow(undefined);
      const all = keptExtent(chart.index, bits);
      if (all) moveWindow('home', all, chart.timeline);
      return;
    }
    reasons.note('reader');
    // Instant, so that clicks in quick succession compound instead of restarting one animation.
    if (action === 'in') chart.timeline.zoomIn(0.5, { animation: false });
    else chart.timeline.zoomOut(0.5, { animation: false });
  };

  const showAround = (span: 'year' | 'month') => {
    if (!chart) return;
    const at = selectedId === undefined ? undefined : chart.index.position.get(selectedId);
    const window = chart.timeline.getWindow();
    const centre = at !== undefined ? dayToDate(chart.index.start[at]!).getTime() : (window.start.getTime() + window.end.getTime()) / 2;
    moveWindow('reader', windowAround(centre, span === 'year' ? 365 : 31), chart.timeline);
  };

  // The canvas grows with its lanes (see globals.css), from the first frame on.
  const laneCount = lanes?.layout.lanes.length ?? (index ? 0 : firstLanes);
  const laneStyle: CSSProperties & { '--lane-count'?: number } = { '--lane-count': laneCount };
  return (
    <div className="timeline-chart">
      <TimelineToolbar
        ready={chart !== null}
        hasSelection={selectedId !== undefined}
        lanes={view.lanes}
        onZoom={zoom}
        onShowAround={showAround}
        onLanes={(mode) => navigate({ ...view, lanes: mode }, 'push')}
      />
      <div
        ref={containerRef}
        className={laneCount > 0 ? 'timeline-canvas has-lanes' : 'timeline-canvas'}
        data-timeline-chart=""
        data-chart-live={live ? 'true' : undefined}
        style={laneCount > 0 ? laneStyle : undefined}
      >
        {!live && firstFrame}
      </div>
      {tip && <BucketTip tip={tip} onLeave={dismissTip} />}
      {view.lanes === 'actor' && index && !lanes && <p className="timeline-note">Tick actors above to give each of them a lane.</p>}
      {countedBy && (
        <p className="timeline-note">
          Too many events to draw one by one: each bar counts the events in {PERIOD_NAMES[countedBy]}. Select a bar or zoom in to see them.
        </p>
      )}
      {emptyWindow && <p className="timeline-note">None of these events falls in this stretch of time: “Fit all” shows them all.</p>}
      {failed && <p role="alert">The timeline could not be drawn; the list below shows every event.</p>}
    </div>
  );
}
