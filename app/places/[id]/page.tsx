import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCatalog } from '@/lib/data/catalog';
import { PLACE_KIND_LABELS } from '@/lib/data/labels';
import type { PlaceRecord } from '@/lib/data/schema';
import { basemapPaths, placeGeometry } from '@/lib/geo/map-frame';
import { absoluteUrl, eventPath, placePath, SITE_NAME } from '@/lib/publish/site';
import { toListEntry } from '@/lib/timeline/entries';
import { EMPTY_VIEW, viewHref } from '@/lib/view/url-state';
import { EventList } from '../../_components/event-list';
import { PlaceLocator } from '../../_components/place-locator';

interface PlacePageProps {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().places.map((place) => ({ id: place.id }));
}

function describe(place: PlaceRecord): string {
  const governorate = place.kind === 'governorate' ? undefined : place.governorate;
  return [PLACE_KIND_LABELS[place.kind], governorate && `${governorate} governorate`, place.kind === 'country' ? undefined : place.country]
    .filter(Boolean)
    .join(', ');
}

export async function generateMetadata({ params }: PlacePageProps): Promise<Metadata> {
  const { id } = await params;
  const place = getCatalog().placeById.get(id);
  if (!place) return {};
  const url = absoluteUrl(placePath(place.id));
  const description = `${place.name} (${describe(place)}): the events of the timeline that took place there, with their sources.`;
  return {
    title: place.name,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title: place.name, description, url, siteName: SITE_NAME },
  };
}

export default async function PlacePage({ params }: PlacePageProps) {
  const { id } = await params;
  const catalog = getCatalog();
  const place = catalog.placeById.get(id);
  if (!place) notFound();
  const events = catalog.events.filter((event) => event.place?.ids.includes(place.id));
  const geometry = placeGeometry(place);
  const { source } = place;
  return (
    <main className="page page-narrow">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">The Syrian war, 2011–2024</Link> › Place
      </nav>
      <h1>{place.name}</h1>
      <p>{describe(place)}</p>
      {place.notes && (
        <p className="notes">
          <span className="label">Note:</span> {place.notes}
        </p>
      )}
      <dl className="facts">
        {place.aliases.length > 0 && (
          <>
            <dt>In the articles</dt>
            <dd>{place.aliases.map((alias) => `“${alias}”`).join(', ')}</dd>
          </>
        )}
        <dt>Where</dt>
        <dd>
          {place.lat !== undefined && place.lon !== undefined
            ? `${place.lat}° N, ${place.lon}° E${place.radiusKm === undefined ? '' : `, an area of roughly ${place.radiusKm} km around that point`}`
            : 'Not on the map: the articles give it only as a country or a broad region, or no gazetteer locates it.'}
        </dd>
        {source && (
          <>
            <dt>Coordinates from</dt>
            <dd>
              {source.gazetteer}
              {source.id && ` record ${source.id}`}
              {source.entry && `, entry “${source.entry}”`}
              {source.url && (
                <>
                  {' '}
                  (
                  <a href={source.url} rel="noopener noreferrer external">
                    {source.url}
                  </a>
                  )
                </>
              )}
              {source.note && <span className="muted">. {source.note}</span>}
            </dd>
          </>
        )}
      </dl>
      {geometry ? (
        <PlaceLocator basemap={basemapPaths()} geometry={geometry} name={place.name} />
      ) : (
        place.lat !== undefined && <p className="muted">It lies beyond this site’s map of Syria and its neighbours.</p>
      )}
      <p>
        <Link href={viewHref({ ...EMPTY_VIEW, place: place.id })}>See the events at {place.name} on the timeline</Link>
      </p>
      <section aria-labelledby="place-events-heading">
        <h2 id="place-events-heading">
          {events.length} event{events.length === 1 ? '' : 's'} in order
        </h2>
        <EventList entries={events.map((event) => toListEntry(event, catalog))} hrefOf={eventPath} />
      </section>
    </main>
  );
}
