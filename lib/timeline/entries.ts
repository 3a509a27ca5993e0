import type { Catalog } from '@/lib/data/catalog';
import { citedSourceIds } from '@/lib/data/event-sources';
import { eventCamp } from '@/lib/data/labels';
import type { Camp, Role } from '@/lib/data/vocabulary';
import type { TimelineEvent } from '@/lib/data/schema';
import { dayAfter } from '@/lib/dates/day-number';
import { firstDay, formatEventDate, lastDay, parsePartialDate } from '@/lib/dates/partial-date';
import type { ViewState } from '@/lib/view/url-state';

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
  /** Who acted on whom, by full name, when the view compares two actors and the event's roles say so. */
  relation?: { from: string; to: string };
}

/** One event with only what the browser needs to draw it on the chart and to list it. */
export interface TimelineItemData extends ListEntry {
  approximate: boolean;
  /** Every actor involved, in any role; `actorNames` names them in the same order. */
  actors: string[];
  /** The places of events/places.json the event names (`place.ids`), or none. */
  places: string[];
  /** The role of each of `actors`. */
  roles: Role[];
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

function roleIn(event: TimelineEvent, actor: string): Role | undefined {
  return event.actors.find((entry) => entry.actor === actor)?.role;
}

/** The two actors whose roles the list spells out: exactly two ticked, and only events involving both. */
export function relationPair(view: Pick<ViewState, 'actors' | 'match'>): readonly [string, string] | undefined {
  const [first, second] = view.actors;
  return view.match === 'all' && view.actors.length === 2 && first !== undefined && second !== undefined ? [first, second] : undefined;
}

/** Which of the pair acted on the other, when one is the event's initiator and the other its target. */
export function relationBetween(pair: readonly [string, string], roleOf: (actor: string) => Role | undefined): { from: string; to: string } | undefined {
  const [a, b] = pair;
  if (roleOf(a) === 'initiator' && roleOf(b) === 'target') return { from: a, to: b };
  if (roleOf(b) === 'initiator' && roleOf(a) === 'target') return { from: b, to: a };
  return undefined;
}

/** An event as the list shows it; `pair` (see `relationPair`) adds who acted on whom. */
export function toListEntry(event: TimelineEvent, catalog: Lookup, pair?: readonly [string, string]): ListEntry {
  const relation = pair && relationBetween(pair, (id) => roleIn(event, id));
  const nameOf = (id: string) => catalog.actorById.get(id)?.name ?? id;
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
    ...(relation && { relation: { from: nameOf(relation.from), to: nameOf(relation.to) } }),
  };
}

export function toTimelineItem(event: TimelineEvent, catalog: Lookup): TimelineItemData {
  const start = parsePartialDate(event.start);
  const end = parsePartialDate(event.end ?? event.start);
  const actors = actorsOf(event);
  const item: TimelineItemData = {
    ...toListEntry(event, catalog),
    approximate: event.precision === 'approximate',
    actors,
    places: event.place?.ids ?? [],
    // Every actor of an event has a role: the fallback is for the type checker.
    roles: actors.map((id) => roleIn(event, id) ?? 'mentioned'),
    start: start ? firstDay(start) : event.start,
  };
  // A single known day is a point; anything coarser or longer is drawn over all the days it covers.
  const isPoint = event.end === undefined && start?.day !== undefined;
  if (!isPoint && end) item.end = dayAfter(lastDay(end));
  return item;
}
