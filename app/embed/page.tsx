import type { Metadata } from 'next';
import { getCatalog } from '@/lib/data/catalog';
import { absoluteUrl } from '@/lib/publish/site';
import { parseViewState, viewHref } from '@/lib/view/url-state';
import { knownIds } from '@/lib/view/view';
import { TIMELINE_HEADING, TimelinePage } from '../_timeline/timeline-page';

// The timeline for other sites' iframes: any view `/` shows (the same URL parameters), built by the
// same component as `/`, with the filters folded away. Choosing events and filters stays in the
// frame; every other link opens the full site in the top window.

interface EmbedPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: EmbedPageProps): Promise<Metadata> {
  const state = parseViewState(await searchParams, knownIds(getCatalog()));
  return {
    // The heading's words: the router says nothing after a selection (see TIMELINE_HEADING).
    title: { absolute: TIMELINE_HEADING },
    // The full timeline is the page to index and cite, not its embed.
    alternates: { canonical: absoluteUrl(viewHref(state)) },
    robots: { index: false },
  };
}

export default async function EmbedPage({ searchParams }: EmbedPageProps) {
  const state = parseViewState(await searchParams, knownIds(getCatalog()));
  return <TimelinePage state={state} page="/embed" />;
}
