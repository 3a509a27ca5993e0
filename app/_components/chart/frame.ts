import type { TimelineIndex } from '@/lib/timeline/codec';
import type { ChartDrawing, ShownWindow } from './drawing';
import type { LaneLabel } from './item-content';
import { bucketLabel, bucketTitle, eventTooltip } from './items';
import { laneHeight, share } from './rows';
import { dateToDay, dayToDate } from './window';

// The chart's first frame as the server draws it: the very items `chartDrawing` hands vis-timeline,
// placed as shares of the window (the server does not know the chart's width) at the offsets of
// their rows. vis-timeline then draws the same items at the same places and the frame goes away.

export interface FrameItem {
  id: string;
  eventId?: string | undefined;
  lane?: string | undefined;
  type: 'box' | 'range';
  className: string;
  /** Percent of the window from its start: a box's centre, a range's start. */
  left: number;
  /** Percent of the window a range covers. */
  width?: number;
  /** The item's inline style, as vis-timeline is given it (its row's offset). */
  style: string;
  /** A title, or a count. */
  text: string;
  /** What it says on hover: the event's title and date, or what a count counts. */
  tip: string;
}


export interface FrameTick {
  left: number;
  label: string;
}

export interface ChartFrame {
  items: FrameItem[];
  /** The lanes' labels, as vis-timeline's are drawn. */
  lanes: LaneLabel[] | null;
  ticks: FrameTick[];
  /** The window, as the chart's `data-window-start`/`-end` would say it after drawing. */
  window: ShownWindow;
}

const percent = (value: number) => Math.round(value * 1e6) / 1e4;

/** The first frame of a drawing of `window`: every item of `drawing.items`, in order. */
export function chartFrame(index: TimelineIndex, drawing: ChartDrawing, window: ShownWindow): ChartFrame {
  const { start, end } = window;
  const items = drawing.items.map((item): FrameItem => {
    const id = String(item.id);
    const eventId = item['event-id'];
    const at = eventId === undefined ? undefined : index.position.get(eventId);
    const bucket = drawing.buckets.get(id);
    const left = share(item.start, start, end);
    return {
      id,
      eventId,
      lane: item.lane,
      type: item.type === 'range' ? 'range' : 'box',
      className: item.className ?? '',
      left: percent(left),
      ...(item.end !== undefined && { width: percent(share(item.end, start, end) - left) }),
      style: item.style ?? '',
      text: bucket ? bucketLabel(bucket) : at === undefined ? '' : (index.titles[at] ?? ''),
      tip: bucket ? bucketTitle(bucket) : at === undefined ? '' : eventTooltip(index, at),
    };
  });
  const lanes =
    drawing.groups?.map(({ label }) => ({
      key: label.key,
      name: label.name,
      shortName: label.shortName,
      camp: label.camp,
      count: label.count,
      height: laneHeight(drawing.rows, label.key),
    })) ?? null;
  return { items, lanes, ticks: yearTicks(start, end), window };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A label at the start of every year (or every few years) in the window, or of every month in a
 * window of two years or less, for the frame's axis. vis-timeline's axis replaces it: labels may
 * change there, items do not move.
 */
function yearTicks(start: number, end: number): FrameTick[] {
  if (end - start <= 2 * 366 * 86_400_000) return monthTicks(start, end);
  const first = new Date(start).getFullYear();
  const last = new Date(end).getFullYear();
  const step = [1, 2, 5, 10].find((years) => (last - first) / years <= 12) ?? 10;
  const ticks: FrameTick[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const left = share(dayToDate(dateToDay(new Date(year, 0, 1))), start, end);
    if (left >= 0 && left < 1) ticks.push({ left: percent(left), label: String(year) });
  }
  return ticks;
}

function monthTicks(start: number, end: number): FrameTick[] {
  const ticks: FrameTick[] = [];
  const at = new Date(start);
  for (let month = new Date(at.getFullYear(), at.getMonth() + 1, 1); month.getTime() < end; month = new Date(month.getFullYear(), month.getMonth() + 1, 1)) {
    const label = month.getMonth() === 0 ? String(month.getFullYear()) : (MONTHS[month.getMonth()] ?? '');
    ticks.push({ left: percent(share(month, start, end)), label });
  }
  return ticks;
}
