import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCatalog } from '@/lib/data/catalog';
import { eventVersion } from '@/lib/data/versions';
import { formatDay, formatEventDate } from '@/lib/dates/partial-date';
import { TIMELINE_EMBED_SIZE } from '@/lib/publish/embed';
import { storyMetadata } from '@/lib/publish/page-metadata';
import { absoluteUrl, eventPath, siteUrl, storyEmbedPath, storyPath } from '@/lib/publish/site';
import { jsonLdScript, storyJsonLd } from '@/lib/publish/structured-data';
import { EMPTY_VIEW, viewHref } from '@/lib/view/url-state';
import { storySpan, storySteps } from '@/lib/view/story-view';
import { CiteControl } from '../../_components/cite-control';
import { CitationView } from '../../_components/event-details';
import { ShareControl } from '../../_components/share-control';
import '../stories.css';

interface StoryPageProps {
  params: Promise<{ id: string }>;
}

export const dynamicParams = true;

export function generateStaticParams() {
  return getCatalog().stories.map((story) => ({ id: story.id }));
}

export async function generateMetadata({ params }: StoryPageProps): Promise<Metadata> {
  const { id } = await params;
  const catalog = getCatalog();
  const story = catalog.storyById.get(id);
  return story ? storyMetadata(story, catalog) : {};
}

/** A story, whole, as one citable page: readable without JavaScript, and printable as a document. */
export default async function StoryPage({ params }: StoryPageProps) {
  const { id } = await params;
  const catalog = getCatalog();
  const story = catalog.storyById.get(id);
  if (!story) notFound();
  const permalink = absoluteUrl(storyPath(story.id));
  const steps = storySteps(story, catalog);
  const version = eventVersion(story);
  const stepHref = (number: number, eventId: string) => viewHref(EMPTY_VIEW, { story: story.id, step: number, event: eventId });
  return (
    <main className="page page-narrow story-page">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScript(storyJsonLd(story, catalog, permalink, (eventId) => absoluteUrl(eventPath(eventId)))) }}
      />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/" prefetch={false}>
          The Syrian war, 2011–2024
        </Link>{' '}
        ›{' '}
        <Link href="/stories" prefetch={false}>
          Stories
        </Link>
      </nav>
      <article data-story-id={story.id}>
        <header className="story-header">
          <p className="story-meta muted">
            A story in {steps.length} steps · {storySpan(story, catalog)}
          </p>
          <h1>{story.title}</h1>
          <p className="story-intro">{story.introduction}</p>
          <p className="version-note">
            First published {formatDay(version.published)}
            {version.latest && `; revised ${formatDay(version.modified)} (${version.latest.reason})`}. Permalink:{' '}
            <a href={permalink} className="print-url">
              {permalink}
            </a>
          </p>
          <p className="story-actions">
            <Link href={stepHref(1, story.steps[0]?.event ?? '')} prefetch={false} className="story-start">
              Follow it on the timeline
            </Link>
          </p>
          <div className="story-controls">
            <CiteControl storyId={story.id} permalink={permalink} />
            <ShareControl
              what="this story"
              permalink={permalink}
              frame={{ src: absoluteUrl(storyEmbedPath(story.id)), title: `${story.title}: a story in ${steps.length} steps`, ...TIMELINE_EMBED_SIZE }}
              site={siteUrl()}
            />
          </div>
        </header>
        <ol className="story-steps">
          {steps.map(({ number, text, event, quote, source }) => (
            <li key={event.id} id={`step-${number}`} data-event-id={event.id} className="story-step">
              <p className="story-step-date muted">
                Step {number} of {steps.length} · <time>{formatEventDate(event)}</time>
              </p>
              <h2>{event.title}</h2>
              <p className="story-step-text">{text}</p>
              <CitationView citation={quote} source={source} />
              <p className="story-step-links">
                <Link href={eventPath(event.id)} prefetch={false}>
                  The event, with all its sources
                </Link>
                {' · '}
                <Link href={stepHref(number, event.id)} prefetch={false}>
                  This step on the timeline
                </Link>
                <span className="print-only"> · {absoluteUrl(eventPath(event.id))}</span>
              </p>
            </li>
          ))}
        </ol>
      </article>
    </main>
  );
}
