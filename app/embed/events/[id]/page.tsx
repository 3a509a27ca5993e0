import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCatalog } from '@/lib/data/catalog';
import { eventCamp } from '@/lib/data/labels';
import { formatEventDate } from '@/lib/dates/partial-date';
import { eventTitle } from '@/lib/publish/embed';
import { absoluteUrl, eventPath, SITE_NAME } from '@/lib/publish/site';
import { CitationView, EventDateLine } from '../../../_components/event-details';
import { SiteLink } from '../../../_components/site-link';

// One event as a card for another site's article: its date, its title, its first quote and where
// that comes from, and the way to its permanent page. The frame is sized to the card.

interface EventCardPageProps {
  params: Promise<{ id: string }>;
}

// Made on first request, then kept: framed cards are few next to the events there are.
export const dynamicParams = true;
export function generateStaticParams(): Array<{ id: string }> {
  return [];
}

export async function generateMetadata({ params }: EventCardPageProps): Promise<Metadata> {
  const { id } = await params;
  const event = getCatalog().eventById.get(id);
  if (!event) return {};
  return {
    title: { absolute: eventTitle(event.title, formatEventDate(event)) },
    alternates: { canonical: absoluteUrl(eventPath(event.id)) },
    robots: { index: false },
  };
}

export default async function EventCardPage({ params }: EventCardPageProps) {
  const { id } = await params;
  const catalog = getCatalog();
  const event = catalog.eventById.get(id);
  if (!event) notFound();
  const citation = event.citations[0];
  return (
    <main className={`embed-card camp-${eventCamp(event, catalog.actorById)}`} data-event-id={event.id}>
      <EventDateLine event={event} />
      <h1>{event.title}</h1>
      {citation && <CitationView citation={citation} source={catalog.sourceById.get(citation.source)} linkTarget="_top" />}
      <p className="embed-card-footer">
        <SiteLink href={eventPath(event.id)} target="_top">
          Every source, and how to cite it
        </SiteLink>
        {' · '}
        <SiteLink href="/" target="_top">
          {SITE_NAME}
        </SiteLink>
      </p>
    </main>
  );
}
