import 'server-only';
import type { Metadata } from 'next';
import type { Catalog } from '@/lib/data/catalog';
import { citedSources } from '@/lib/data/event-sources';
import type { Source, Story, TimelineEvent } from '@/lib/data/schema';
import { eventVersion } from '@/lib/data/versions';
import { formatEventDate } from '@/lib/dates/partial-date';
import { oembedUrl } from '@/lib/publish/oembed';
import { absoluteUrl, eventPath, SITE_LANGUAGE, storyPath, SITE_NAME, SITE_PUBLISHER, siteUrl } from '@/lib/publish/site';

// What the <head> of a page tells link previews, oEmbed consumers and reference managers.

/** The oEmbed discovery `<link>` of a page that can be embedded. */
export function oembedDiscovery(pageUrl: string, env: NodeJS.ProcessEnv = process.env): NonNullable<Metadata['alternates']>['types'] {
  return { 'application/json+oembed': oembedUrl(pageUrl, siteUrl(env)) };
}

function highwireDate(published: string): string {
  return published.replace(/-/g, '/');
}

/**
 * An event page's metadata (a story page's is made the same way). Zotero's Embedded Metadata translator (the browser connector's) and
 * similar readers decide the item type from these tags: `og:type=website` with `og:site_name` makes
 * a Web Page whose website title is the site's name. A `citation_title` with no type hint would
 * make it a Journal Article, so the title comes from `og:title` alone; `DC.type` would leak into a
 * "website type" field, so there is none. Author tags are left out too: Zotero splits any name of
 * several words into a first and last name, which mangles an organisation's.
 */
export function eventMetadata(event: TimelineEvent, catalog: Pick<Catalog, 'sourceById'>, env: NodeJS.ProcessEnv = process.env): Metadata {
  return citablePageMetadata(
    {
      url: absoluteUrl(eventPath(event.id), env),
      title: `${event.title} (${formatEventDate(event)})`,
      description: event.summary,
      published: eventVersion(event).published,
      sources: citedSources(event, catalog.sourceById),
    },
    env,
  );
}

/** A story's page: the same tags as an event's, its sources being every article its steps' events cite. */
export function storyMetadata(story: Story, catalog: Pick<Catalog, 'sourceById' | 'eventById'>, env: NodeJS.ProcessEnv = process.env): Metadata {
  const events = story.steps.flatMap(({ event }) => catalog.eventById.get(event) ?? []);
  const sourceIds = [...new Set(events.flatMap((event) => citedSources(event, catalog.sourceById)))];
  return citablePageMetadata(
    {
      url: absoluteUrl(storyPath(story.id), env),
      title: `${story.title}: a story in ${story.steps.length} steps`,
      description: story.introduction,
      published: eventVersion(story).published,
      sources: sourceIds,
    },
    env,
  );
}

interface CitablePage {
  url: string;
  title: string;
  description: string;
  /** The page's first publication, `YYYY-MM-DD`. */
  published: string;
  sources: ReadonlyArray<Source>;
}

function citablePageMetadata({ url, title, description, published, sources }: CitablePage, env: NodeJS.ProcessEnv): Metadata {
  return {
    // The title as it is, without the site's suffix: reference managers take it from here.
    title: { absolute: title },
    description,
    alternates: { canonical: url, types: oembedDiscovery(url, env) },
    openGraph: { type: 'website', title, description, url, siteName: SITE_NAME },
    twitter: { card: 'summary_large_image', title, description },
    // Highwire Press tags, read by Zotero and Google Scholar, without the one that names a type.
    // The publication date is the page's first publication (never the build's); its revisions are
    // on the page and in the JSON-LD's dateModified.
    other: {
      citation_publication_date: highwireDate(published),
      citation_publisher: SITE_PUBLISHER,
      citation_public_url: url,
      citation_language: SITE_LANGUAGE,
      citation_reference: sources.map((source) =>
        [
          `citation_title=${source.title}`,
          source.author && `citation_author=${source.author}`,
          `citation_journal_title=${source.outlet}`,
          `citation_publication_date=${highwireDate(source.published)}`,
          source.url && `citation_public_url=${source.url}`,
        ]
          .filter(Boolean)
          .join('; '),
      ),
    },
  };
}
