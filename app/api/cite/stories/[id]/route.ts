import { citedSources } from '@/lib/data/event-sources';
import type { CiteResponse } from '@/lib/publish/cite-response';
import { formatCitations, sourceCsl, storyCsl } from '@/lib/publish/citations';
import { getCatalog } from '@/lib/data/catalog';
import { absoluteUrl, storyPath } from '@/lib/publish/site';
import { cacheableBody, cachedResponse } from '@/lib/publish/http-cache';
import { accessDate } from '../../access-date';

// A story's citations, made when a reader first asks for them, like an event's (`/api/cite/<id>`):
// the story's page, and every article its steps' events cite.

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const catalog = getCatalog();
  const story = catalog.storyById.get(id);
  if (!story) return Response.json({ error: 'No story has this id.' }, { status: 404 });
  const accessed = accessDate(new URL(request.url).searchParams.get('accessed'));
  const permalink = absoluteUrl(storyPath(story.id));
  const sources = [...new Set(story.steps.flatMap(({ event }) => {
    const found = catalog.eventById.get(event);
    return found ? citedSources(found, catalog.sourceById) : [];
  }))];
  const answer: CiteResponse = {
    permalink,
    event: formatCitations(storyCsl(story, permalink, accessed)),
    sources: sources.map((source) => ({ id: source.id, title: source.title, outlet: source.outlet, formats: formatCitations(sourceCsl(source, accessed)) })),
  };
  return cachedResponse(request, cacheableBody(JSON.stringify(answer)), { 'Content-Type': 'application/json' });
}
