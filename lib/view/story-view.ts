import 'server-only';
import type { Catalog } from '@/lib/data/catalog';
import type { Citation, Source, Story, TimelineEvent } from '@/lib/data/schema';
import { compareEvents, formatPartial, lastDayOf, parsePartialDate } from '@/lib/dates/partial-date';
import { mapPlaces } from '@/lib/geo/map-places';
import { viewHref, type ViewPage, type ViewState } from './url-state';

// What the story pages and story mode show of a story, worked out from the catalog.

export interface StoryStepView {
  /** 1-based, as a reader counts. */
  number: number;
  text: string;
  event: TimelineEvent;
  /** The event's first citation: one verbatim quote and its article. */
  quote: Citation;
  source: Source | undefined;
}

export function storySteps(story: Story, catalog: Pick<Catalog, 'eventById' | 'sourceById'>): StoryStepView[] {
  return story.steps.flatMap(({ event: id, text }, at) => {
    const event = catalog.eventById.get(id);
    const quote = event?.citations[0];
    return event && quote ? [{ number: at + 1, text, event, quote, source: catalog.sourceById.get(quote.source) }] : [];
  });
}

/** From the earliest of its events to the latest, at the precision each is known to: "May 2015 – March 2016". */
export function storySpan(story: Story, catalog: Pick<Catalog, 'eventById'>): string {
  const events = story.steps.flatMap(({ event }) => catalog.eventById.get(event) ?? []);
  const first = [...events].sort(compareEvents)[0];
  const last = [...events].sort((a, b) => (lastDayOf(a) < lastDayOf(b) ? -1 : lastDayOf(a) > lastDayOf(b) ? 1 : 0)).at(-1);
  if (!first || !last) return '';
  const start = parsePartialDate(first.start);
  const end = parsePartialDate(last.end ?? last.start);
  // An approximate first date is given to its month: its day is only the start of a window.
  const from = start ? formatPartial(first.precision === 'approximate' ? { year: start.year, ...(start.month !== undefined && { month: start.month }) } : start) : first.start;
  const to = end ? formatPartial(end) : last.start;
  return from === to ? from : `${from} – ${to}`;
}

/** The stories in the order of what they tell: by their earliest event. */
export function storiesInOrder(catalog: Pick<Catalog, 'stories' | 'eventById'>): Story[] {
  // By the story's last step in time, its moment or what followed: a first step may be an undated
  // act whose window opens years earlier, and would put a 2019 story before one of 2015.
  const lastDayOf = (story: Story) =>
    story.steps
      .flatMap(({ event }) => catalog.eventById.get(event) ?? [])
      .sort(compareEvents)
      .at(-1)?.start ?? '';
  return [...catalog.stories].sort((a, b) => (lastDayOf(a) < lastDayOf(b) ? -1 : lastDayOf(a) > lastDayOf(b) ? 1 : 0));
}

/** Story mode on a timeline page: the card's contents, where its controls lead, and the path on the map. */
export interface StoryMode {
  id: string;
  title: string;
  step: number;
  total: number;
  text: string;
  previousHref?: string | undefined;
  nextHref?: string | undefined;
  leaveHref: string;
  /** The step's event's places on the map, in step order, one point a step: `[x, y, step]`. */
  path: Array<[number, number, number]>;
}

export function storyMode(catalog: Pick<Catalog, 'storyById' | 'eventById' | 'places'>, state: ViewState, page: ViewPage = '/'): StoryMode | null {
  const story = state.story === undefined ? undefined : catalog.storyById.get(state.story);
  const step = state.step === undefined ? undefined : story?.steps[state.step - 1];
  if (!story || !step || state.step === undefined) return null;
  const hrefOfStep = (number: number) => {
    const event = story.steps[number - 1]?.event;
    return event === undefined ? undefined : viewHref(state, { step: number, event }, page);
  };
  const placed = new Map(mapPlaces(catalog.places).flatMap((place) => (place.x !== undefined && place.y !== undefined ? [[place.id, [place.x, place.y] as const]] : [])));
  const path = story.steps.flatMap(({ event }, at): Array<[number, number, number]> => {
    const point = catalog.eventById.get(event)?.place?.ids.map((id) => placed.get(id)).find((found) => found !== undefined);
    return point ? [[point[0], point[1], at + 1]] : [];
  });
  return {
    id: story.id,
    title: story.title,
    step: state.step,
    total: story.steps.length,
    text: step.text,
    previousHref: hrefOfStep(state.step - 1),
    nextHref: hrefOfStep(state.step + 1),
    // Back to the plain view, at the event the reader was reading.
    leaveHref: viewHref(state, { story: undefined, step: undefined }, page),
    path,
  };
}
