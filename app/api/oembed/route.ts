import { getCatalog } from '@/lib/data/catalog';
import { matchSiteUrl, oembedResponse, parseMaxDimension } from '@/lib/publish/oembed';
import { cacheableBody, cachedResponse } from '@/lib/publish/http-cache';
import { siteUrl } from '@/lib/publish/site';
import { knownIds } from '@/lib/view/view';

// oEmbed for every embeddable page of the site. Errors follow the spec: a format other than JSON is
// 501, a URL we cannot embed (another site's, an unknown page, none at all) is 404.

export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get('format') ?? 'json';
  if (format !== 'json') return Response.json({ error: 'Only format=json is served.' }, { status: 501 });
  const catalog = getCatalog();
  const site = siteUrl();
  const target = matchSiteUrl(params.get('url'), site, knownIds(catalog));
  if (!target) return Response.json({ error: `No embed for that URL: it must be a timeline, actor or event page of ${site}.` }, { status: 404 });
  const answer = oembedResponse(target, catalog, site, {
    maxWidth: parseMaxDimension(params.get('maxwidth')),
    maxHeight: parseMaxDimension(params.get('maxheight')),
  });
  return cachedResponse(request, cacheableBody(JSON.stringify(answer)), { 'Content-Type': 'application/json' });
}
