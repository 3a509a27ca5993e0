import 'server-only';
import type { Catalog } from '@/lib/data/catalog';
import { processShared } from '@/lib/data/process-shared';
import type { TimelineEvent } from '@/lib/data/schema';
import { decodeIndex, encodeIndex, type TimelineIndex, type TimelineIndexDocument } from '@/lib/timeline/codec';
import { toTimelineItem } from '@/lib/timeline/entries';
import { fnv1a } from '@/lib/timeline/hash';
import { encodeMask, involvesEnough } from '@/lib/timeline/mask';
import { createFilterIndex, filterEvents, type FilterIndex } from './filter';
import { positionAmong } from './list-window';
import { hasFilters, type KnownIds, type ViewState } from './url-state';

// What the timeline page shows for a view, computed on the server from the catalog.

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
  indexDocument: TimelineIndexDocument;
  /** The same index as the browser decodes it, for what the server renders from it (the map's counts). */
  decodedIndex: TimelineIndex | null;
  indexUrl: string;
  index: FilterIndex;
  /** Each actor's events, as positions in the catalog's order. */
  actorPositions: ReadonlyMap<string, number[]>;
}

// Once per process, not once per server bundle: at 10,000 events each computation takes half a second.
const derivedByCatalog = processShared('view.derived', () => new WeakMap<Catalog, Derived>());

function derived(catalog: Catalog): Derived {
  let value = derivedByCatalog.get(catalog);
  if (!value) {
    const indexDocument = encodeIndex(catalog.events.map((event) => toTimelineItem(event, catalog)), catalog.actors);
    value = {
      known: {
        actorIds: new Set(catalog.actorById.keys()),
        eventIds: new Set(catalog.eventById.keys()),
        placeIds: new Set(catalog.placeById.keys()),
        stories: new Map(catalog.stories.map((story) => [story.id, story.steps.map((step) => step.event)])),
      },
      position: new Map(catalog.events.map((event, at) => [event.id, at])),
      indexDocument,
      decodedIndex: decodeIndex(JSON.parse(JSON.stringify(indexDocument))),
      // Versioned by its whole content, so a cache never serves an old index against new masks.
      indexUrl: `/data/timeline-index.json?v=${fnv1a(JSON.stringify(indexDocument))}`,
      index: createFilterIndex(catalog.actorById),
      actorPositions: positionsByActor(catalog.events),
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
 * The events a view keeps, from the events its text search already kept: the chosen actors (the
 * rule of `involvesEnough`), then `filterEvents` for the rest. The actor filter starts from the
 * chosen actors' own events, since reading every event's actors is what a large dataset makes slow.
 */
function keptEvents(catalog: Catalog, state: ViewState, searched: ReadonlyArray<TimelineEvent>): TimelineEvent[] {
  const { index, actorPositions } = derived(catalog);
  let candidates = searched;
  if (state.actors.length > 0) {
    // How many of the chosen actors each event involves.
    const involved = new Uint16Array(catalog.events.length);
    for (const actor of state.actors) for (const at of actorPositions.get(actor) ?? []) involved[at]! += 1;
    const inSearch = searched === catalog.events ? null : new Set(searched);
    candidates = catalog.events.filter(
      (event, at) => involvesEnough(involved[at]!, state.actors.length, state.match) && (inSearch === null || inSearch.has(event)),
    );
  }
  return filterEvents(candidates, { ...state, q: '' }, index);
}

export function knownIds(catalog: Catalog): KnownIds {
  return derived(catalog).known;
}

/** The compact index the browser fetches once (served at `timelineIndexUrl`). */
export function timelineIndexDocument(catalog: Catalog): TimelineIndexDocument {
  return derived(catalog).indexDocument;
}

/** The index decoded as the browser decodes it; `null` only if the server's own index were malformed. */
export function timelineIndex(catalog: Catalog): TimelineIndex | null {
  return derived(catalog).decodedIndex;
}

export function timelineIndexUrl(catalog: Catalog): string {
  return derived(catalog).indexUrl;
}

/** The filtered events in order, the selected event, and its neighbours among the filtered events. */
export function buildView(catalog: Catalog, state: ViewState): View {
  // The text search runs once: the chart gets its result, and the other filters start from it.
  const searched = state.q === '' ? catalog.events : filterEvents(catalog.events, { q: state.q }, derived(catalog).index);
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

/** The positions of `events` in the catalog's chronological order, as a timeline mask. */
function maskOf(catalog: Catalog, events: ReadonlyArray<TimelineEvent>): string {
  const position = derived(catalog).position;
  return encodeMask(
    events.map((event) => position.get(event.id) ?? -1).filter((at) => at >= 0),
    catalog.events.length,
  );
}
