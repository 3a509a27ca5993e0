import type { Basemap as BasemapData } from '@/lib/geo/map-frame';

/** The country outlines of the map's frame; Syria stands out from its neighbours. */
export function Basemap({ countries, labels }: Pick<BasemapData, 'countries' | 'labels'>) {
  return (
    <g className="basemap" aria-hidden="true">
      {countries.map((country) => (
        <path key={country.name} d={country.d} className={country.name === 'Syria' ? 'country is-syria' : 'country'} />
      ))}
      {labels.map((label) => (
        <text key={label.name} x={label.x} y={label.y} className="country-name">
          {label.name}
        </text>
      ))}
    </g>
  );
}
