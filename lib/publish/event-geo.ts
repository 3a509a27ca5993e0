import type { PlaceKind, PlaceRecord, TimelineEvent } from '@/lib/data/schema';

// Where an event is, as the conflict datasets researchers know put it (ACLED's geo precision):
// 1, a town or a site; 2, near one, or a part of a region (a district, a border area); 3, a larger
// area (a governorate). A place given only as a country or a broad region has no coordinates.

export type GeoPrecision = 1 | 2 | 3;

const KIND_PRECISION: Record<PlaceKind, GeoPrecision | null> = {
  site: 1,
  'town-or-city': 1,
  'district-or-region': 2,
  'border-area': 2,
  governorate: 3,
  country: null,
};

/** A place's own precision; `null` when it has no coordinates. */
export function placePrecision(place: Pick<PlaceRecord, 'kind' | 'lat' | 'lon'>): GeoPrecision | null {
  return place.lat === undefined || place.lon === undefined ? null : KIND_PRECISION[place.kind];
}

export interface EventGeo {
  placeIds: string[];
  /** One per place, in the order of `placeIds`; `null` for a place with no coordinates. */
  latitudes: Array<number | null>;
  longitudes: Array<number | null>;
  /** The coarsest precision among its located places, at least 2 when the words put it near them; `null` when none is located. */
  precision: GeoPrecision | null;
}

export function eventGeo(event: TimelineEvent, placeById: ReadonlyMap<string, PlaceRecord>): EventGeo {
  const places = (event.place?.ids ?? []).map((id) => placeById.get(id));
  const precisions = places.flatMap((place) => (place ? (placePrecision(place) ?? []) : []));
  const coarsest = precisions.length === 0 ? null : (Math.max(...precisions, event.place?.near ? 2 : 1) as GeoPrecision);
  return {
    placeIds: event.place?.ids ?? [],
    latitudes: places.map((place) => place?.lat ?? null),
    longitudes: places.map((place) => place?.lon ?? null),
    precision: coarsest,
  };
}
