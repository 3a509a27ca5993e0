import { citedSources } from '@/lib/data/event-sources';
import type { CiteResponse } from '@/lib/publish/cite-response';
import { eventCsl, formatCitations, sourceCsl } from '@/lib/publish/citations';
import { getCatalog } from '@/lib/data/catalog';
import { absoluteUrl, eventPath } from '@/lib/publish/site';
import { cacheableBody, cachedResponse } from '@/lib/publish/http-cache';
import { accessDate } from '../access-date';

// Citations are made when a reader first asks for them, so they weigh nothing on page load and
// carry the reader's own access date (sent by the page; the server's date otherwise, which is in
// the answer and so in its ETag).

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const catalog = getCatalog();
  const event = catalog.eventById.get(id);
  if (!event) return Response.json({ error: 'No event has this id.' }, { status: 404 });
  const accessed = accessDate(new URL(request.url).searchParams.get('accessed'));
  const permalink = absoluteUrl(eventPath(event.id));
  const answer: CiteResponse = {
    permalink,
    event: formatCitations(eventCsl(event, permalink, accessed)),
    sources: citedSources(event, catalog.sourceById).map((source) => ({
      id: source.id,
      title: source.title,
      outlet: source.outlet,
      formats: formatCitations(sourceCsl(source, accessed)),
    })),
  };
  return cachedResponse(request, cacheableBody(JSON.stringify(answer)), { 'Content-Type': 'application/json' });
}
