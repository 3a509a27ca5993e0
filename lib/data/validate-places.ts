import 'server-only';
import type { PlaceKind, PlaceRecord, TimelineEvent } from '@/lib/data/schema';
import { isInCountry } from '@/lib/geo/countries';

// The checks of events/places.json and of the events' references to it. Coordinates are facts
// about places: each cites its gazetteer record and falls inside the country it names.

type Report = (scope: 'place' | 'event', id: string, field: string, message: string) => void;

/** Kinds drawn as a point; the others are areas, drawn as a circle of rough radius. */
export const POINT_KINDS: ReadonlySet<PlaceKind> = new Set(['site', 'town-or-city']);

export function checkPlaceRecord(place: PlaceRecord, report: Report): void {
  const problem = (field: string, message: string) => report('place', place.id, field, message);
  const hasLat = place.lat !== undefined;
  const hasLon = place.lon !== undefined;
  if (hasLat !== hasLon) problem(hasLat ? 'lon' : 'lat', `gives a ${hasLat ? 'latitude' : 'longitude'} without a ${hasLat ? 'longitude' : 'latitude'}`);
  const located = hasLat || hasLon;
  if (located && place.source === undefined) {
    problem('source', 'coordinates must cite their source: a gazetteer record (a GeoNames id) or a named gazetteer entry; leave them out rather than guess');
  }
  if (!located && place.source !== undefined) problem('source', 'cites a source for coordinates it does not give');
  if (place.source && place.source.id === undefined && place.source.entry === undefined) {
    problem('source', 'must name its record: the gazetteer’s id for it, or the title of its entry');
  }
  if (place.kind === 'country' && located) problem('lat', 'a place given only as a country stays off the map: leave out its coordinates');
  const point = POINT_KINDS.has(place.kind);
  if (located && !point && place.kind !== 'country' && place.radiusKm === undefined) {
    problem('radiusKm', `an area (${place.kind}) is drawn as an area, never as a pinpoint: give its rough radius in kilometres`);
  }
  if (point && place.radiusKm !== undefined) problem('radiusKm', `a ${place.kind} is drawn as a point: leave out radiusKm`);
  if (place.lat !== undefined && place.lon !== undefined) {
    const inside = isInCountry(place.country, place.lon, place.lat);
    if (inside === null) problem('country', `"${place.country}" is not a country Natural Earth names (such as "Syria"), so its coordinates cannot be checked`);
    else if (!inside) problem('lat', `${place.lat}, ${place.lon} is not inside ${place.country} (Natural Earth’s 1:50m outline): check the coordinates and the country`);
  }
}

/**
 * An event's place names known places, each once, and says nothing of their governorate or country
 * that their own records contradict: a slip in an article stays in the event's notes, never on the map.
 */
export function checkEventPlaces(event: TimelineEvent, placeById: ReadonlyMap<string, PlaceRecord>, report: Report): void {
  const place = event.place;
  if (!place) return;
  const seen = new Set<string>();
  const records: PlaceRecord[] = [];
  place.ids.forEach((id, index) => {
    const record = placeById.get(id);
    if (!record) report('event', event.id, `place.ids[${index}]`, `unknown place "${id}": add it to events/places.json`);
    else records.push(record);
    if (seen.has(id)) report('event', event.id, `place.ids[${index}]`, `place "${id}" is listed twice`);
    seen.add(id);
  });
  if (records.length < place.ids.length) return;
  checkPlaceNaming(event.id, place, records, report);
  const governorates = records.flatMap((record) => record.governorate ?? []);
  if (place.governorate !== undefined && governorates.length > 0 && !governorates.includes(place.governorate)) {
    report('event', event.id, 'place.governorate', `"${place.governorate}" is not the governorate of any of its places (${governorates.join(', ')}): correct it, and say so in notes if the article slipped`);
  }
  if (place.country !== undefined && !records.some((record) => record.country === place.country)) {
    report('event', event.id, 'place.country', `"${place.country}" is not the country of any of its places (${[...new Set(records.map((record) => record.country))].join(', ')})`);
  }
}

/** Words compared without case, accents, curly quotes or hyphens: "Deir Ezzor" is "deir ezzor", "al-Bab" is "al bab". */
function folded(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’ʼ`']/g, "'")
    .replace(/[-‐‑–—\s]+/g, ' ')
    .toLowerCase();
}

/**
 * Each id stands for words that name it (its record's name or one of its spellings is in `as`), or
 * the event says why in `place.reasons`: a place is never put on the map from words that do not give it.
 */
function checkPlaceNaming(eventId: string, place: NonNullable<TimelineEvent['place']>, records: ReadonlyArray<PlaceRecord>, report: Report): void {
  const words = folded(place.as);
  const reasons = place.reasons ?? {};
  for (const record of records) {
    const named = [record.name, ...record.aliases].some((name) => words.includes(folded(name)));
    const reason = Object.getOwnPropertyDescriptor(reasons, record.id)?.value as string | undefined;
    if (!named && reason === undefined) {
      report('event', eventId, 'place.ids', `place "${record.id}" is not named by the words "${place.as}" (neither "${record.name}" nor a spelling of it): add the spelling to its record if the words name it, or say why in place.reasons["${record.id}"]`);
    }
    if (named && reason !== undefined) {
      report('event', eventId, `place.reasons.${record.id}`, `the words "${place.as}" already name "${record.id}": leave out its reason`);
    }
  }
  for (const id of Object.keys(reasons)) {
    if (!place.ids.includes(id)) report('event', eventId, `place.reasons.${id}`, `gives a reason for "${id}", which is not among place.ids`);
  }
}
