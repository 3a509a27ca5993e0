import { CAMPS, ROLES, type Camp, type Role } from '@/lib/data/vocabulary';
import { toDayNumber } from '@/lib/dates/day-number';
import type { TimelineItemData } from './entries';

// The timeline's compact view of every event, built once at build time and fetched once by the
// browser. With a bitset saying which events a view keeps (mask.ts), it lets the chart draw only
// what is on screen, whether there are a hundred events or fifty thousand.

/**
 * One row per event, in chronological order: id, title, date label, first day, end day (exclusive;
 * equal to the first day for a point), camp, approximate, its actors (positions in `actors`), how many
 * characters of its first day it was written with (4, 7 or 10), its outlets (positions in `outlets`),
 * and the role of each of its actors (positions in `roles`).
 */
export type IndexRow = [string, string, string, number, number, number, 0 | 1, number[], number, number[], number[]];

export interface TimelineIndexDocument {
  camps: ReadonlyArray<Camp>;
  roles: ReadonlyArray<Role>;
  actors: string[];
  /** The name the list gives each of `actors`. */
  actorNames: string[];
  /** The full name of each of `actors`, as the actor picker gives it. */
  actorFullNames: string[];
  /** The camp of each of `actors`, as a position in `camps`. */
  actorCamps: number[];
  outlets: string[];
  events: IndexRow[];
  /** Place ids, and each event's places as positions among them (one list per row of `events`). */
  places: string[];
  eventPlaces: number[][];
}

/** What the index says of each actor besides its events. */
export interface IndexActor {
  id: string;
  name: string;
  camp: Camp;
}

export function encodeIndex(items: ReadonlyArray<TimelineItemData>, actorList: ReadonlyArray<IndexActor>): TimelineIndexDocument {
  const nameOf = new Map(items.flatMap((item) => item.actors.map((id, at) => [id, item.actorNames[at] ?? id] as const)));
  const actorById = new Map(actorList.map((actor) => [actor.id, actor]));
  const actors = [...nameOf.keys()].sort();
  const actorAt = new Map(actors.map((id, at) => [id, at]));
  const outlets = [...new Set(items.flatMap((item) => item.outlets))].sort();
  const outletAt = new Map(outlets.map((outlet, at) => [outlet, at]));
  const places = [...new Set(items.flatMap((item) => item.places))].sort();
  const placeAt = new Map(places.map((id, at) => [id, at]));
  return {
    camps: CAMPS,
    roles: ROLES,
    actors,
    actorNames: actors.map((id) => nameOf.get(id) ?? id),
    actorFullNames: actors.map((id) => actorById.get(id)?.name ?? nameOf.get(id) ?? id),
    actorCamps: actors.map((id) => CAMPS.indexOf(actorById.get(id)?.camp ?? 'other')),
    outlets,
    events: items.map((item) => {
      const start = toDayNumber(item.start);
      return [
        item.id,
        item.title,
        item.dateLabel,
        start,
        item.end ? toDayNumber(item.end) : start,
        CAMPS.indexOf(item.camp),
        item.approximate ? 1 : 0,
        item.actors.map((id) => actorAt.get(id) ?? -1),
        item.written.length,
        item.outlets.map((outlet) => outletAt.get(outlet) ?? -1),
        item.roles.map((role) => ROLES.indexOf(role)),
      ];
    }),
    places,
    eventPlaces: items.map((item) => item.places.map((id) => placeAt.get(id) ?? -1)),
  };
}

export interface TimelineIndex {
  size: number;
  ids: string[];
  titles: string[];
  dateLabels: string[];
  start: Int32Array;
  /** Exclusive end day; equal to `start` for a point. */
  end: Int32Array;
  camp: Uint8Array;
  approximate: Uint8Array;
  /** How many characters of the first day the start was written with: 4 (a year), 7 (a month) or 10 (a day). */
  writtenLength: Uint8Array;
  camps: ReadonlyArray<Camp>;
  roles: ReadonlyArray<Role>;
  position: ReadonlyMap<string, number>;
  /** Actor ids, and each event's actors as positions among them: event `at` has `actorList[actorStart[at] … actorStart[at + 1])`. */
  actorIds: ReadonlyArray<string>;
  actorNames: ReadonlyArray<string>;
  actorFullNames: ReadonlyArray<string>;
  /** Each actor's camp, as a position in `camps`. */
  actorCamp: Uint8Array;
  actorStart: Uint32Array;
  actorList: Uint32Array;
  /** The role of each entry of `actorList`, as a position in `roles`. */
  actorRole: Uint8Array;
  /** Outlet names, and each event's outlets as positions among them, laid out like its actors. */
  outlets: ReadonlyArray<string>;
  outletStart: Uint32Array;
  outletList: Uint32Array;
  /** Place ids, and each event's places as positions among them, laid out like its actors. */
  placeIds: ReadonlyArray<string>;
  placeStart: Uint32Array;
  placeList: Uint32Array;
}

function stringArray(document: object, key: string): string[] | null {
  const value: unknown = Object.getOwnPropertyDescriptor(document, key)?.value;
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string') ? value : null;
}

function positionsBelow(value: unknown, size: number): value is number[] {
  return Array.isArray(value) && value.every((at) => Number.isInteger(at) && at >= 0 && at < size);
}

function isRow(row: unknown, actorCount: number, outletCount: number): row is IndexRow {
  return (
    Array.isArray(row) &&
    row.length === 11 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    typeof row[2] === 'string' &&
    Number.isInteger(row[3]) &&
    Number.isInteger(row[4]) &&
    Number.isInteger(row[5]) &&
    (row[6] === 0 || row[6] === 1) &&
    positionsBelow(row[7], actorCount) &&
    (row[8] === 4 || row[8] === 7 || row[8] === 10) &&
    positionsBelow(row[9], outletCount) &&
    positionsBelow(row[10], ROLES.length) &&
    row[10].length === row[7].length
  );
}

/** Where each row's list starts in the flat list of them all. */
function offsets(lists: ReadonlyArray<ReadonlyArray<number>>): Uint32Array {
  const start = new Uint32Array(lists.length + 1);
  lists.forEach((list, at) => {
    start[at + 1] = start[at]! + list.length;
  });
  return start;
}

/**
 * Reads the index document fetched from the server. Never throws; `null` unless the whole document
 * fits the shape: skipping one bad row would shift every position after it, and masks are positional.
 */
export function decodeIndex(document: unknown): TimelineIndex | null {
  if (typeof document !== 'object' || document === null) return null;
  const rows: unknown = Object.getOwnPropertyDescriptor(document, 'events')?.value;
  const actorIds = stringArray(document, 'actors');
  const names = stringArray(document, 'actorNames');
  const fullNames = stringArray(document, 'actorFullNames');
  const actorCamps: unknown = Object.getOwnPropertyDescriptor(document, 'actorCamps')?.value;
  const outlets = stringArray(document, 'outlets');
  const placeIds = stringArray(document, 'places');
  const eventPlaces: unknown = Object.getOwnPropertyDescriptor(document, 'eventPlaces')?.value;
  if (!Array.isArray(rows) || !actorIds || !names || !fullNames || !outlets) return null;
  if (names.length !== actorIds.length || fullNames.length !== actorIds.length) return null;
  if (!positionsBelow(actorCamps, CAMPS.length) || actorCamps.length !== actorIds.length) return null;
  if (!placeIds || !Array.isArray(eventPlaces) || eventPlaces.length !== rows.length) return null;
  const placeLists: number[][] = [];
  for (const list of eventPlaces) {
    if (!positionsBelow(list, placeIds.length)) return null;
    placeLists.push(list);
  }
  const valid: IndexRow[] = [];
  for (const row of rows) {
    if (!isRow(row, actorIds.length, outlets.length)) return null;
    valid.push(row);
  }
  const position = new Map(valid.map((row, at) => [row[0], at]));
  if (position.size !== valid.length) return null;
  return {
    size: valid.length,
    ids: valid.map((row) => row[0]),
    titles: valid.map((row) => row[1]),
    dateLabels: valid.map((row) => row[2]),
    start: Int32Array.from(valid, (row) => row[3]),
    end: Int32Array.from(valid, (row) => row[4]),
    camp: Uint8Array.from(valid, (row) => row[5]),
    approximate: Uint8Array.from(valid, (row) => row[6]),
    writtenLength: Uint8Array.from(valid, (row) => row[8]),
    camps: CAMPS,
    roles: ROLES,
    position,
    actorIds,
    actorNames: names,
    actorFullNames: fullNames,
    actorCamp: Uint8Array.from(actorCamps),
    actorStart: offsets(valid.map((row) => row[7])),
    actorList: Uint32Array.from(valid.flatMap((row) => row[7])),
    actorRole: Uint8Array.from(valid.flatMap((row) => row[10])),
    outlets,
    outletStart: offsets(valid.map((row) => row[9])),
    outletList: Uint32Array.from(valid.flatMap((row) => row[9])),
    placeIds,
    placeStart: offsets(placeLists),
    placeList: Uint32Array.from(placeLists.flat()),
  };
}
