import type { TimelineIndex } from './codec';
import { isKept } from './mask';

// How many of a view's events name each place, and their camp, for the map: worked out from the
// timeline index, so the map follows the chart's window without asking the server.

export interface PlaceTally {
  count: number;
  /** The camp (a position in the index's `camps`) of most of those events; the first such camp on a tie. */
  camp: number;
}

export interface PlaceCounts {
  /** By place id; a place none of the events names is absent. */
  byPlace: Map<string, PlaceTally>;
  /** Kept events that name no place. */
  unplaced: number;
}

/** Days, both ends included, as day numbers. */
export interface DayRange {
  first: number;
  last: number;
}

/** The events `bits` keeps (all with `null`) that overlap `window` (all with `null`), counted by place. */
export function placeCounts(index: TimelineIndex, bits: Uint8Array | null, window: DayRange | null): PlaceCounts {
  const camps = index.camps.length;
  const tallies = new Uint32Array(index.placeIds.length * camps);
  let unplaced = 0;
  for (let at = 0; at < index.size; at += 1) {
    if (!isKept(bits, at)) continue;
    if (window !== null) {
      const start = index.start[at]!;
      const last = Math.max(index.end[at]! - 1, start);
      if (last < window.first || start > window.last) continue;
    }
    const from = index.placeStart[at]!;
    const to = index.placeStart[at + 1]!;
    if (from === to) unplaced += 1;
    for (let k = from; k < to; k += 1) tallies[index.placeList[k]! * camps + index.camp[at]!]! += 1;
  }
  const byPlace = new Map<string, PlaceTally>();
  index.placeIds.forEach((id, place) => {
    let count = 0;
    let camp = 0;
    for (let c = 0; c < camps; c += 1) {
      const n = tallies[place * camps + c]!;
      count += n;
      if (n > tallies[place * camps + camp]!) camp = c;
    }
    if (count > 0) byPlace.set(id, { count, camp });
  });
  return { byPlace, unplaced };
}

/** The places event `id` names, as ids; none for an unknown event. */
export function placesOfEvent(index: TimelineIndex, id: string | undefined): string[] {
  const at = id === undefined ? undefined : index.position.get(id);
  if (at === undefined) return [];
  return [...index.placeList.subarray(index.placeStart[at], index.placeStart[at + 1])].map((place) => index.placeIds[place]!);
}
