import 'server-only';
import { geoBounds, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import type { PlaceRecord } from '@/lib/data/schema';
import { countryOutlines } from './countries';
import { POINT_KINDS } from '@/lib/data/validate-places';

// The map's frame, Syria and its neighbours, projected once on the server: the outlines become SVG
// paths, and each place a point or a circle in the same coordinates. Nothing is fetched: the
// outlines are Natural Earth's, from the npm package world-atlas.

/** West, south, east, north, in degrees: Syria with Lebanon, Jordan's north, Turkey's south and Iraq to Kurdistan. */
const FRAME: readonly [number, number, number, number] = [34.2, 31.4, 45.2, 38.1];
export const MAP_WIDTH = 600;

const KM_PER_DEGREE_OF_LATITUDE = 111.32;

function framePolygon(): Feature<Polygon> {
  const [west, south, east, north] = FRAME;
  // Wound clockwise, as d3-geo reads a polygon smaller than a hemisphere.
  const ring: Array<[number, number]> = [[west, south], [west, north], [east, north], [east, south], [west, south]];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

interface Frame {
  projection: GeoProjection;
  width: number;
  height: number;
}

let frame: Frame | undefined;

function mapFrame(): Frame {
  if (!frame) {
    const projection = geoMercator().fitWidth(MAP_WIDTH, framePolygon());
    const [[, top], [, bottom]] = geoPath(projection).bounds(framePolygon());
    const height = Math.round(bottom - top);
    projection.clipExtent([[0, 0], [MAP_WIDTH, height]]);
    frame = { projection, width: MAP_WIDTH, height };
  }
  return frame;
}

export interface Basemap {
  width: number;
  height: number;
  /** The outline of each country in the frame, as SVG path data. */
  countries: Array<{ name: string; d: string }>;
  /** Where the larger countries' names are written. */
  labels: Array<{ name: string; x: number; y: number }>;
}

/** Anchors for the countries' names, in open ground away from the places the events name. */
const COUNTRY_LABELS: ReadonlyArray<[string, number, number]> = [
  ['SYRIA', 39.2, 34.0],
  ['TURKEY', 36.3, 37.85],
  ['IRAQ', 42.4, 32.6],
  ['JORDAN', 37.0, 31.75],
  ['LEBANON', 35.35, 34.15],
];

let basemap: Basemap | undefined;

/** The country outlines in the frame, projected and rounded to a tenth of a pixel. */
export function basemapPaths(): Basemap {
  if (!basemap) {
    const { projection, width, height } = mapFrame();
    const path = geoPath(projection).digits(1);
    const [west, south, east, north] = FRAME;
    const countries = [...countryOutlines().values()]
      .filter((country) => {
        const [[minLon, minLat], [maxLon, maxLat]] = geoBounds(country);
        return maxLon >= west && minLon <= east && maxLat >= south && minLat <= north;
      })
      .map((country) => ({ name: country.properties.name, d: path(country) ?? '' }))
      .filter((country) => country.d !== '');
    const labels = COUNTRY_LABELS.map(([name, lon, lat]) => {
      const [x, y] = projection([lon, lat]) ?? [0, 0];
      return { name, x: Math.round(x), y: Math.round(y) };
    });
    basemap = { width, height, countries, labels };
  }
  return basemap;
}

/** Where a place is drawn: a point, or an area with its radius in map units. */
export interface PlaceGeometry {
  x: number;
  y: number;
  /** Present for an area: the circle of its rough radius. */
  r?: number;
}

/** The place in the map's coordinates; `null` for a place with no coordinates or outside the frame. */
export function placeGeometry(place: Pick<PlaceRecord, 'lat' | 'lon' | 'kind' | 'radiusKm'>): PlaceGeometry | null {
  if (place.lat === undefined || place.lon === undefined) return null;
  const [west, south, east, north] = FRAME;
  if (place.lon < west || place.lon > east || place.lat < south || place.lat > north) return null;
  const { projection } = mapFrame();
  const [x, y] = projection([place.lon, place.lat]) ?? [NaN, NaN];
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  const round = (value: number) => Math.round(value * 10) / 10;
  if (POINT_KINDS.has(place.kind) || place.radiusKm === undefined) return { x: round(x), y: round(y) };
  const [, yNorth] = projection([place.lon, place.lat + place.radiusKm / KM_PER_DEGREE_OF_LATITUDE]) ?? [x, y];
  return { x: round(x), y: round(y), r: round(Math.abs(y - yNorth)) };
}
