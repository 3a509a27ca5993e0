import type { TimelineEvent } from '@/lib/data/schema';
import { compareEvents } from '@/lib/dates/partial-date';
import { listWindowBounds } from '@/lib/timeline/list-window';

/**
 * Where an event stands among (filtered) events in order: its own position, or where it would fall
 * when the filters leave it out; and the position of the first event after it.
 */
export function positionAmong(events: ReadonlyArray<TimelineEvent>, selected: TimelineEvent): { at: number; after: number } {
  const later = events.findIndex((event) => event !== selected && compareEvents(event, selected) > 0);
  const after = later === -1 ? events.length : later;
  const own = events.indexOf(selected);
  return { at: own === -1 ? after : own, after };
}

export interface ListWindow {
  /** Position of the first entry shown among the filtered events. */
  first: number;
  entries: TimelineEvent[];
  /** The events just outside the window, whose selection moves it. */
  before?: TimelineEvent;
  after?: TimelineEvent;
}

/**
 * The part of the filtered list a page renders: at most `size` entries, centred on the selected
 * event (or where it would fall), so a page stays small however many events match.
 */
export function listWindow(events: ReadonlyArray<TimelineEvent>, selected: TimelineEvent | undefined, size: number): ListWindow {
  const anchor = selected ? Math.min(positionAmong(events, selected).at, events.length - 1) : 0;
  const { first, end } = listWindowBounds(anchor, events.length, size);
  const entries = events.slice(first, end);
  const before = events[first - 1];
  const after = events[end];
  return { first, entries, ...(before && { before }), ...(after && { after }) };
}
