import type { TimelineEvent } from './schema';

/**
 * The sources an event cites, each once, in the order they first appear: its citations, then the
 * citations of its attributed claims. A claim's article is as much a source of the event as any.
 */
export function citedSourceIds(event: TimelineEvent): string[] {
  return [...new Set([...event.citations, ...(event.claims ?? []).map((claim) => claim.citation)].map(({ source }) => source))];
}

/** The same sources as records, leaving out any id the lookup does not know. */
export function citedSources<S>(event: TimelineEvent, sourceById: ReadonlyMap<string, S>): S[] {
  return citedSourceIds(event).flatMap((id) => {
    const source = sourceById.get(id);
    return source === undefined ? [] : [source];
  });
}
