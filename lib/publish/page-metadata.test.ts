import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { eventMetadata, oembedDiscovery, storyMetadata } from '@/lib/publish/page-metadata';
import { SITE_NAME, SITE_PUBLISHER } from '@/lib/publish/site';

const TANF = 'russian-airstrike-on-al-tanf-base-2016';
const catalog = getCatalog();
const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', SITE_URL: 'https://timeline.example.org/base/' };
const event = catalog.eventById.get(TANF)!;
const metadata = eventMetadata(event, catalog, env);
const PAGE = `https://timeline.example.org/base/events/${TANF}`;

describe('the meta tags of an event page', () => {
  it('make it a Web Page of this site for Zotero: og:type website with the site name, and no tag that names another type', () => {
    expect(metadata.openGraph).toMatchObject({ type: 'website', siteName: SITE_NAME });
    const other = Object.keys(metadata.other ?? {});
    // Zotero's Embedded Metadata translator reads each of these as a type: citation_title alone as a Journal Article.
    for (const typing of ['citation_title', 'citation_journal_title', 'citation_book_title', 'citation_conference_title', 'citation_isbn', 'citation_series_title']) {
      expect(other).not.toContain(typing);
    }
    // DC.type would fill Zotero's "website type" with it; author names of several words are split into first and last.
    expect(other.filter((name) => /^(dc|dcterms)[.:]/i.test(name))).toEqual([]);
    expect(metadata.authors).toBeUndefined();
  });

  it('give the page’s own address everywhere, under SITE_URL', () => {
    expect(metadata.alternates?.canonical).toBe(PAGE);
    expect(metadata.openGraph?.url).toBe(PAGE);
    expect(metadata.other?.citation_public_url).toBe(PAGE);
  });

  it('give the title, the website’s title, the abstract, the language and the publisher', () => {
    const title = 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf (16 June 2016)';
    expect(metadata.title).toEqual({ absolute: title });
    expect(metadata.openGraph?.title).toBe(title);
    expect(metadata.description).toBe(event.summary);
    expect(metadata.openGraph?.description).toBe(event.summary);
    expect(metadata.other).toMatchObject({ citation_language: 'en', citation_publisher: SITE_PUBLISHER });
    // The event's first publication, never the day of the build.
    expect(metadata.other?.citation_publication_date).toBe('2026/11/21');
    expect(metadata.other?.citation_reference).toEqual([expect.stringMatching(/^citation_title=Russia Teams Up With Islamic State/)]);
  });

  it('ask for a large link preview and name the oEmbed answer for the page', () => {
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: metadata.openGraph?.title });
    expect(metadata.alternates?.types).toEqual(oembedDiscovery(PAGE, env));
    expect(oembedDiscovery(PAGE, env)).toEqual({
      'application/json+oembed': `https://timeline.example.org/base/api/oembed?url=${encodeURIComponent(PAGE)}&format=json`,
    });
  });
});

describe('the meta tags of a story page', () => {
  const story = catalog.storyById.get('al-tanf-strike-2016')!;
  const storyTags = storyMetadata(story, catalog, env);
  const STORY_PAGE = 'https://timeline.example.org/base/stories/al-tanf-strike-2016';

  it('are an event page’s: a Web Page of this site, its own address, its first publication and the articles its events cite', () => {
    expect(storyTags.openGraph).toMatchObject({ type: 'website', siteName: SITE_NAME, url: STORY_PAGE });
    expect(storyTags.title).toEqual({ absolute: 'The Russian strike on al-Tanf, June 2016: a story in 8 steps' });
    expect(storyTags.description).toBe(story.introduction);
    expect(storyTags.alternates?.canonical).toBe(STORY_PAGE);
    expect(storyTags.alternates?.types).toEqual(oembedDiscovery(STORY_PAGE, env));
    expect(storyTags.other).toMatchObject({ citation_publication_date: '2026/12/02', citation_public_url: STORY_PAGE });
    expect(Object.keys(storyTags.other ?? {})).not.toContain('citation_title');
    expect(storyTags.other?.citation_reference).toEqual([
      expect.stringMatching(/^citation_title=Russia Teams Up With Islamic State/),
      expect.stringMatching(/^citation_title=Russia Pounds the Achilles/),
    ]);
  });
});
