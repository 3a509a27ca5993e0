import { getCatalog, type Catalog } from '@/lib/data/catalog';
import { changes, datasetVersion } from '@/lib/data/versions';
import { cacheableBody, cachedResponse, type CacheableBody } from '@/lib/publish/http-cache';
import { absoluteUrl, eventPath, storyPath, SITE_NAME } from '@/lib/publish/site';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Revisions carry a day only: they are dated at its start, in UTC. */
const instant = (day: string) => `${day}T00:00:00Z`;

/** `/changes.atom`: every publication and revision, newest first (RFC 4287). */
function feedOf(catalog: Catalog): string {
  const entries = changes(catalog.events, catalog.stories).map((change) => {
    const url = absoluteUrl(change.kind === 'story' ? storyPath(change.id) : eventPath(change.id));
    const what = change.reason === null ? 'First published' : `Revised: ${change.reason}`;
    return [
      '  <entry>',
      `    <id>${escapeXml(`${url}#version-${change.revision}`)}</id>`,
      `    <title>${escapeXml(`${change.kind === 'story' ? 'Story: ' : ''}${change.title} (${change.reason === null ? 'published' : 'revised'})`)}</title>`,
      `    <link href="${escapeXml(url)}"/>`,
      `    <updated>${instant(change.date)}</updated>`,
      `    <summary>${escapeXml(what)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(absoluteUrl('/changes'))}</id>`,
    `  <title>${escapeXml(`${SITE_NAME}: changes`)}</title>`,
    `  <link rel="self" href="${escapeXml(absoluteUrl('/changes.atom'))}"/>`,
    `  <link href="${escapeXml(absoluteUrl('/changes'))}"/>`,
    `  <updated>${instant(datasetVersion([...catalog.events, ...catalog.stories]))}</updated>`,
    `  <author><name>${escapeXml(SITE_NAME)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

// Answered on request rather than prerendered, so that it has an ETag and a 304 like every document.
const feeds = new WeakMap<Catalog, CacheableBody>();

export function GET(request: Request) {
  const catalog = getCatalog();
  let feed = feeds.get(catalog);
  if (!feed) {
    feed = cacheableBody(feedOf(catalog));
    feeds.set(catalog, feed);
  }
  return cachedResponse(request, feed, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
}
