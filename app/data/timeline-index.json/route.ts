import { getCatalog } from '@/lib/data';
import { encodeIndex } from '@/lib/timeline-index';
import { toTimelineItem } from '@/lib/view';

export const dynamic = 'force-static';

export function GET() {
  const catalog = getCatalog();
  return Response.json(encodeIndex(catalog.events.map((event) => toTimelineItem(event, catalog))));
}
