import { getCatalog, toPublicJson } from '@/lib/data';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(toPublicJson(getCatalog()));
}
