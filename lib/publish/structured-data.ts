import 'server-only';
import type { Catalog } from '@/lib/data/catalog';
import { firstDay, lastDayOf, parsePartialDate } from '@/lib/dates/partial-date';
import type { Source, Story, TimelineEvent } from '@/lib/data/schema';
import { SITE_LANGUAGE, SITE_NAME, SITE_PUBLISHER } from '@/lib/publish/site';
import { citedSources } from '@/lib/data/event-sources';
import { eventVersion } from '@/lib/data/versions';

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no data can close the tag. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function newsArticle(source: Source) {
  return {
    '@type': 'NewsArticle',
    headline: source.title,
    publisher: { '@type': 'Organization', name: source.outlet },
    ...(source.author && { author: { '@type': 'Person', name: source.author } }),
    datePublished: source.published,
    ...(source.url && { url: source.url }),
  };
}

/** What every citable page says of itself: where it is, its name, its versions, and whose it is. */
function citablePage(permalink: string, name: string, record: Parameters<typeof eventVersion>[0]) {
  const version = eventVersion(record);
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: permalink,
    name,
    datePublished: version.published,
    dateModified: version.modified,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME },
    publisher: { '@type': 'Organization', name: SITE_PUBLISHER },
    inLanguage: SITE_LANGUAGE,
  };
}

export function eventJsonLd(event: TimelineEvent, catalog: Pick<Catalog, 'sourceById'>, permalink: string) {
  const start = parsePartialDate(event.start);
  const sources = citedSources(event, catalog.sourceById);
  return {
    ...citablePage(permalink, event.title, event),
    about: {
      '@type': 'Event',
      name: event.title,
      description: event.summary,
      startDate: start ? (event.precision === 'day' ? event.start : firstDay(start)) : event.start,
      ...((event.end !== undefined || event.precision !== 'day') && { endDate: lastDayOf(event) }),
      ...(event.place && {
        location: { '@type': 'Place', name: [event.place.name, event.place.governorate, event.place.country].filter(Boolean).join(', ') },
      }),
    },
    citation: sources.map(newsArticle),
  };
}

/** A story's page: a WebPage whose parts are its steps' events, in order, and which cites their articles. */
export function storyJsonLd(story: Story, catalog: Pick<Catalog, 'sourceById' | 'eventById'>, permalink: string, eventUrl: (id: string) => string) {
  const events = story.steps.flatMap(({ event }) => catalog.eventById.get(event) ?? []);
  return {
    ...citablePage(permalink, story.title, story),
    description: story.introduction,
    mainEntity: {
      '@type': 'ItemList',
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      itemListElement: events.map((event, at) => ({ '@type': 'ListItem', position: at + 1, name: event.title, url: eventUrl(event.id) })),
    },
    citation: [...new Set(events.flatMap((event) => citedSources(event, catalog.sourceById)))].map(newsArticle),
  };
}
