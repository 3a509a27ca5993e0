import { placePath } from '@/lib/publish/site';
import { viewHref, type ViewState } from '@/lib/view/url-state';
import type { MapView } from '@/lib/view/map-view';
import { Basemap } from './basemap';
import { PlaceMap } from './place-map';

export interface PlaceMapRegionProps {
  map: MapView;
  state: ViewState;
  /** Story mode: the path through the story's steps that have a place. */
  storyPath?: ReadonlyArray<readonly [number, number, number]> | undefined;
}

/** The map region of the timeline page: drawn whole on the server, then kept in step with the chart's window. */
export function PlaceMapRegion({ map, state, storyPath }: PlaceMapRegionProps) {
  const { basemap, chosen } = map;
  return (
    <section className="map-region" aria-labelledby="map-heading">
      <div className="region-heading">
        <h2 id="map-heading">Where it happened</h2>
        <p className="map-key">
          <span className="key-point" aria-hidden="true" /> a town or site, sized by its events;{' '}
          <span className="key-area" aria-hidden="true" /> an area (a district or governorate) at its rough extent. Coloured by the camp of most of
          its events; the map follows the timeline’s window.
        </p>
      </div>
      {chosen && (
        <p className="map-chosen">
          Showing the events at {chosen.name}. <a href={viewHref(state, { place: undefined })}>Show every place</a> ·{' '}
          <a href={placePath(chosen.id)}>About {chosen.name}</a>
        </p>
      )}
      <PlaceMap
        width={basemap.width}
        height={basemap.height}
        places={map.places}
        initial={{ counts: map.counts, unplaced: map.unplaced }}
        highlighted={map.highlighted}
        storyPath={storyPath}
        basemap={<Basemap countries={basemap.countries} labels={basemap.labels} />}
      />
    </section>
  );
}
