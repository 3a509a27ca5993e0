import { decodeIndex, type TimelineIndex } from '@/lib/timeline/codec';

const indexCache = new Map<string, Promise<TimelineIndex>>();

async function fetchIndex(url: string): Promise<TimelineIndex> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const index = decodeIndex(await response.json());
  // A partly readable index would put filters on the wrong events: refuse it whole.
  if (!index) throw new Error(`${url}: not a timeline index`);
  return index;
}

/** The timeline index, fetched and decoded once per page load however many components ask for it. */
export function loadIndex(url: string): Promise<TimelineIndex> {
  const cached = indexCache.get(url);
  if (cached) return cached;
  const pending = fetchIndex(url);
  pending.catch(() => indexCache.delete(url));
  indexCache.set(url, pending);
  return pending;
}

// The page names the index in a preload link (the fetch starts with the page): decode it as soon as
// this module runs, during hydration, rather than in an effect after it.
if (typeof document !== 'undefined') {
  const link = document.querySelector<HTMLLinkElement>('link[rel="preload"][as="fetch"][href*="timeline-index"]');
  if (link) void loadIndex(link.getAttribute('href') ?? '').catch(() => undefined);
}
