import { notFound } from 'next/navigation';
import { getCatalog } from '@/lib/data/catalog';
import { eventCard, OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/publish/og-card';

export const alt = 'The event’s date, its title, the camps involved in their colours, and its sources';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

// Drawn on first request, then kept: a preview is asked for far less often than its page is built.
export function generateStaticParams(): Array<{ id: string }> {
  return [];
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const catalog = getCatalog();
  const event = catalog.eventById.get(id);
  if (!event) notFound();
  return ogImage(eventCard(event, catalog));
}
