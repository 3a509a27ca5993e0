import type { MetadataRoute } from 'next';
import { getCatalog } from '@/lib/data/catalog';
import { absoluteUrl, actorPath, eventPath, placePath, sourcePath, storyPath } from '@/lib/publish/site';

export default function sitemap(): MetadataRoute.Sitemap {
  const catalog = getCatalog();
  return [
    { url: absoluteUrl('/') },
    ...catalog.events.map((event) => ({ url: absoluteUrl(eventPath(event.id)) })),
    ...catalog.actors.map((actor) => ({ url: absoluteUrl(actorPath(actor.id)) })),
    ...catalog.sources.map((source) => ({ url: absoluteUrl(sourcePath(source.id)) })),
    ...catalog.places.map((place) => ({ url: absoluteUrl(placePath(place.id)) })),
    { url: absoluteUrl('/stories') },
    ...catalog.stories.map((story) => ({ url: absoluteUrl(storyPath(story.id)) })),
  ];
}
