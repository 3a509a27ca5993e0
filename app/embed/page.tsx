import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { getCatalog } from '@/lib/data/catalog';
import { absoluteUrl } from '@/lib/publish/site';
import { LIST_WINDOW_SIZE } from '@/lib/timeline/index-list';
import { filterKey } from '@/lib/timeline/mask';
import { toListEntry } from '@/lib/timeline/entries';
import { actorGroups } from '@/lib/view/actor-groups';
import { listWindow } from '@/lib/view/list-window';
import { EMPTY_VIEW, hasFilters, parseViewState, viewHref } from '@/lib/view/url-state';
import { buildView, knownIds, timelineIndex, timelineIndexUrl } from '@/lib/view/view';
import { EventPanel, PANEL_HEADING_ID } from '../_components/event-panel';
import { FilterBar } from '../_components/filter-bar';
import { FullTimelineLink } from '../_components/full-timeline-link';
import { ListPane } from '../_components/list-pane';
import { SelectionKeys } from '../_components/selection-keys';
import { SiteLink } from '../_components/site-link';
import { TimelineRegion } from '../_components/timeline-region';
import { ViewStateProvider } from '../_components/view-state';

// The timeline for other sites' iframes: any view `/` shows (the same URL parameters), with the
// filters folded away. Choosing events and filters stays in the frame; every other link opens the
// full site in the top window.

interface EmbedPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const PAGE = '/embed';

export async function generateMetadata({ searchParams }: EmbedPageProps): Promise<Metadata> {
  const state = parseViewState(await searchParams, knownIds(getCatalog()));
  return {
    title: 'Embedded timeline',
    // The full timeline is the page to index and cite, not its embed.
    alternates: { canonical: absoluteUrl(viewHref(state)) },
    robots: { index: false },
  };
}

export default async function EmbedPage({ searchParams }: EmbedPageProps) {
  const catalog = getCatalog();
  const state = parseViewState(await searchParams, knownIds(catalog));
  const view = buildView(catalog, state);
  const { events, selected } = view;
  const hrefOf = (id: string | undefined) => (id === undefined ? undefined : viewHref(state, { event: id }, PAGE));
  const withoutSelection = viewHref(state, { event: undefined }, PAGE);
  const list = listWindow(events, selected, LIST_WINDOW_SIZE);
  preload(timelineIndexUrl(catalog), { as: 'fetch', crossOrigin: 'anonymous' });

  return (
    <main className="embed">
      <ViewStateProvider state={state} indexUrl={timelineIndexUrl(catalog)} searchMask={view.searchMask} page={PAGE}>
        <header className="embed-header">
          <h1>
            <SiteLink href="/" target="_top">
              The Syrian war, 2011–2024
            </SiteLink>
          </h1>
          <FullTimelineLink />
        </header>
        <details className="embed-filters">
          <summary>Filters</summary>
          <FilterBar groups={actorGroups(catalog)} shown={events.length} total={catalog.events.length} />
        </details>

        <TimelineRegion hasEvents={events.length > 0} clearHref={hasFilters(state) ? viewHref(EMPTY_VIEW, {}, PAGE) : undefined} index={timelineIndex(catalog)} state={state} mask={view.mask} />

        <div className="reading">
          <EventPanel
            event={selected}
            catalog={catalog}
            previousHref={hrefOf(view.previous?.id)}
            nextHref={hrefOf(view.next?.id)}
            clearHref={withoutSelection}
            outsideFilters={selected !== undefined && !events.includes(selected)}
            firstHref={hrefOf(events[0]?.id)}
            embedded
          />
          <section className="list-region" aria-labelledby="list-heading">
            <h2 id="list-heading">Events in order</h2>
            <ListPane
              entries={list.entries.map((event) => toListEntry(event, catalog))}
              first={list.first}
              total={events.length}
              beforeId={list.before?.id}
              afterId={list.after?.id}
              filter={filterKey(view.mask)}
            />
          </section>
        </div>

        <SelectionKeys
          selectedId={selected?.id}
          previousHref={hrefOf(selected ? view.previous?.id : events[events.length - 1]?.id)}
          nextHref={hrefOf(selected ? view.next?.id : events[0]?.id)}
          clearHref={withoutSelection}
          panelHeadingId={PANEL_HEADING_ID}
        />
      </ViewStateProvider>
    </main>
  );
}
