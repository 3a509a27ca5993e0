import 'server-only';
import { preload } from 'react-dom';
import { getCatalog } from '@/lib/data/catalog';
import { siteUrl } from '@/lib/publish/site';
import { relationPair, toListEntry } from '@/lib/timeline/entries';
import { LIST_WINDOW_SIZE } from '@/lib/timeline/index-list';
import { filterKey } from '@/lib/timeline/mask';
import { actorGroups } from '@/lib/view/actor-groups';
import { listWindow } from '@/lib/view/list-window';
import { mapView } from '@/lib/view/map-view';
import { storyMode } from '@/lib/view/story-view';
import { EMPTY_VIEW, hasFilters, viewHref, type ViewPage, type ViewState } from '@/lib/view/url-state';
import { buildView, timelineIndex, timelineIndexUrl } from '@/lib/view/view';
import { EventPanel, PANEL_HEADING_ID } from '../_components/event-panel';
import { FilterBar } from '../_components/filter-bar';
import { FullTimelineLink } from '../_components/full-timeline-link';
import { ListPane } from '../_components/list-pane';
import { PlaceMapRegion } from '../_components/place-map-region';
import { ReadingColumn } from '../_components/reading-column';
import { SelectionKeys } from '../_components/selection-keys';
import { ShareView } from '../_components/share-view';
import { SiteLink } from '../_components/site-link';
import { StoryCard } from '../_components/story-card';
import { TimelineRegion } from '../_components/timeline-region';
import { ViewStateProvider } from '../_components/view-state';

/**
 * The page's heading, and its title too: the router announces a title that differs from the heading
 * it read before the streamed title arrived, and the panel's heading already says each selection.
 */
export const TIMELINE_HEADING = 'The Syrian war, 2011–2024';

export interface TimelinePageProps {
  /** The view the address asks for, parsed. */
  state: ViewState;
  /**
   * The site's timeline, or the embed: the same regions from the same data, the embed in a compact
   * layout (filters always folded, no map, no Share) whose links to the rest of the site open in the top window.
   */
  page: ViewPage;
}

/**
 * The timeline page of `/` and `/embed`. Its regions, in reading order (the order without
 * JavaScript or CSS too): the filters, the chart, the source panel's column, the list, the map.
 * The stylesheets place them: on wide screens the panel's column beside the others, in view while they scroll.
 */
export function TimelinePage({ state, page }: TimelinePageProps) {
  const catalog = getCatalog();
  const view = buildView(catalog, state);
  const { events, selected } = view;
  const embedded = page === '/embed';
  const hrefOf = (id: string | undefined) => (id === undefined ? undefined : viewHref(state, { event: id }, page));
  const withoutSelection = viewHref(state, { event: undefined }, page);
  const list = listWindow(events, selected, LIST_WINDOW_SIZE);
  // The chart needs the index as soon as it loads: let the browser fetch it alongside the page.
  preload(timelineIndexUrl(catalog), { as: 'fetch', crossOrigin: 'anonymous' });
  const placeName = state.place === undefined ? undefined : catalog.placeById.get(state.place)?.name;
  // Story mode: the step's event is the selection; the keys and Esc follow the story instead.
  const story = storyMode(catalog, state, page);

  return (
    <main className={embedded ? 'embed' : 'page timeline-page'} data-story-mode={story ? story.id : undefined}>
      <ViewStateProvider state={state} indexUrl={timelineIndexUrl(catalog)} searchMask={view.searchMask} page={page}>
        {embedded ? (
          <header className="embed-header">
            <h1>
              <SiteLink href="/" target="_top">
                {TIMELINE_HEADING}
              </SiteLink>
            </h1>
            <FullTimelineLink />
          </header>
        ) : (
          <header className="page-header">
            <h1>{TIMELINE_HEADING}</h1>
            <p>
              A citable timeline of the jihadist groups, the rebels, the regime and the foreign powers: {catalog.events.length}{' '}
              events from {catalog.sources.length} articles, each backed by the words of its source.
            </p>
          </header>
        )}

        <FilterBar groups={actorGroups(catalog)} shown={events.length} total={catalog.events.length} folded={embedded ? 'always' : 'narrow'} placeName={placeName}>
          {!embedded && (
            <ShareView site={siteUrl()} actorNames={Object.fromEntries(catalog.actors.map((actor) => [actor.id, actor.name]))} />
          )}
        </FilterBar>

        <TimelineRegion
          hasEvents={events.length > 0}
          clearHref={hasFilters(state) ? viewHref(EMPTY_VIEW, {}, page) : undefined}
          index={timelineIndex(catalog)}
          state={state}
          mask={view.mask}
        />

        {/* In story mode the step's card stays in view with the chart, so the panel is never a sheet over them. */}
        <ReadingColumn selectedId={selected?.id} clearHref={story?.leaveHref ?? withoutSelection} headingId={PANEL_HEADING_ID} sheet={!embedded && !story}>
          {story && <StoryCard story={story} embedded={embedded} />}
          {/* A new panel for each event, not the last one's nodes moved about by the new text: nothing
              shifts, and focus on its heading is a new focus, which screen readers say. */}
          <EventPanel
            key={selected?.id ?? ''}
            event={selected}
            catalog={catalog}
            previousHref={hrefOf(view.previous?.id)}
            nextHref={hrefOf(view.next?.id)}
            clearHref={story?.leaveHref ?? withoutSelection}
            outsideFilters={selected !== undefined && !events.includes(selected)}
            firstHref={hrefOf(events[0]?.id)}
            embedded={embedded}
            storiesHref={catalog.stories.length > 0 && !embedded ? '/stories' : undefined}
          />
        </ReadingColumn>

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

        {!embedded && <PlaceMapRegion map={mapView(catalog, state, view.mask)} state={state} storyPath={story?.path} />}

        <SelectionKeys
          selectedId={selected?.id}
          // With nothing selected, → starts at the first event and ← at the last.
          previousHref={story ? story.previousHref : hrefOf(selected ? view.previous?.id : events[events.length - 1]?.id)}
          nextHref={story ? story.nextHref : hrefOf(selected ? view.next?.id : events[0]?.id)}
          clearHref={story?.leaveHref ?? withoutSelection}
          panelHeadingId={PANEL_HEADING_ID}
        />
      </ViewStateProvider>
    </main>
  );
}
