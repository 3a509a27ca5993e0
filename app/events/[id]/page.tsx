import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCatalog } from '@/lib/data/catalog';
import { formatEventDate } from '@/lib/dates/partial-date';
import { EVENT_EMBED_SIZE, eventTitle } from '@/lib/publish/embed';
import { eventMetadata } from '@/lib/publish/page-metadata';
import { absoluteUrl, eventEmbedPath, eventPath, siteUrl } from '@/lib/publish/site';
import { eventJsonLd, jsonLdScript } from '@/lib/publish/structured-data';
import { viewHref, EMPTY_VIEW } from '@/lib/view/url-state';
import { CiteControl } from '../../_components/cite-control';
import { ShareControl } from '../../_components/share-control';
import { EventDateLine, EventDetails } from '../../_components/event-details';

interface EventPageProps {
  params: Promise<{ id: string }>;
}

// Event pages are made at build time; past a few thousand events (a generated benchmark dataset)
// the rest are made on first request instead, so builds stay quick. An unknown id is a 404 either way.
const PRERENDERED_EVENTS = 2_000;
export const dynamicParams = true;

export function generateStaticParams() {
  return getCatalog()
    .events.slice(0, PRERENDERED_EVENTS)
    .map((event) => ({ id: event.id }));
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { id } = await params;
  const catalog = getCatalog();
  const event = catalog.eventById.get(id);
  return event ? eventMetadata(event, catalog) : {};
}

export default async function EventPage({ params }: EventPageProps) {
  const { id } = await params;
  const catalog = getCatalog();
  const event = catalog.eventById.get(id);
  if (!event) notFound();
  const index = catalog.events.indexOf(event);
  const previous = catalog.events[index - 1];
  const next = catalog.events[index + 1];
  const permalink = absoluteUrl(eventPath(event.id));
  return (
    <main className="page page-narrow">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(eventJsonLd(event, catalog, permalink)) }} />
      {/* No link on this page is prefetched: a visitor who lands here loads this page, not the ones it links to. */}
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/" prefetch={false}>The Syrian war, 2011–2024</Link> › Event
      </nav>
      <article className="event-page" data-event-id={event.id}>
        <EventDateLine event={event} />
        <h1>{event.title}</h1>
        <p>
          <Link href={viewHref(EMPTY_VIEW, { event: event.id })} prefetch={false}>See it on the timeline</Link>
        </p>
        <EventDetails event={event} catalog={catalog} headingLevel={2} />
        <CiteControl eventId={event.id} permalink={permalink} />
        <ShareControl
          what="this event"
          permalink={permalink}
          frame={{ src: absoluteUrl(eventEmbedPath(event.id)), title: eventTitle(event.title, formatEventDate(event)), ...EVENT_EMBED_SIZE }}
          site={siteUrl()}
        />
      </article>
      <nav className="panel-nav" aria-label="Walk through events">
        {previous ? (
          <Link href={eventPath(previous.id)} prefetch={false} rel="prev">
            ← {previous.title}
          </Link>
        ) : (
          <span className="muted">First event</span>
        )}
        {next ? (
          <Link href={eventPath(next.id)} prefetch={false} rel="next">
            {next.title} →
          </Link>
        ) : (
          <span className="muted">Last event</span>
        )}
      </nav>
    </main>
  );
}
