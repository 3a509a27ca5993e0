import type { DataItem } from 'vis-timeline/esnext';
import { periodLabel, type Period } from '@/lib/dates/periods';
import type { TimelineIndex } from '@/lib/timeline/codec';
import type { Bucket } from '@/lib/timeline/window-content';
import { countText } from '@/lib/view/count-text';
import { dayToDate } from './window';

// What the chart hands vis-timeline, as plain data: an item per event drawn one by one, and a bar
// per period where a window holds too many to draw. The DOM content is made in item-content.ts.

/** An item, with the event it draws and its lane as `data-` attributes (vis-timeline's `dataAttributes`). */
export type ChartItem = DataItem & { 'event-id'?: string; lane?: string };

/** vis-timeline stays smooth with a few hundred items: beyond that the window shows counts. */
export const MAX_ITEMS = 250;
/** At most about this many periods across the window, so that each count has room to be read. */
export const MAX_BUCKETS = 40;
const BUCKET_PREFIX = 'bucket:';
/**
 * Room between neighbouring counts, as a share of their period: a share rather than pixels, so that
 * the server draws the same bars without knowing the chart's width.
 */
const BUCKET_GAP = 0.08;

/** A period count as drawn; in a lane, with the lane's name. */
export type DrawnBucket = Bucket & { laneName?: string | undefined };

/** Where an item is drawn: in the one band, or in a lane (its key, and its name for the counts' labels). */
export interface ItemLane {
  key: string;
  name: string;
}

/** An item's id: the event's, or in a lane the lane's and the event's, since one event can be drawn in several lanes. */
function laneItemId(id: string, lane: ItemLane | undefined): string {
  return lane ? `${lane.key}/${id}` : id;
}

export const PERIOD_NAMES: Record<Period, string> = {
  day: 'a day',
  week: 'a week',
  month: 'a month',
  quarter: 'a quarter',
  year: 'a year',
  'five-years': 'five years',
};

export function eventItem(index: TimelineIndex, at: number, lane?: ItemLane): ChartItem {
  const id = index.ids[at] ?? '';
  const start = index.start[at] ?? 0;
  const end = index.end[at] ?? start;
  const camp = index.camps[index.camp[at] ?? 0] ?? 'other';
  const item: ChartItem = {
    id: laneItemId(id, lane),
    'event-id': id,
    ...(lane && { group: lane.key, lane: lane.key }),
    // Drawn by the `template` option; vis-timeline would otherwise read this as HTML.
    content: '',
    start: dayToDate(start),
    className: `camp-${camp}${index.approximate[at] ? ' is-approximate' : ''}`,
    type: end > start ? 'range' : 'box',
  };
  if (end > start) item.end = dayToDate(end);
  return item;
}

/** What an event's item says on hover: its title and its date, "approximately" spelled out. */
export function eventTooltip(index: TimelineIndex, at: number): string {
  const title = index.titles[at] ?? '';
  const label = index.dateLabels[at] ?? '';
  const when = index.approximate[at] ? `approximately ${label.replace(/ \(approx\.\)$/, '')}` : label;
  return `${title} (${when})`;
}

/**
 * The bars for a window's period counts: a light strip, each bar its period less a small gap, so that
 * neighbouring counts sit side by side like a histogram.
 */
export function bucketItems(buckets: ReadonlyArray<Bucket>, lane?: ItemLane): { items: ChartItem[]; drawn: Map<string, DrawnBucket> } {
  const items: ChartItem[] = [];
  const drawn = new Map<string, DrawnBucket>();
  for (const bucket of buckets) {
    // What it shows is part of the id, so that a new filter or zoom redraws a bucket whose count or label changed.
    const id = `${BUCKET_PREFIX}${laneItemId(`${bucket.start}-${bucket.end}-${bucket.count}-${bucket.camp}${bucket.begunBefore ? '-before' : ''}`, lane)}`;
    drawn.set(id, { ...bucket, laneName: lane?.name });
    const first = dayToDate(bucket.start);
    const next = dayToDate(bucket.end);
    const gap = (next.getTime() - first.getTime()) * BUCKET_GAP;
    items.push({
      id,
      content: '',
      start: first,
      end: new Date(next.getTime() - gap),
      type: 'range',
      className: `tl-bucket camp-${bucket.camp}`,
      ...(lane && { group: lane.key, lane: lane.key }),
    });
  }
  return { items, drawn };
}

/** A bar's label: its number alone ("1,045"), light next to the events; its name says what it counts. */
export function bucketLabel(bucket: DrawnBucket): string {
  return countText(bucket.count);
}

/**
 * What a bar counts: "Russia, 2016: 1,045 events" (its lane, its period and how many). A bar of the
 * events begun before the window says so, not the period it is drawn in, which they did not happen in.
 */
export function bucketHeading(bucket: DrawnBucket): string {
  const count = countText(bucket.count);
  const what = bucket.begunBefore ? 'begun before this window and still under way' : periodLabel(bucket.start, bucket.period);
  const heading = bucket.laneName ? `${bucket.laneName}, ${what}` : `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  return `${heading}: ${count} event${bucket.count === 1 ? '' : 's'}`;
}

/** A bar's name: what it counts, and what selecting it does. */
export function bucketTitle(bucket: DrawnBucket): string {
  return `${bucketHeading(bucket)}. Select to zoom in.`;
}

/** The first events a bar counts, by title, and how many more it holds. */
export function bucketSample(bucket: Bucket, index: TimelineIndex): { titles: string[]; more: number } {
  const titles = bucket.first.map((at) => index.titles[at] ?? '');
  return { titles, more: bucket.count - titles.length };
}
