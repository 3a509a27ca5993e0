import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCatalog } from '@/lib/data/catalog';
import { absoluteUrl, eventPath, SITE_NAME, sourcePath } from '@/lib/publish/site';
import { toListEntry } from '@/lib/timeline/entries';
import { publishedLabel } from '../../_components/event-details';
import { EventList } from '../../_components/event-list';
import { citedSourceIds } from '@/lib/data/event-sources';

interface SourcePageProps {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().sources.map((source) => ({ id: source.id }));
}

export async function generateMetadata({ params }: SourcePageProps): Promise<Metadata> {
  const { id } = await params;
  const source = getCatalog().sourceById.get(id);
  if (!source) return {};
  const url = absoluteUrl(sourcePath(source.id));
  const description = `${source.outlet}, ${publishedLabel(source)}: the events the timeline draws from this article.`;
  return {
    title: source.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title: source.title, description, url, siteName: SITE_NAME },
  };
}

export default async function SourcePage({ params }: SourcePageProps) {
  const { id } = await params;
  const catalog = getCatalog();
  const source = catalog.sourceById.get(id);
  if (!source) notFound();
  const events = catalog.events.filter((event) => citedSourceIds(event).includes(source.id));
  return (
    <main className="page page-narrow">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/" prefetch={false}>The Syrian war, 2011–2024</Link> › Source
      </nav>
      <h1>{source.title}</h1>
      <dl className="facts">
        <dt>Outlet</dt>
        <dd>{source.outlet}</dd>
        <dt>Author</dt>
        <dd>{source.author ? `${source.author}${source.authorConfidence ? ` (confidence: ${source.authorConfidence})` : ''}` : 'not known'}</dd>
        <dt>Published</dt>
        <dd>
          {publishedLabel(source)}
          {source.publishedNote && <span className="muted"> — {source.publishedNote}</span>}
        </dd>
        <dt>Confidence</dt>
        <dd>{source.confidence.replace(/-/g, ' ')} (how sure we are of this metadata)</dd>
        <dt>Original</dt>
        <dd>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer external" target="_blank">
              {source.url}
            </a>
          ) : (
            'address not known'
          )}
        </dd>
      </dl>
      <section aria-labelledby="source-events-heading">
        <h2 id="source-events-heading">
          {events.length} event{events.length === 1 ? '' : 's'} drawn from this article
        </h2>
        <EventList entries={events.map((event) => toListEntry(event, catalog))} hrefOf={eventPath} />
      </section>
    </main>
  );
}
