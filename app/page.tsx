import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { getCatalog } from '@/lib/data/catalog';
import { LIST_WINDOW_SIZE } from '@/lib/timeline/index-list';
import { oembedDiscovery } from '@/lib/publish/page-metadata';
import { absoluteUrl, siteUrl } from '@/lib/publish/site';
import { filterKey } from '@/lib/timeline/mask';
import { EMPTY_VIEW, hasFilters, parseViewState, viewHref } from '@/lib/view/url-state';
import { actorGroups } from '@/lib/view/actor-groups';
import { buildView, knownIds, timelineIndex, timelineIndexUrl } from '@/lib/view/view';
import { listWindow } from '@/lib/view/list-window';
import { mapView } from '@/lib/view/map-view';
import { relationPair, toListEntry } from '@/lib/timeline/entries';
import { EventPanel, PANEL_HEADING_ID } from './_components/event-panel';
import { FilterBar } from './_components/filter-bar';
import { ListPane } from './_components/list-pane';
import { PlaceMapRegion } from './_components/place-map-region';
import { SelectionKeys } from './_components/selection-keys';
import { ShareView } from './_components/share-view';
import { TimelineRegion } from './_components/timeline-region';
import { ViewStateProvider } from './_components/view-state';

interface HomePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: HomePageProps): Promise<Metadata> {
  const catalog = getCatalog();
  const state = parseViewState(await searchParams, knownIds(catalog));
  const selected = state.event === undefined ? undefined : catalog.eventById.get(state.event);
  const url = absoluteUrl(viewHref(state));
  return {
    // The same events whatever the lanes and the stretch of time on the chart; an embed keeps both.
    alternates: { canonical: absoluteUrl(viewHref(state, { lanes: undefined, window: undefined })), types: oembedDiscovery(url) },
    ...(selected && { title: selected.title }),
  };
}

export default async function HomePage({ searchParams }: HomePageProps) {
  const catalog = getCatalog();
  const state = parseViewState(await searchParams, knownIds(catalog));
  const view = buildView(catalog, state);
  const { events, selected } = view;
  const withoutSelection = viewHref(state, { event: undefined });
  const list = listWindow(events, selected, LIST_WINDOW_SIZE);
  // The chart needs the index as soon as it loads: let the browser fetch it alongside the page.
  preload(timelineIndexUrl(catalog), { as: 'fetch', crossOrigin: 'anonymous' });
  const hrefOf = (id: string | undefined) => (id === undefined ? undefined : viewHref(state, { event: id }));
  // With nothing selected, → starts at the first event and ← at the last.
  const previousHref = hrefOf(selected ? view.previous?.id : events[events.length - 1]?.id);
  const nextHref = hrefOf(selected ? view.next?.id : events[0]?.id);

  return (
    <main className="page">
      <header className="page-header">
        <h1>The Syrian war, 2011–2024</h1>
        <p>
          A citable timeline of the jihadist groups, the rebels, the regime and the foreign powers: {catalog.events.length}{' '}
          events from {catalog.sources.length} articles, each backed by the words of its source.
        </p>
      </header>

      <ViewStateProvider state={state} indexUrl={timelineIndexUrl(catalog)} searchMask={view.searchMask}>
        <FilterBar groups={actorGroups(catalog)} shown={events.length} total={catalog.events.length} />
        <ShareView site={siteUrl()} actorNames={Object.fromEntries(catalog.actors.map((actor) => [actor.id, actor.name]))} />

        <TimelineRegion hasEvents={events.length > 0} clearHref={hasFilters(state) ? viewHref(EMPTY_VIEW) : undefined} index={timelineIndex(catalog)} state={state} mask={view.mask} />

        <PlaceMapRegion map={mapView(catalog, state, view.mask)} state={state} />

        <div className="reading">
          <EventPanel
            event={selected}
            catalog={catalog}
            previousHref={hrefOf(view.previous?.id)}
            nextHref={hrefOf(view.next?.id)}
            clearHref={withoutSelection}
            outsideFilters={selected !== undefined && !events.includes(selected)}
            firstHref={hrefOf(events[0]?.id)}
          />
          <section className="list-region" aria-labelledby="list-heading">
            <h2 id="list-heading">Events in order</h2>
            <ListPane
              entries={list.entries.map((event) => toListEntry(event, catalog, relationPair(state)))}
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
          previousHref={previousHref}
          nextHref={nextHref}
          clearHref={withoutSelection}
          panelHeadingId={PANEL_HEADING_ID}
        />
      </ViewStateProvider>
    </main>
  );
}
