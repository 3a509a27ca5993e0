import { firstDay, lastDayOf, parsePartialDate } from './dates';
import type { Actor, TimelineEvent } from './schema';
import type { ViewState } from './url-state';

/** Lower case, accents and apostrophe variants folded, so "Hayʼat", "Hay'at" and "hay’at" all match. */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

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

/** Whether any of an actor's names holds every search term ("Daesh" finds the Islamic State). */
export function namesMatch(names: ReadonlyArray<string>, terms: ReadonlyArray<string>): boolean {
  if (terms.length === 0) return true;
  const folded = foldForSearch(names.join('\n'));
  return terms.every((term) => folded.includes(term));
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
 * The events a view shows: any of the chosen actors (in any role), every search term somewhere in
 * the event's text, and an overlap with the date window. Order is kept.
 */
export function filterEvents(
  events: ReadonlyArray<TimelineEvent>,
  state: Pick<ViewState, 'actors' | 'q' | 'from' | 'to'>,
  index: FilterIndex,
): TimelineEvent[] {
  const actors = new Set(state.actors);
  const terms = searchTerms(state.q);
  return events.filter((event) => {
    if (actors.size > 0 && !event.actors.some(({ actor }) => actors.has(actor))) return false;
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
