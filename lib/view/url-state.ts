import { toDayNumber } from '@/lib/dates/day-number';
import { parsePartialDate } from '@/lib/dates/partial-date';

// The one place that declares the URL parameters of the timeline view:
//   /?actors=hts,russia&match=all&lanes=actor&q=aleppo&from=2015-01-01&to=2016-12-31&place=<id>&window=2015-06-01..2016-05-31&event=<id>
//   /?story=<id>&step=<n>   (story mode: a guided reading, its step's event selected)

export const PARAMS = {
  actors: 'actors',
  match: 'match',
  lanes: 'lanes',
  q: 'q',
  from: 'from',
  to: 'to',
  place: 'place',
  window: 'window',
  event: 'event',
  story: 'story',
  step: 'step',
} as const;

/** How the chart splits into lanes: one per ticked actor, or one per camp. */
export const LANE_MODES = ['actor', 'camp'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** A stretch of days, both ends included, as `YYYY-MM-DD`. */
export interface DayWindow {
  start: string;
  end: string;
}

export interface ViewState {
  /** Actor ids, unique and sorted, so that one view has one URL. */
  actors: string[];
  /** `all`: only events involving every ticked actor; absent: events involving any of them. */
  match?: 'all';
  /** Lanes on the chart; absent: one band. Not a filter. */
  lanes?: LaneMode;
  q: string;
  /** `YYYY-MM-DD`, never after `to`. */
  from?: string;
  to?: string;
  /** A place of events/places.json: only the events that name it. */
  place?: string;
  /** The stretch of time the chart shows. Not a filter: `from` and `to` are. */
  window?: DayWindow;
  event?: string;
  /** Story mode: a story of events/stories/, always with `step`, and `event` is that step's event. */
  story?: string;
  /** The story's step, 1-based. */
  step?: number;
}

export interface KnownIds {
  actorIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  /** Each story's events, one per step in order; absent where there are no stories. */
  stories?: ReadonlyMap<string, ReadonlyArray<string>>;
}

export const EMPTY_VIEW: ViewState = { actors: [], q: '' };

/** Longer input is cut rather than refused: nobody types a 200-character search on purpose. */
export const MAX_QUERY_LENGTH = 200;
const MAX_PARAM_LENGTH = 4_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WINDOW = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** The days the chart can show, and the longest stretch it shows at once: a window beyond them is absurd. */
export const WINDOW_LIMITS = { first: '1990-01-01', last: '2034-12-31', maxDays: 40 * 365 } as const;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Reads a view from URL parameters. Never throws: unknown actors and events, impossible dates and
 * anything else it does not understand are dropped, and reversed dates are put in order.
 */
export function parseViewState(params: RawParams, known: KnownIds): ViewState {
  const all = (name: string): string[] => {
    try {
      const values = params instanceof URLSearchParams ? params.getAll(name) : toArray(params[name]);
      return values.filter((value): value is string => typeof value === 'string').map((value) => value.slice(0, MAX_PARAM_LENGTH));
    } catch {
      return [];
    }
  };
  const first = (name: string): string | undefined => all(name)[0];

  const actors = [
    ...new Set(
      all(PARAMS.actors)
        .flatMap((value) => value.split(','))
        .map((id) => id.trim())
        .filter((id) => known.actorIds.has(id)),
    ),
  ].sort();

  const match = first(PARAMS.match)?.trim() === 'all' ? 'all' : undefined;
  const lanes = LANE_MODES.find((mode) => mode === first(PARAMS.lanes)?.trim());
  const q = normaliseQuery(first(PARAMS.q) ?? '');
  let from = parseDay(first(PARAMS.from));
  let to = parseDay(first(PARAMS.to));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const shown = parseWindow(first(PARAMS.window));

  const eventId = first(PARAMS.event)?.trim();
  let event = eventId !== undefined && known.eventIds.has(eventId) ? eventId : undefined;
  const reading = parseStory(first(PARAMS.story), first(PARAMS.step), event, known);
  if (reading) event = reading.event;

  const place = parsePlace(first(PARAMS.place), known);

  return {
    actors,
    ...(match && { match }),
    ...(lanes && { lanes }),
    q,
    ...(from && { from }),
    ...(to && { to }),
    ...(place && { place }),
    ...(shown && { window: shown }),
    ...(event && { event }),
    ...(reading && { story: reading.story, step: reading.step }),
  };
}

/**
 * A story and its step (1 when absent or out of range). An `event` other than the step's means the
 * reader chose another event on the way: the story is left, and that event kept.
 */
function parseStory(rawStory: string | undefined, rawStep: string | undefined, event: string | undefined, known: KnownIds) {
  const story = rawStory?.trim();
  const events = story === undefined ? undefined : known.stories?.get(story);
  if (story === undefined || events === undefined || events.length === 0) return undefined;
  const number = /^\d{1,3}$/.test(rawStep?.trim() ?? '') ? Number(rawStep?.trim()) : 1;
  const step = number >= 1 && number <= events.length ? number : 1;
  const stepEvent = events[step - 1];
  if (stepEvent === undefined || (event !== undefined && event !== stepEvent)) return undefined;
  return { story, step, event: stepEvent };
}

function parsePlace(value: string | undefined, known: KnownIds): string | undefined {
  const id = value?.trim();
  return id !== undefined && known.placeIds.has(id) ? id : undefined;
}

function toArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function normaliseQuery(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

function parseDay(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (trimmed === undefined || !DAY.test(trimmed) || parsePartialDate(trimmed) === null) return undefined;
  return trimmed;
}

/** `start..end`; `undefined` for anything else, a reversed range, or one outside `WINDOW_LIMITS`. */
function parseWindow(value: string | undefined): DayWindow | undefined {
  const [, rawStart, rawEnd] = WINDOW.exec(value?.trim() ?? '') ?? [];
  const start = parseDay(rawStart);
  const end = parseDay(rawEnd);
  if (start === undefined || end === undefined || start > end) return undefined;
  if (start < WINDOW_LIMITS.first || end > WINDOW_LIMITS.last) return undefined;
  if (toDayNumber(end) - toDayNumber(start) + 1 > WINDOW_LIMITS.maxDays) return undefined;
  return { start, end };
}

export function serializeWindow(window: DayWindow): string {
  return `${window.start}..${window.end}`;
}

export function sameWindow(a: DayWindow | undefined, b: DayWindow | undefined): boolean {
  return a?.start === b?.start && a?.end === b?.end;
}

/** The query string for a view, `?…` or `''`; parameters in a fixed order, empty ones left out. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.actors.length > 0) params.set(PARAMS.actors, [...state.actors].sort().join(','));
  if (state.match) params.set(PARAMS.match, state.match);
  if (state.lanes) params.set(PARAMS.lanes, state.lanes);
  if (state.q !== '') params.set(PARAMS.q, state.q);
  if (state.from) params.set(PARAMS.from, state.from);
  if (state.to) params.set(PARAMS.to, state.to);
  if (state.place) params.set(PARAMS.place, state.place);
  if (state.window) params.set(PARAMS.window, serializeWindow(state.window));
  if (state.event) params.set(PARAMS.event, state.event);
  if (state.story && state.step) {
    params.set(PARAMS.story, state.story);
    params.set(PARAMS.step, String(state.step));
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? '' : `?${query}`;
}

/** The pages that show a timeline view: the site's own, and the compact one made for iframes. */
export type ViewPage = '/' | '/embed';

/**
 * The path of a timeline page (by default the site's own) showing `state` with some parts changed; a
 * part changed to `undefined` is left out, as `serializeViewState` writes only the parts that are set.
 */
export function viewHref(state: ViewState, changes: Partial<ViewState> = {}, page: ViewPage = '/'): string {
  return `${page}${serializeViewState(followStory(state, { ...state, ...changes }))}`;
}

/**
 * The view that follows `previous`: choosing another event while reading a story, without moving to
 * another of its steps, leaves the story (its step's event is no longer the one being read).
 */
export function followStory(previous: ViewState, next: ViewState): ViewState {
  if (next.story === undefined || next.event === previous.event || next.story !== previous.story || next.step !== previous.step) return next;
  const { story: _story, step: _step, ...rest } = next;
  return rest;
}

/** Whether any filter is set (the selection, the lanes and the window are not filters). */
export function hasFilters(state: ViewState): boolean {
  return state.actors.length > 0 || state.q !== '' || state.from !== undefined || state.to !== undefined || state.place !== undefined;
}
