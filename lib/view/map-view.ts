import 'server-only';
import type { Catalog } from '@/lib/data/catalog';
import { basemapPaths, type Basemap } from '@/lib/geo/map-frame';
import { mapPlaces, type MapPlace } from '@/lib/geo/map-places';
import { decodeMask } from '@/lib/timeline/mask';
import { placeCounts, type PlaceCounts } from '@/lib/timeline/place-counts';
import type { ViewState } from './url-state';
import { timelineIndex } from './view';

/** What the timeline page's map shows for a view, as plain data for its components. */
export interface MapView {
  basemap: Basemap;
  places: MapPlace[];
  /** The view's events by place, `[place id, events, camp position]`, and its events that name no place. */
  counts: Array<[string, number, number]>;
  unplaced: number;
  /** The places of the selected event. */
  highlighted: string[];
  /** The place the view is filtered to. */
  chosen?: { id: string; name: string };
}

/** The map for a view: the same counts the browser works out from the index, over every day. */
export function mapView(catalog: Catalog, state: ViewState, mask: string | null): MapView {
  const index = timelineIndex(catalog);
  const counts: PlaceCounts = index ? placeCounts(index, mask === null ? null : decodeMask(mask, index.size), null) : { byPlace: new Map(), unplaced: 0 };
  const selected = state.event === undefined ? undefined : catalog.eventById.get(state.event);
  const chosen = state.place === undefined ? undefined : catalog.placeById.get(state.place);
  return {
    basemap: basemapPaths(),
    places: mapPlaces(catalog.places),
    counts: [...counts.byPlace].map(([id, { count, camp }]) => [id, count, camp]),
    unplaced: counts.unplaced,
    highlighted: selected?.place?.ids ?? [],
    ...(chosen && { chosen: { id: chosen.id, name: chosen.name } }),
  };
}
