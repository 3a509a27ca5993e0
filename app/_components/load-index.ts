import { decodeIndex, type TimelineIndex } from '@/lib/timeline-index';

const indexCache = new Map<string, Promise<TimelineIndex>>();

/** The timeline index, fetched and decoded once per page load however many components ask for it. */
export function loadIndex(url: string): Promise<TimelineIndex> {
  let pending = indexCache.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json();
      })
      .then(decodeIndex);
    pending.catch(() => indexCache.delete(url));
    indexCache.set(url, pending);
  }
  return pending;
}
