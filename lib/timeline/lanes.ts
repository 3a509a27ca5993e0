import { CAMP_LABELS, CAMP_ORDER, CAMP_SHORT_LABELS } from '@/lib/data/labels';
import type { Camp } from '@/lib/data/vocabulary';
import type { LaneMode } from '@/lib/view/url-state';
import type { TimelineIndex } from './codec';
import { isKept } from './mask';
import { bucketPeriod, countedContents, overlaps, type WindowContent } from './window-content';

// Lanes split the chart by actor or by camp. An event sits in the lane of each ticked actor it
// involves, or of each camp its actors belong to, so one event can be drawn in several lanes.
// Both kinds come down to one table: the lane of each actor.

export interface Lane {
  /** The actor's id, or the camp. */
  key: string;
  name: string;
  /** The name where room is short. */
  shortName: string;
  camp: Camp;
}

export interface LaneLayout {
  lanes: Lane[];
  /** The lane of each actor of the index (by position), or -1 for an actor with no lane. */
  laneOfActor: Int16Array;
}

/**
 * Alphabetical, ignoring case. Not `localeCompare`: its collator is the page's first use of Intl,
 * which costs 40 to 80 ms of loading (see lib/view/count-text.ts). The tests hold it to the
 * collator's order for every actor of the corpus.
 */
function byName(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The lanes of a view: one per ticked actor the index knows, by camp and then by name; or one per
 * camp, all six, in the legend's order. `null` without lanes, or with actor lanes and no actor ticked.
 */
export function laneLayout(index: TimelineIndex, mode: LaneMode | undefined, actors: ReadonlyArray<string>): LaneLayout | null {
  const laneOfActor = new Int16Array(index.actorIds.length).fill(-1);
  const campOf = (actor: number): Camp => index.camps[index.actorCamp[actor]!] ?? 'other';
  if (mode === 'camp') {
    index.actorIds.forEach((_, actor) => {
      laneOfActor[actor] = CAMP_ORDER.indexOf(campOf(actor));
    });
    return { lanes: CAMP_ORDER.map((camp) => ({ key: camp, name: CAMP_LABELS[camp], shortName: CAMP_SHORT_LABELS[camp], camp })), laneOfActor };
  }
  if (mode !== 'actor') return null;
  const ticked = actors
    .map((id) => index.actorIds.indexOf(id))
    .filter((actor) => actor >= 0)
    .sort((a, b) => CAMP_ORDER.indexOf(campOf(a)) - CAMP_ORDER.indexOf(campOf(b)) || byName(index.actorFullNames[a] ?? '', index.actorFullNames[b] ?? ''));
  if (ticked.length === 0) return null;
  ticked.forEach((actor, lane) => {
    laneOfActor[actor] = lane;
  });
  return {
    lanes: ticked.map((actor) => ({
      key: index.actorIds[actor] ?? '',
      name: index.actorFullNames[actor] ?? '',
      shortName: index.actorNames[actor] ?? '',
      camp: campOf(actor),
    })),
    laneOfActor,
  };
}

/** Calls `visit` once with each lane event `at` sits in. */
function forEachLane(index: TimelineIndex, layout: LaneLayout, at: number, seen: Int32Array, visit: (lane: number) => void): void {
  for (let k = index.actorStart[at]!; k < index.actorStart[at + 1]!; k += 1) {
    const lane = layout.laneOfActor[index.actorList[k]!]!;
    // Two actors of one camp put an event in that camp's lane once.
    if (lane < 0 || seen[lane] === at) continue;
    seen[lane] = at;
    visit(lane);
  }
}

/** How many of the events a mask keeps sit in each lane. */
export function laneCounts(index: TimelineIndex, mask: Uint8Array | null, layout: LaneLayout): number[] {
  const counts = new Array<number>(layout.lanes.length).fill(0);
  const seen = new Int32Array(layout.lanes.length).fill(-1);
  for (let at = 0; at < index.size; at += 1) {
    if (isKept(mask, at)) forEachLane(index, layout, at, seen, (lane) => (counts[lane]! += 1));
  }
  return counts;
}

export interface LanesContentOptions {
  /** Events drawn one by one across all lanes; past that every lane shows counts. */
  maxItems: number;
  /** Periods per lane at most. */
  maxBuckets: number;
  /** Count bars across all lanes at most: many lanes count by longer periods. */
  maxBars: number;
  pinned?: number | undefined;
}

/**
 * What each lane draws for a window (days `[from, to)`): its events one by one when all the lanes
 * together hold at most `maxItems`, otherwise every lane counts its events by the same calendar
 * period, so that the lanes line up: only the events carried in from before the window when those
 * that begin in it fit within `maxItems`, else all of them (see `countedContents`). The `pinned`
 * event is drawn one by one in each of its lanes.
 */
export function lanesContent(
  index: TimelineIndex,
  mask: Uint8Array | null,
  layout: LaneLayout,
  from: number,
  to: number,
  { maxItems, maxBuckets, maxBars, pinned }: LanesContentOptions,
): WindowContent[] {
  const inside = layout.lanes.map((): number[] => []);
  const seen = new Int32Array(layout.lanes.length).fill(-1);
  let total = 0;
  for (let at = 0; at < index.size; at += 1) {
    if (!overlaps(index, at, from, to) || !isKept(mask, at)) continue;
    forEachLane(index, layout, at, seen, (lane) => {
      inside[lane]!.push(at);
      total += 1;
    });
  }
  if (total <= maxItems) return inside.map((items) => ({ items, buckets: [], inWindow: items.length }));
  const perLane = Math.max(1, Math.min(maxBuckets, Math.floor(maxBars / layout.lanes.length)));
  return countedContents(index, inside, from, bucketPeriod(from, to, perLane), { maxItems, pinned });
}
