import type { Metadata } from 'next';
import { getCatalog } from '@/lib/data/catalog';
import { oembedDiscovery } from '@/lib/publish/page-metadata';
import { absoluteUrl } from '@/lib/publish/site';
import { parseViewState, viewHref } from '@/lib/view/url-state';
import { knownIds } from '@/lib/view/view';
import { TIMELINE_HEADING, TimelinePage } from './_timeline/timeline-page';

interface HomePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: HomePageProps): Promise<Metadata> {
  const state = parseViewState(await searchParams, knownIds(getCatalog()));
  const url = absoluteUrl(viewHref(state));
  // One title whatever is selected, the page's heading: a selection is said once, by focus on the
  // panel's heading, and a new title would have the router say it again. The event's page has its own.
  return {
    title: { absolute: TIMELINE_HEADING },
    // The same events whatever the lanes and the stretch of time on the chart; an embed keeps both.
    alternates: { canonical: absoluteUrl(viewHref(state, { lanes: undefined, window: undefined })), types: oembedDiscovery(url) },
  };
}

export default async function HomePage({ searchParams }: HomePageProps) {
  const state = parseViewState(await searchParams, knownIds(getCatalog()));
  return <TimelinePage state={state} page="/" />;
}
