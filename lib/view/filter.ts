import 'server-only';
import type { Actor, TimelineEvent } from '@/lib/data/schema';
import { firstDay, lastDayOf, parsePartialDate } from '@/lib/dates/partial-date';
import { foldForSearch, searchTerms } from './search-text';
import type { ViewState } from './url-state';

/** Everything a text search looks in: titles, summaries, quotes, claims, place, and the actors' names. */
export function eventSearchText(event: TimelineEvent, actorById: ReadonlyMap<string, Actor>): string {
  const parts = [
    event.title,
    event.summary,
    event.place?.name,
    event.place?.governorate,
    ...event.citations.map((citation) => citation.quote),
    ...(event.claims ?? []).flatMap((claim) => [claim.by, claim.says, claim.citation.quote]),
    ...event.actors.flatMap(({ actor }) => actorNames(actorById.get(actor))),
  ];
  return foldForSearch(parts.filter(Boolean).join('\n'));
}

export function actorNames(actor: Actor | undefined): string[] {
  if (!actor) return [];
  return [actor.name, ...(actor.shortName ? [actor.shortName] : []), ...actor.aliases];
}

/** The first and last calendar day an event covers, for date-window filtering. */
export function eventDays(event: TimelineEvent): { first: string; last: string } {
  const start = parsePartialDate(event.start);
  return { first: start ? firstDay(start) : event.start, last: lastDayOf(event) };
}

export interface FilterIndex {
  searchText(event: TimelineEvent): string;
}

export function createFilterIndex(actorById: ReadonlyMap<string, Actor>): FilterIndex {
  const cache = new WeakMap<TimelineEvent, string>();
  return {
    searchText(event) {
      let text = cache.get(event);
      if (text === undefined) {
        text = eventSearchText(event, actorById);
        cache.set(event, text);
      }
      return text;
    },
  };
}

/**
 * The events a view's other filters keep: every search term somewhere in the event's text, an
 * overlap with the date window, and the chosen place among the event's places (the place itself:
 * nothing is inferred from where places lie). Order is kept. The chosen actors are `buildView`'s.
 */
export function filterEvents(
  events: ReadonlyArray<TimelineEvent>,
  state: Pick<ViewState, 'q' | 'from' | 'to' | 'place'>,
  index: FilterIndex,
): TimelineEvent[] {
  const terms = searchTerms(state.q);
  return events.filter((event) => {
    if (state.place !== undefined && !event.place?.ids.includes(state.place)) return false;
    if (state.from !== undefined || state.to !== undefined) {
      const { first, last } = eventDays(event);
      if (state.from !== undefined && last < state.from) return false;
      if (state.to !== undefined && first > state.to) return false;
    }
    if (terms.length > 0) {
      const text = index.searchText(event);
      if (!terms.every((term) => text.includes(term))) return false;
    }
    return true;
  });
}
