import type { Basemap as BasemapData, PlaceGeometry } from '@/lib/geo/map-frame';
import { Basemap } from './basemap';

export interface PlaceLocatorProps {
  basemap: BasemapData;
  geometry: PlaceGeometry;
  name: string;
}

/** A small map centred on one place: its point, or the circle of its rough extent. No script. */
export function PlaceLocator({ basemap, geometry, name }: PlaceLocatorProps) {
  // About a third of the whole frame, or more to hold an area with room around it; kept inside the frame.
  const scale = Math.min(1, Math.max(1 / 2.5, ((geometry.r ?? 0) * 3.2) / basemap.height));
  const width = Math.round(basemap.width * scale);
  const height = Math.round(basemap.height * scale);
  const left = Math.min(Math.max(geometry.x - width / 2, 0), basemap.width - width);
  const top = Math.min(Math.max(geometry.y - height / 2, 0), basemap.height - height);
  return (
    <svg viewBox={`${left} ${top} ${width} ${height}`} className="place-map-svg place-locator" role="img" aria-label={`Map: where ${name} lies`}>
      <Basemap countries={basemap.countries} labels={basemap.labels} />
      <g className={`map-marker camp-other ${geometry.r === undefined ? 'is-point is-selected' : 'is-area is-selected'}`}>
        <circle cx={geometry.x} cy={geometry.y} r={geometry.r ?? 4} />
      </g>
    </svg>
  );
}
