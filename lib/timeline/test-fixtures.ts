import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';
import { ROLES } from '@/lib/data/vocabulary';
import { decodeIndex, encodeIndex, type IndexActor } from './codec';
import type { TimelineItemData } from './entries';

// Random timeline items for the property tests of the index, its masks and its windows.

export const CAMPS = ['regime', 'opposition', 'jihadist', 'kurdish', 'us-coalition', 'other'] as const;
export const ACTORS = ['russia', 'hts', 'isis', 'sdf', 'usa'];
/** What the index says of each of `ACTORS`; two share a camp, as actors do. */
export const INDEX_ACTORS: IndexActor[] = [
  { id: 'russia', name: 'Russian Federation', camp: 'regime' },
  { id: 'hts', name: "Hay'at Tahrir al-Sham", camp: 'jihadist' },
  { id: 'isis', name: 'Islamic State', camp: 'jihadist' },
  { id: 'sdf', name: 'Syrian Democratic Forces', camp: 'kurdish' },
  { id: 'usa', name: 'United States', camp: 'us-coalition' },
];
export const OUTLETS = ['BBC', 'Al Jazeera', 'Reuters'];

export const item = fc
  .record({
    start: fc.integer({ min: toDayNumber('2001-01-01'), max: toDayNumber('2024-12-31') }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 })),
    camp: fc.constantFrom(...CAMPS),
    approximate: fc.boolean(),
    actors: fc.subarray(ACTORS).chain((actors) => fc.tuple(fc.constant(actors), fc.array(fc.constantFrom(...ROLES), { minLength: actors.length, maxLength: actors.length }))),
    written: fc.constantFrom(4, 7, 10),
    outlets: fc.subarray(OUTLETS),
  })
  .map(({ start, length, camp, approximate, actors: [actors, roles], written, outlets }): Omit<TimelineItemData, 'id'> => ({
    title: 't',
    dateLabel: 'd',
    camp,
    written: fromDayNumber(start).slice(0, written),
    actorNames: actors.map((id) => id.toUpperCase()),
    outlets,
    approximate,
    actors,
    roles,
    start: fromDayNumber(start),
    ...(length > 0 && { end: fromDayNumber(start + length) }),
  }));

export const dataset = fc
  .array(item, { maxLength: 400 })
  .map((items) => items.map((value, at) => ({ ...value, id: `e-${at}` })).sort((a, b) => (a.start < b.start ? -1 : 1)));

/** The index decoded, or the test fails: every document made here must be accepted whole. */
export function decoded(document: unknown) {
  const index = decodeIndex(document);
  if (!index) throw new Error('the index was rejected');
  return index;
}

/** The index of generated items as the browser reads it: encoded, through JSON, and decoded. */
export function indexOfItems(items: ReadonlyArray<TimelineItemData>) {
  return decoded(JSON.parse(JSON.stringify(encodeIndex(items, INDEX_ACTORS))));
}
