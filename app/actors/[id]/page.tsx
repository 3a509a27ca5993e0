import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCatalog } from '@/lib/data/catalog';
import { CAMP_LABELS } from '@/lib/data/labels';
import { oembedDiscovery } from '@/lib/publish/page-metadata';
import { absoluteUrl, actorPath, eventPath, SITE_NAME } from '@/lib/publish/site';
import { EMPTY_VIEW, viewHref } from '@/lib/view/url-state';
import { timelineIndexUrl } from '@/lib/view/view';
import { toListEntry } from '@/lib/timeline/entries';
import { EventList } from '../../_components/event-list';
import { TimelineChart } from '../../_components/timeline-chart';
import { ViewStateProvider } from '../../_components/view-state';

interface ActorPageProps {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().actors.map((actor) => ({ id: actor.id }));
}

export async function generateMetadata({ params }: ActorPageProps): Promise<Metadata> {
  const { id } = await params;
  const actor = getCatalog().actorById.get(id);
  if (!actor) return {};
  const url = absoluteUrl(actorPath(actor.id));
  return {
    title: actor.name,
    description: actor.description,
    alternates: { canonical: url, types: oembedDiscovery(url) },
    openGraph: { type: 'website', title: actor.name, description: actor.description, url, siteName: SITE_NAME },
  };
}

export default async function ActorPage({ params }: ActorPageProps) {
  const { id } = await params;
  const catalog = getCatalog();
  const actor = catalog.actorById.get(id);
  if (!actor) notFound();
  const events = catalog.events.filter((event) => event.actors.some((a) => a.actor === actor.id));
  const related = catalog.actors.flatMap((other) =>
    (other.relations ?? []).filter((relation) => relation.actor === actor.id).map((relation) => ({ other, relation })),
  );
  return (
    <main className="page">
      {/* No link on this page is prefetched: a visitor who lands here loads this page and its chart, nothing else. */}
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/" prefetch={false}>The Syrian war, 2011–2024</Link> › Actor
      </nav>
      <h1>{actor.name}</h1>
      <p>{actor.description}</p>
      {actor.notes && (
        <p className="notes">
          <span className="label">Note:</span> {actor.notes}
        </p>
      )}
      <dl className="facts">
        <dt>Camp</dt>
        <dd>{CAMP_LABELS[actor.camp]}</dd>
        <dt>Kind</dt>
        <dd>{actor.kind.replace('-', ' ')}</dd>
        {actor.aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{actor.aliases.join(', ')}</dd>
          </>
        )}
        {(actor.relations?.length || related.length > 0) && (
          <>
            <dt>Relations</dt>
            <dd>
              <ul className="actor-roles">
                {actor.relations?.map((relation) => (
                  <li key={`own-${relation.actor}-${relation.relation}`}>
                    {relation.relation} <Link href={actorPath(relation.actor)} prefetch={false}>{catalog.actorById.get(relation.actor)?.name ?? relation.actor}</Link>
                  </li>
                ))}
                {related.map(({ other, relation }) => (
                  <li key={`other-${other.id}-${relation.relation}`}>
                    <Link href={actorPath(other.id)} prefetch={false}>{other.name}</Link>: {relation.relation} {actor.name}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p>
        <Link href={viewHref({ ...EMPTY_VIEW, actors: [actor.id] })} prefetch={false}>See {actor.name} on the full timeline</Link>
      </p>
      <section className="timeline-region" aria-labelledby="actor-timeline-heading">
        <h2 id="actor-timeline-heading">Timeline</h2>
        <ViewStateProvider state={{ ...EMPTY_VIEW, actors: [actor.id] }} indexUrl={timelineIndexUrl(catalog)} searchMask={null}>
          <TimelineChart selectTo="event-page" />
        </ViewStateProvider>
      </section>
      <section aria-labelledby="actor-events-heading">
        <h2 id="actor-events-heading">
          {events.length} event{events.length === 1 ? '' : 's'} in order
        </h2>
        <EventList entries={events.map((event) => toListEntry(event, catalog))} hrefOf={eventPath} />
      </section>
    </main>
  );
}
