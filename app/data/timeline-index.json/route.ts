import { getCatalog } from '@/lib/data/catalog';
import { timelineIndexDocument } from '@/lib/view/view';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(timelineIndexDocument(getCatalog()));
}
