import 'server-only';
import type { PlaceRecord } from '@/lib/data/schema';
import { placeGeometry, type PlaceGeometry } from './map-frame';

/** A place as the map's client leaf is given it: where it is drawn, or nothing when it is off the map. */
export interface MapPlace extends Partial<PlaceGeometry> {
  id: string;
  name: string;
}

const cache = new WeakMap<ReadonlyArray<PlaceRecord>, MapPlace[]>();

/** Every place, with its point or circle in the map's coordinates where it has one inside the frame. */
export function mapPlaces(places: ReadonlyArray<PlaceRecord>): MapPlace[] {
  let value = cache.get(places);
  if (!value) {
    value = places.map((place) => ({ id: place.id, name: place.name, ...placeGeometry(place) }));
    cache.set(places, value);
  }
  return value;
}
