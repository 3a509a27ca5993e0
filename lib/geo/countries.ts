import 'server-only';
import { geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';

// Natural Earth's country outlines (1:50m, from the npm package world-atlas), read once: the map
// draws them, and the data check asks whether a place's coordinates fall inside its country.

export type CountryFeature = Feature<Geometry, { name: string }>;

let byName: ReadonlyMap<string, CountryFeature> | undefined;

/** Every country outline, by its Natural Earth name ("Syria", "Iraq"). */
export function countryOutlines(): ReadonlyMap<string, CountryFeature> {
  if (!byName) {
    const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries);
    byName = new Map(collection.features.map((country) => [country.properties.name, country as CountryFeature]));
  }
  return byName;
}

/** Whether the point lies inside the named country's outline; `null` when no country has that name. */
export function isInCountry(country: string, lon: number, lat: number): boolean | null {
  const outline = countryOutlines().get(country);
  return outline ? geoContains(outline, [lon, lat]) : null;
}
