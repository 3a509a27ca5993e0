import { formatDay } from '@/lib/dates/partial-date';
import type { ViewState } from '@/lib/view/url-state';

/** Names for the ids a view's filters hold; an id without a name is said generically. */
export interface FilterNames {
  actor: (id: string) => string | undefined;
  place: (id: string) => string | undefined;
}

/**
 * The active filters in one line, as the folded filter bar says them: "Russia and Syrian rebels ·
 * from 1 January 2015 · “aleppo”". The lanes, the window and the selection are not filters.
 */
export function filterSummary(state: Pick<ViewState, 'actors' | 'match' | 'q' | 'from' | 'to' | 'place'>, names: FilterNames): string {
  const parts: string[] = [];
  if (state.actors.length > 0) {
    const actors = state.actors.map((id) => names.actor(id) ?? id);
    parts.push(actors.length === 1 ? actors[0]! : `${state.match === 'all' ? 'all of' : 'any of'} ${actors.join(', ')}`);
  }
  if (state.from && state.to) parts.push(`${formatDay(state.from)} to ${formatDay(state.to)}`);
  else if (state.from) parts.push(`from ${formatDay(state.from)}`);
  else if (state.to) parts.push(`until ${formatDay(state.to)}`);
  if (state.q) parts.push(`“${state.q}”`);
  if (state.place) parts.push(`at ${names.place(state.place) ?? 'one place'}`);
  return parts.length > 0 ? parts.join(' · ') : 'No filter: every event';
}
