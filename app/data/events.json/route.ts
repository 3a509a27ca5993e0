import { getCatalog, toPublicJson } from '@/lib/data/catalog';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(toPublicJson(getCatalog()));
}
