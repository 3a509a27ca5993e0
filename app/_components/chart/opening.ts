import type { TimelineIndex } from '@/lib/timeline/codec';
import { laneCounts, laneLayout } from '@/lib/timeline/lanes';
import type { ViewState } from '@/lib/view/url-state';
import { chartDrawing, type ChartDrawing, type ShownWindow } from './drawing';
import { homeWindow, windowDates } from './window';

// The chart as it opens on a view: the window and what it draws. The server draws its first frame
// from this, and the browser opens vis-timeline on the same window, whose first drawing is the same.

/** The window the address names, or else a year around the selection, or where the kept events are. */
export function openingWindow(index: TimelineIndex, bits: Uint8Array | null, state: Pick<ViewState, 'window' | 'event'>): ShownWindow | null {
  const dates = state.window ? windowDates(state.window) : homeWindow(index, bits, state.event);
  return dates && { start: dates[0].getTime(), end: dates[1].getTime() };
}

/** The lanes of a view, with how many events each holds; `null` for one band. */
export function viewLanes(index: TimelineIndex, bits: Uint8Array | null, state: Pick<ViewState, 'lanes' | 'actors'>) {
  const layout = laneLayout(index, state.lanes, state.actors);
  return layout ? { layout, counts: laneCounts(index, bits, layout) } : null;
}

/** What the chart draws when it opens on `state` (whose filters keep `bits`). */
export function openingDrawing(index: TimelineIndex, bits: Uint8Array | null, state: ViewState): { window: ShownWindow; drawing: ChartDrawing } | null {
  const window = openingWindow(index, bits, state);
  if (!window) return null;
  const pinned = state.event === undefined ? undefined : index.position.get(state.event);
  return { window, drawing: chartDrawing(index, bits, viewLanes(index, bits, state), window, { pinned }) };
}
