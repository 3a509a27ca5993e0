import { toDayNumber } from '@/lib/dates/day-number';
import type { TimelineIndex } from './codec';
import { fnv1a } from './hash';

// Which events a view keeps, as a bitset over the index's chronological order: the server sends it
// for a text search (only it has the texts) and the browser works out the other filters itself.

/** A bitset of the kept positions, as base64. */
export function encodeMask(kept: Iterable<number>, size: number): string {
  const bytes = new Uint8Array(Math.ceil(size / 8));
  for (const at of kept) bytes[at >> 3]! |= 1 << (at & 7);
  return maskToBase64(bytes);
}

/** The bitset back; `null` (everything kept) when the text is not a bitset of this size. */
export function decodeMask(encoded: string, size: number): Uint8Array | null {
  try {
    const binary = atob(encoded);
    if (binary.length !== Math.ceil(size / 8)) return null;
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

export function isKept(mask: Uint8Array | null, at: number): boolean {
  return mask === null || ((mask[at >> 3] ?? 0) & (1 << (at & 7))) !== 0;
}

export function maskToBase64(mask: Uint8Array): string {
  let binary = '';
  for (const byte of mask) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface ChartFilters {
  /** The events the text search keeps, from the server (only it has the texts); `null` without a search. */
  searchMask: Uint8Array | null;
  actors: ReadonlyArray<string>;
  /** `all`: events involving every one of `actors`; otherwise any of them. */
  match?: 'all' | undefined;
  from?: string;
  to?: string;
  /** Only the events that name this place. */
  place?: string;
}

/**
 * The events a view keeps, worked out in the browser so the chart follows a new actor or date filter
 * at once: the same rule as the server's filter (any or all of the chosen actors, overlapping the
 * dates, matching the search). `null` when no filter is set, as on the server.
 */
export function filtersMask(index: TimelineIndex, { searchMask, actors, match, from, to, place }: ChartFilters): Uint8Array | null {
  if (searchMask === null && actors.length === 0 && from === undefined && to === undefined && place === undefined) return null;
  // A place the index does not know is named by no event.
  const wantedPlace = place === undefined ? undefined : index.placeIds.indexOf(place);
  const chosen = new Set(actors);
  const wanted = new Uint8Array(index.actorIds.length);
  index.actorIds.forEach((id, at) => {
    if (chosen.has(id)) wanted[at] = 1;
  });
  // An event lists each actor once, so counting the chosen ones it names is enough.
  // A chosen actor the index does not know is involved in no event.
  const fromDay = from === undefined ? -Infinity : toDayNumber(from);
  const toDay = to === undefined ? Infinity : toDayNumber(to);
  const mask = new Uint8Array(Math.ceil(index.size / 8));
  for (let at = 0; at < index.size; at += 1) {
    const start = index.start[at]!;
    const last = Math.max(index.end[at]! - 1, start);
    if (last < fromDay || start > toDay || !isKept(searchMask, at)) continue;
    if (wantedPlace !== undefined && !namesPlace(index, at, wantedPlace)) continue;
    if (chosen.size > 0) {
      let involved = 0;
      for (let k = index.actorStart[at]!; k < index.actorStart[at + 1]!; k += 1) involved += wanted[index.actorList[k]!]!;
      if (!involvesEnough(involved, chosen.size, match)) continue;
    }
    mask[at >> 3]! |= 1 << (at & 7);
  }
  return mask;
}

/**
 * The "any or all of the chosen actors" rule, written once for the server's view and the browser's
 * mask: an event that involves `involved` of the `chosen` actors (in any role) is kept when none
 * are chosen, when it involves any of them, or with `match: 'all'` when it involves every one.
 */
export function involvesEnough(involved: number, chosen: number, match: 'all' | undefined): boolean {
  return chosen === 0 || involved >= (match === 'all' ? chosen : 1);
}

/** Whether event `at` names the place at position `place` of the index's places. */
export function namesPlace(index: TimelineIndex, at: number, place: number): boolean {
  for (let k = index.placeStart[at]!; k < index.placeStart[at + 1]!; k += 1) if (index.placeList[k] === place) return true;
  return false;
}

/** A short, stable name for a filter's mask, so the page and the chart can tell which one is drawn. */
export function filterKey(mask: string | null): string {
  return mask === null ? 'all' : fnv1a(mask);
}

/** How many events a mask keeps; `null` keeps all `size`. */
export function countKept(mask: Uint8Array | null, size: number): number {
  if (mask === null) return size;
  let count = 0;
  for (const byte of mask) for (let bits = byte; bits !== 0; bits &= bits - 1) count += 1;
  return count;
}

/** The filters of a view as the browser applies them: its actors and dates, and the server's search bitset (base64). */
export interface ViewFilters {
  actors: ReadonlyArray<string>;
  match?: 'all' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  place?: string | undefined;
}

export interface ViewMask {
  bits: Uint8Array | null;
  /** Names the kept set as the server's `filterKey` does. */
  key: string;
  count: number;
}

/** The one way the browser works out what a view keeps: the list, the count and the chart all take it from here. */
export function viewMask(index: TimelineIndex, filters: ViewFilters, searchMask: string | null): ViewMask {
  const bits = filtersMask(index, {
    searchMask: searchMask === null ? null : decodeMask(searchMask, index.size),
    actors: filters.actors,
    match: filters.match,
    ...(filters.from !== undefined && { from: filters.from }),
    ...(filters.to !== undefined && { to: filters.to }),
    ...(filters.place !== undefined && { place: filters.place }),
  });
  return { bits, key: filterKey(bits && maskToBase64(bits)), count: countKept(bits, index.size) };
}
