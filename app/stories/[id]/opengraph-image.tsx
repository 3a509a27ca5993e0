import { notFound } from 'next/navigation';
import { getCatalog } from '@/lib/data/catalog';
import { OG_CONTENT_TYPE, OG_SIZE, ogImage, storyCard } from '@/lib/publish/og-card';
import { storySpan } from '@/lib/view/story-view';

export const alt = 'The story’s title, its introduction, its span and number of steps, the camps of its events, and its sources';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export function generateStaticParams(): Array<{ id: string }> {
  return [];
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const catalog = getCatalog();
  const story = catalog.storyById.get(id);
  if (!story) notFound();
  return ogImage(storyCard(story, storySpan(story, catalog), catalog));
}
