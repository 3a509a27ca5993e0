import type { Catalog } from '@/lib/data/catalog';
import { citedSourceIds } from '@/lib/data/event-sources';
import { eventCamp } from '@/lib/data/labels';
import type { Camp } from '@/lib/data/vocabulary';
import type { TimelineEvent } from '@/lib/data/schema';
import { dayAfter } from '@/lib/dates/day-number';
import { firstDay, formatEventDate, lastDay, parsePartialDate } from '@/lib/dates/partial-date';

// What the browser is given of an event: a list entry, and the item the timeline index encodes.

/** One entry of the chronological list: what it shows, whether the server or the browser renders it. */
export interface ListEntry {
  id: string;
  title: string;
  dateLabel: string;
  camp: Camp;
  /** The start as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  written: string;
  /** The short name of every actor involved, in the event's order. */
  actorNames: string[];
  /** The outlets of its sources, each once. */
  outlets: string[];
}

/** One event with only what the browser needs to draw it on the chart and to list it. */
export interface TimelineItemData extends ListEntry {
  approximate: boolean;
  /** Every actor involved, in any role; `actorNames` names them in the same order. */
  actors: string[];
  /** The places of events/places.json the event names (`place.ids`), or none. */
  places: string[];
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** Present for a range: the day after the last day covered, `YYYY-MM-DD`. */
  end?: string;
}

type Lookup = Pick<Catalog, 'actorById' | 'sourceById'>;

/** The actors of an event, each once, in its order. */
function actorsOf(event: TimelineEvent): string[] {
  return [...new Set(event.actors.map(({ actor }) => actor))];
}

export function toListEntry(event: TimelineEvent, catalog: Lookup): ListEntry {
  return {
    id: event.id,
    title: event.title,
    dateLabel: formatEventDate(event),
    camp: eventCamp(event, catalog.actorById),
    written: event.start,
    actorNames: actorsOf(event).map((id) => {
      const actor = catalog.actorById.get(id);
      return actor?.shortName ?? actor?.name ?? id;
    }),
    outlets: [...new Set(citedSourceIds(event).map((source) => catalog.sourceById.get(source)?.outlet ?? source))],
  };
}

export function toTimelineItem(event: TimelineEvent, catalog: Lookup): TimelineItemData {
  const start = parsePartialDate(event.start);
  const end = parsePartialDate(event.end ?? event.start);
  const item: TimelineItemData = {
    ...toListEntry(event, catalog),
    approximate: event.precision === 'approximate',
    actors: actorsOf(event),
    places: event.place?.ids ?? [],
    start: start ? firstDay(start) : event.start,
  };
  // A single known day is a point; anything coarser or longer is drawn over all the days it covers.
  const isPoint = event.end === undefined && start?.day !== undefined;
  if (!isPoint && end) item.end = dayAfter(lastDay(end));
  return item;
}
