import { compareEvents, firstDay, formatEventDate, lastDay, parsePartialDate } from './dates';
import type { Catalog } from './data';
import { createFilterIndex, filterEvents, type FilterIndex } from './filter';
import { CAMP_LABELS, CAMP_ORDER, eventCamp } from './labels';
import type { Actor, Camp, TimelineEvent } from './schema';
import { encodeMask, filterKey } from './timeline-index';
import { hasFilters, type KnownIds, type ViewState } from './url-state';

// What the timeline page shows for a view, computed on the server from the catalog.

export interface ActorOption {
  id: string;
  name: string;
  /** Every other name the actor goes by, so the filter can find it by any of them. */
  aliases: string[];
  count: number;
}

export interface ActorGroup {
  camp: Camp;
  label: string;
  actors: ActorOption[];
}

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
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** Present for a range: the day after the last day covered, `YYYY-MM-DD`. */
  end?: string;
}

export interface View {
  events: TimelineEvent[];
  /** Which events the filters keep, as a bitset over the catalog's order; `null` when no filter is set. */
  mask: string | null;
  /** Which events the text search alone keeps; `null` without a search. The chart applies the other filters itself. */
  searchMask: string | null;
  selected?: TimelineEvent;
  previous?: TimelineEvent;
  next?: TimelineEvent;
}

interface Derived {
  known: KnownIds;
  position: ReadonlyMap<string, number>;
  indexUrl: string;
  index: FilterIndex;
  /** Each actor's events, as positions in the catalog's order. */
  actorPositions: ReadonlyMap<string, number[]>;
  groups: ActorGroup[];
}

const derivedByCatalog = new WeakMap<Catalog, Derived>();

function derived(catalog: Catalog): Derived {
  let value = derivedByCatalog.get(catalog);
  if (!value) {
    value = {
      known: { actorIds: new Set(catalog.actorById.keys()), eventIds: new Set(catalog.eventById.keys()) },
      position: new Map(catalog.events.map((event, at) => [event.id, at])),
      // Versioned by content, so a browser never mixes an old index with a new mask.
      indexUrl: `/data/timeline-index.json?v=${filterKey(catalog.events.map((event) => `${event.id}@${event.start}`).join('|'))}`,
      index: createFilterIndex(catalog.actorById),
      actorPositions: positionsByActor(catalog.events),
      groups: buildActorGroups(catalog),
    };
    derivedByCatalog.set(catalog, value);
  }
  return value;
}

function positionsByActor(events: ReadonlyArray<TimelineEvent>): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  events.forEach((event, at) => {
    for (const actor of new Set(event.actors.map((role) => role.actor))) {
      const list = positions.get(actor) ?? [];
      list.push(at);
      positions.set(actor, list);
    }
  });
  return positions;
}

/**
 * The events a view keeps, as `filterEvents` would give them, from the events its text search
 * already kept; the actor filter starts from the chosen actors' own events, since reading every
 * event's actors is what a large dataset makes slow.
 */
function keptEvents(catalog: Catalog, state: ViewState, searched: ReadonlyArray<TimelineEvent>): TimelineEvent[] {
  const { index, actorPositions } = derived(catalog);
  let candidates = searched;
  if (state.actors.length > 0) {
    const chosen = new Uint8Array(catalog.events.length);
    for (const actor of state.actors) for (const at of actorPositions.get(actor) ?? []) chosen[at] = 1;
    const inSearch = searched === catalog.events ? null : new Set(searched);
    candidates = catalog.events.filter((event, at) => chosen[at] === 1 && (inSearch === null || inSearch.has(event)));
  }
  return filterEvents(candidates, { ...state, actors: [], q: '' }, index);
}

export function knownIds(catalog: Catalog): KnownIds {
  return derived(catalog).known;
}

export function timelineIndexUrl(catalog: Catalog): string {
  return derived(catalog).indexUrl;
}

export function actorGroups(catalog: Catalog): ActorGroup[] {
  return derived(catalog).groups;
}

function buildActorGroups(catalog: Catalog): ActorGroup[] {
  const counts = new Map<string, number>();
  for (const event of catalog.events) {
    for (const { actor } of event.actors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  return CAMP_ORDER.map((camp) => ({
    camp,
    label: CAMP_LABELS[camp],
    actors: catalog.actors
      .filter((actor) => actor.camp === camp)
      .map((actor) => toOption(actor, counts.get(actor.id) ?? 0))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  })).filter((group) => group.actors.length > 0);
}

function toOption(actor: Actor, count: number): ActorOption {
  const aliases = [...new Set([actor.shortName, ...actor.aliases].filter((name): name is string => !!name && name !== actor.name))];
  return { id: actor.id, name: actor.name, aliases, count };
}

/** The filtered events in order, the selected event, and its neighbours among the filtered events. */
export function buildView(catalog: Catalog, state: ViewState): View {
  // The text search runs once: the chart gets its result, and the other filters start from it.
  const searched = state.q === '' ? catalog.events : filterEvents(catalog.events, { actors: [], q: state.q }, derived(catalog).index);
  const events = keptEvents(catalog, state, searched);
  const mask = hasFilters(state) ? maskOf(catalog, events) : null;
  const searchMask = state.q === '' ? null : maskOf(catalog, searched);
  const selected = state.event === undefined ? undefined : catalog.eventById.get(state.event);
  if (!selected) return { events, mask, searchMask };
  const { at, after } = positionAmong(events, selected);
  const previous = events[at - 1];
  const next = events[after];
  return { events, mask, searchMask, selected, ...(previous && { previous }), ...(next && { next }) };
}

/**
 * Where an event stands among (filtered) events in order: its own position, or where it would fall
 * when the filters leave it out; and the position of the first event after it.
 */
function positionAmong(events: ReadonlyArray<TimelineEvent>, selected: TimelineEvent): { at: number; after: number } {
  const later = events.findIndex((event) => event !== selected && compareEvents(event, selected) > 0);
  const after = later === -1 ? events.length : later;
  const own = events.indexOf(selected);
  return { at: own === -1 ? after : own, after };
}

/** The positions of `events` in the catalog's chronological order, as a timeline mask. */
function maskOf(catalog: Catalog, events: ReadonlyArray<TimelineEvent>): string {
  const position = derived(catalog).position;
  return encodeMask(
    events.map((event) => position.get(event.id) ?? -1).filter((at) => at >= 0),
    catalog.events.length,
  );
}

/** The actors of an event, each once, in its order. */
function actorsOf(event: TimelineEvent): string[] {
  return [...new Set(event.actors.map(({ actor }) => actor))];
}

export function toListEntry(event: TimelineEvent, catalog: Pick<Catalog, 'actorById' | 'sourceById'>): ListEntry {
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
    outlets: [...new Set(event.citations.map(({ source }) => catalog.sourceById.get(source)?.outlet ?? source))],
  };
}

export function toTimelineItem(event: TimelineEvent, catalog: Pick<Catalog, 'actorById' | 'sourceById'>): TimelineItemData {
  const start = parsePartialDate(event.start);
  const end = parsePartialDate(event.end ?? event.start);
  const item: TimelineItemData = {
    ...toListEntry(event, catalog),
    approximate: event.precision === 'approximate',
    actors: actorsOf(event),
    start: start ? firstDay(start) : event.start,
  };
  // A single known day is a point; anything coarser or longer is drawn over all the days it covers.
  const isPoint = event.end === undefined && start?.day !== undefined;
  if (!isPoint && end) item.end = dayAfter(lastDay(end));
  return item;
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
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
  const first = Math.max(0, Math.min(anchor - Math.floor(size / 2), events.length - size));
  const entries = events.slice(first, first + size);
  const before = events[first - 1];
  const after = events[first + entries.length];
  return { first, entries, ...(before && { before }), ...(after && { after }) };
}
