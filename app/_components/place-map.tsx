'use client';

import { useMemo, type MouseEvent, type ReactNode } from 'react';
import { CAMPS } from '@/lib/data/vocabulary';
import { fromDayNumber } from '@/lib/dates/day-number';
import { placeCounts, placesOfEvent, type PlaceTally } from '@/lib/timeline/place-counts';
import { countText } from '@/lib/view/count-text';
import { viewHref, type ViewState } from '@/lib/view/url-state';
import type { MapPlace } from '@/lib/geo/map-places';
import { useChartWindow } from './chart/window-store';
import { StoryPath, StoryStops } from './story-path';
import { useView } from './view-state';

export interface PlaceMapProps {
  width: number;
  height: number;
  /** Every place; those without `x` and `y` are off the map and listed beside it. */
  places: ReadonlyArray<MapPlace>;
  /** What the server counted for the view it rendered: `[place id, events, camp position]`, and the events with no place. */
  initial: { counts: ReadonlyArray<readonly [string, number, number]>; unplaced: number };
  /** The places of the event the server rendered as selected. */
  highlighted: ReadonlyArray<string>;
  /** The country outlines, drawn on the server. */
  basemap: ReactNode;
  /** Story mode: the path through the story's steps that have a place, `[x, y, step]`. */
  storyPath?: ReadonlyArray<readonly [number, number, number]> | undefined;
}

const label = (name: string, count: number) => `${name}: ${countText(count)} event${count === 1 ? '' : 's'}`;

/** A point's radius grows with the square root of its events, so that its area reads as their number. */
const pointRadius = (count: number) => Math.min(22, 3.5 + 2.2 * Math.sqrt(count));

/**
 * The map of the view's places: a marker for each place its events name, sized by their number and
 * coloured by the camp of most of them, each a link that filters the view to that place. Once the
 * index is there it counts the events in the timeline's window, so it follows the chart.
 */
export function PlaceMap({ width, height, places, initial, highlighted, basemap, storyPath }: PlaceMapProps) {
  const { state, shown, navigate } = useView();
  const chartWindow = useChartWindow();
  const live = useMemo(() => (shown ? placeCounts(shown.index, shown.bits, chartWindow) : null), [shown, chartWindow]);
  const rendered = useMemo(() => new Map(initial.counts.map(([id, count, camp]) => [id, { count, camp }])), [initial]);
  const counts: ReadonlyMap<string, PlaceTally> = live?.byPlace ?? rendered;
  const unplaced = live?.unplaced ?? initial.unplaced;
  const selected = new Set(shown ? placesOfEvent(shown.index, state.event) : highlighted);

  const marked = places.flatMap((place) => {
    const tally = counts.get(place.id);
    return tally ? [{ place, ...tally }] : [];
  });
  const onMap = marked.filter(({ place }) => place.x !== undefined && place.y !== undefined);
  const offMap = marked.filter(({ place }) => place.x === undefined || place.y === undefined).sort((a, b) => b.count - a.count);
  // Areas under points, the largest first, so that nothing is hidden under something bigger.
  const drawOrder = [...onMap].sort((a, b) => (a.place.r === undefined) !== (b.place.r === undefined) ? (a.place.r === undefined ? 1 : -1) : (b.place.r ?? pointRadius(b.count)) - (a.place.r ?? pointRadius(a.count)));

  const choose = (next: ViewState) => (event: MouseEvent) => {
    // A new tab or window keeps the browser's own handling.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(next, 'push');
  };
  const linkTo = (id: string) => {
    const chosen = state.place === id;
    const next: ViewState = chosen ? { ...state } : { ...state, place: id };
    if (chosen) delete next.place;
    return { href: viewHref(next), onClick: choose(next), chosen };
  };

  return (
    <div
      className="place-map"
      data-window-start={chartWindow && live ? fromDayNumber(chartWindow.first) : ''}
      data-window-end={chartWindow && live ? fromDayNumber(chartWindow.last) : ''}
      data-markers={onMap.length}
    >
      <svg viewBox={`0 0 ${width} ${height}`} className="place-map-svg" role="group" aria-label="Map of Syria and its neighbours">
        {basemap}
        {storyPath && <StoryPath points={storyPath} />}
        {drawOrder.map(({ place, count, camp }) => {
          const { href, onClick, chosen } = linkTo(place.id);
          const area = place.r !== undefined;
          const classes = ['map-marker', `camp-${CAMPS[camp] ?? 'other'}`, area ? 'is-area' : 'is-point', selected.has(place.id) ? 'is-selected' : '', chosen ? 'is-chosen' : '']
            .filter(Boolean)
            .join(' ');
          const r = place.r ?? pointRadius(count);
          return (
            <a key={place.id} href={href} onClick={onClick} className={classes} aria-label={chosen ? `${label(place.name, count)} (chosen: show every place)` : label(place.name, count)} data-place-id={place.id}>
              <title>{label(place.name, count)}</title>
              <circle cx={place.x} cy={place.y} r={r} />
              {!area && r >= 8 && (
                <text x={place.x} y={place.y} dy="0.35em" className="marker-count" aria-hidden="true">
                  {count}
                </text>
              )}
            </a>
          );
        })}
        {storyPath && <StoryStops points={storyPath} current={state.step} />}
        {/* Names above every marker, so that no circle hides one. */}
        <g className="marker-names" aria-hidden="true">
          {drawOrder.map(({ place, count }) =>
            place.r === undefined ? (
              <text key={place.id} x={(place.x ?? 0) + pointRadius(count) + 2} y={place.y} dy="0.35em">
                {place.name}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <p className="map-elsewhere">
        {offMap.length > 0 && (
          <>
            Not on the map (given only as a country or a broad region, not located, or beyond this map):{' '}
            {offMap.map(({ place, count }, at) => {
              const { href, onClick, chosen } = linkTo(place.id);
              return (
                <span key={place.id}>
                  {at > 0 && ' · '}
                  <a href={href} onClick={onClick} aria-current={chosen ? 'true' : undefined} data-place-id={place.id}>
                    {label(place.name, count)}
                  </a>
                </span>
              );
            })}
            .{' '}
          </>
        )}
        {unplaced > 0 && `${countText(unplaced)} ${unplaced === 1 ? 'event gives' : 'events give'} no place.`}
      </p>
    </div>
  );
}
