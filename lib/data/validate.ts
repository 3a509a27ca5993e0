import 'server-only';
import { z } from 'zod';
import { dateForm, firstDay, lastDay, parsePartialDate, precisionAllows } from '@/lib/dates/partial-date';
import { ActorSchema, EventSchema, PlaceRecordSchema, SourceSchema, type Actor, type Citation, type Dataset, type Source, type TimelineEvent } from '@/lib/data/schema';
import { comparePublished, parsePublished, PUBLISHED_FILE } from './published';
import { checkApproximateWindow } from './validate-dates';
import { checkEventPlaces, checkPlaceRecord } from './validate-places';
import { checkRevisionDates, checkStories } from './validate-stories';

/** The data as read from disk, before anything is trusted. */
export interface RawDataset {
  sources: unknown;
  actors: unknown;
  /** `events/places.json`; absent for datasets whose events name no place. */
  places?: unknown;
  /** One entry per event file; `file` is its name, which must be `<id>.json`. */
  events: ReadonlyArray<{ file: string; data: unknown }>;
  /** What was published (`events/published.json`, as parsed JSON); absent for datasets that publish nothing. */
  published?: unknown;
  /** One entry per story file (`events/stories/<id>.json`); absent for datasets without stories. */
  stories?: ReadonlyArray<{ file: string; data: unknown }>;
  /** What stories were published (`events/published-stories.json`); absent when none was. */
  publishedStories?: unknown;
}

export interface Problem {
  scope: 'source' | 'actor' | 'place' | 'event' | 'story';
  /** The record's id, or its file name when the record has no usable id. */
  id: string;
  field: string;
  message: string;
}

export interface ValidationResult {
  /** Present only when there are no problems: a bad record never reaches the app. */
  dataset: Dataset | null;
  problems: Problem[];
}

/** Article texts by `textFile` name; `null` when the texts are not available and quotes cannot be checked. */
export type ArticleTexts = ReadonlyMap<string, string> | null;

/** A sentence or two: a longer quote is a sign that a whole paragraph was pasted. */
export const MAX_QUOTE_LENGTH = 450;

export function formatProblem(problem: Problem): string {
  return `${problem.scope} "${problem.id}" › ${problem.field}: ${problem.message}`;
}

/**
 * The one check that stands between the files in `events/` and the app. It collects every problem
 * rather than stopping at the first, so one run tells an editor everything that is wrong.
 */
export function validateDataset(raw: RawDataset, articles: ArticleTexts): ValidationResult {
  const problems: Problem[] = [];
  const report = (scope: Problem['scope'], id: string, field: string, message: string) =>
    problems.push({ scope, id, field, message });

  const sources = parseList(raw.sources, SourceSchema, 'source', 'sources.json', report);
  const actors = parseList(raw.actors, ActorSchema, 'actor', 'actors.json', report);
  const places = parseList(raw.places ?? [], PlaceRecordSchema, 'place', 'places.json', report);
  const events: TimelineEvent[] = [];
  // What records that failed their schema still name, so that one bad event does not also make
  // its actors and sources look unused.
  const namedByInvalid = new Set<string>();
  for (const { file, data } of raw.events) {
    const parsed = EventSchema.safeParse(data);
    const id = recordId(data) ?? file;
    if (!parsed.success) {
      reportZodIssues(parsed.error, 'event', id, report);
      collectStrings(data, namedByInvalid);
      continue;
    }
    if (file !== `${parsed.data.id}.json`) {
      report('event', id, 'id', `must match its file name: the file is "${file}", so the id must be "${file.replace(/\.json$/, '')}"`);
    }
    events.push(parsed.data);
  }

  reportDuplicates(sources, 'source', report);
  reportDuplicates(actors, 'actor', report);
  reportDuplicates(places, 'place', report);
  reportDuplicates(events, 'event', report);

  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const actorIds = new Set(actors.map((actor) => actor.id));

  checkActors(actors, actorIds, report);
  for (const place of places) checkPlaceRecord(place, report);
  const placeById = new Map(places.map((place) => [place.id, place]));
  if (articles) checkArticleFiles(sources, articles, report);

  const usedActors = new Set<string>();
  const citedSources = new Set<string>();
  for (const event of events) {
    checkDates(event, report);
    checkApproximateWindow(event, sourceById, articles, report);
    checkGrounding(event, report);
    checkRevisionDates('event', event, report);
    checkChecked(event, report);
    checkEventPlaces(event, placeById, report);
    const eventActors = new Set<string>();
    event.actors.forEach(({ actor }, index) => {
      usedActors.add(actor);
      if (!actorIds.has(actor)) report('event', event.id, `actors[${index}].actor`, `unknown actor "${actor}"`);
      if (eventActors.has(actor)) report('event', event.id, `actors[${index}].actor`, `actor "${actor}" is listed twice`);
      eventActors.add(actor);
    });
    event.citations.forEach((citation, index) => {
      citedSources.add(citation.source);
      checkCitation(event.id, `citations[${index}]`, citation, sourceById, articles, report);
    });
    event.claims?.forEach((claim, index) => {
      citedSources.add(claim.citation.source);
      checkCitation(event.id, `claims[${index}].citation`, claim.citation, sourceById, articles, report);
      if (claim.actor !== undefined && !eventActors.has(claim.actor)) {
        report('event', event.id, `claims[${index}].actor`, `"${claim.actor}" makes a claim but is not among the event's actors`);
      }
    });
  }

  if (raw.published !== undefined) {
    const published = parsePublished(raw.published);
    if (!published) report('event', PUBLISHED_FILE, '(file)', 'must map each published id to { "fingerprint": string, "revisions": number }');
    else for (const problem of comparePublished(published, events, namedByInvalid)) report('event', problem.id, problem.field, problem.message);
  }

  const stories = checkStories(raw.stories ?? [], raw.publishedStories, new Set(events.map((event) => event.id)), report, (error, id) =>
    reportZodIssues(error, 'story', id, report),
  );

  for (const actor of actors) {
    if (!usedActors.has(actor.id) && !namedByInvalid.has(actor.id)) report('actor', actor.id, 'id', 'no event names this actor; remove it or cite an event for it');
  }
  const namedPlaces = new Set(events.flatMap((event) => event.place?.ids ?? []));
  for (const place of places) {
    if (!namedPlaces.has(place.id) && !namedByInvalid.has(place.id)) report('place', place.id, 'id', 'no event names this place; remove it or name it in an event’s place.ids');
  }
  for (const source of sources) {
    if (!citedSources.has(source.id) && !namedByInvalid.has(source.id)) report('source', source.id, 'id', 'no event cites this source');
  }

  return { dataset: problems.length === 0 ? { sources, actors, places, events, stories } : null, problems };
}

type Report = (scope: Problem['scope'], id: string, field: string, message: string) => void;

function parseList<T>(
  raw: unknown,
  schema: z.ZodType<T>,
  scope: Problem['scope'],
  file: string,
  report: Report,
): T[] {
  if (!Array.isArray(raw)) {
    report(scope, file, '(file)', 'must hold a JSON array');
    return [];
  }
  const parsed: T[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) parsed.push(result.data);
    else reportZodIssues(result.error, scope, recordId(item) ?? `${file}[${index}]`, report);
  });
  return parsed;
}

function collectStrings(value: unknown, into: Set<string>) {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => collectStrings(item, into));
}

function recordId(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string' && data.id !== '') {
    return data.id;
  }
  return undefined;
}

function reportZodIssues(error: z.ZodError, scope: Problem['scope'], id: string, report: Report) {
  for (const issue of error.issues) {
    const base = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) report(scope, id, base ? `${base}.${key}` : key, 'is not a known field');
      continue;
    }
    report(scope, id, base || '(record)', issue.message);
  }
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function reportDuplicates(records: ReadonlyArray<{ id: string }>, scope: Problem['scope'], report: Report) {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) report(scope, id, 'id', `duplicate id: another ${scope} already uses "${id}"`);
    seen.add(id);
  }
}

function checkActors(actors: ReadonlyArray<Actor>, actorIds: ReadonlySet<string>, report: Report) {
  const aliasOwner = new Map<string, string>();
  for (const actor of actors) {
    actor.relations?.forEach(({ actor: other }, index) => {
      if (!actorIds.has(other)) report('actor', actor.id, `relations[${index}].actor`, `unknown actor "${other}"`);
    });
    // An alias that points at two actors would make a search for it ambiguous.
    for (const name of new Set([actor.name, actor.shortName, ...actor.aliases].map((n) => n?.toLowerCase()))) {
      if (name === undefined) continue;
      const owner = aliasOwner.get(name);
      if (owner !== undefined && owner !== actor.id) {
        report('actor', actor.id, 'aliases', `"${name}" also names actor "${owner}"`);
      }
      aliasOwner.set(name, actor.id);
    }
  }
}

function checkArticleFiles(sources: ReadonlyArray<Source>, articles: ReadonlyMap<string, string>, report: Report) {
  for (const source of sources) {
    if (!articles.has(source.textFile)) {
      report('source', source.id, 'textFile', `article text "${source.textFile}" was not found among the article texts`);
    }
  }
}

function checkDates(event: TimelineEvent, report: Report) {
  const start = parsePartialDate(event.start);
  if (!start) report('event', event.id, 'start', `"${event.start}" is not a real date`);
  else if (!precisionAllows(event.precision, dateForm(start))) {
    report('event', event.id, 'start', `"${event.start}" is written to the ${dateForm(start)}, but precision is "${event.precision}"`);
  }
  if (event.end !== undefined) {
    const end = parsePartialDate(event.end);
    if (!end) report('event', event.id, 'end', `"${event.end}" is not a real date`);
    else {
      if (!precisionAllows(event.precision, dateForm(end))) {
        report('event', event.id, 'end', `"${event.end}" is written to the ${dateForm(end)}, but precision is "${event.precision}"`);
      }
      if (start && lastDay(end) < firstDay(start)) {
        report('event', event.id, 'end', `"${event.end}" is before the start "${event.start}"`);
      } else if (event.end === event.start) {
        report('event', event.id, 'end', 'is the same as the start; leave it out');
      }
    }
  }
  if (event.precision === 'approximate' && event.dateNote === undefined) {
    report('event', event.id, 'dateNote', 'an approximate date must say how it was derived');
  }
}

/** Every quote of an event: its citations' and its claims'. */
function quotesOf(event: TimelineEvent): string[] {
  return [...event.citations, ...(event.claims ?? []).map((claim) => claim.citation)].map(({ quote }) => quote);
}

/**
 * Who did what must be readable in the event's own quotes: each actor's words and the place's
 * words appear in one of them, and a claimant makes a claim.
 */
function checkGrounding(event: TimelineEvent, report: Report) {
  const quotes = quotesOf(event);
  const inQuotes = (words: string) => quotes.some((quote) => quote.includes(words));
  event.actors.forEach(({ actor, role, as }, index) => {
    if (!inQuotes(as)) {
      report('event', event.id, `actors[${index}].as`, `"${truncate(as)}" (for actor "${actor}") is not in any of this event's quotes; an actor the quoted words do not name is not on the event`);
    }
    if (role === 'claimant' && !event.claims?.some((claim) => claim.actor === actor)) {
      report('event', event.id, `actors[${index}].role`, `"${actor}" is a claimant but makes no claim: record its claim under claims (with "actor": "${actor}") or give it the role its quotes support`);
    }
  });
  if (event.place && !inQuotes(event.place.as)) {
    report('event', event.id, 'place.as', `"${truncate(event.place.as)}" is not in any of this event's quotes; leave out a place the text does not give`);
  }
}

/** The day a person last read the event against its articles is a real day, no earlier than the event. */
function checkChecked(event: TimelineEvent, report: Report) {
  if (!parsePartialDate(event.checked)) report('event', event.id, 'checked', `"${event.checked}" is not a real date`);
  else if (event.checked < event.added) report('event', event.id, 'checked', `"${event.checked}" is before the event was added (${event.added}): an event is checked against its articles no earlier than it is written`);
}

function checkCitation(
  eventId: string,
  field: string,
  citation: Citation,
  sourceById: ReadonlyMap<string, Source>,
  articles: ArticleTexts,
  report: Report,
) {
  const source = sourceById.get(citation.source);
  if (!source) {
    report('event', eventId, `${field}.source`, `unknown source "${citation.source}"`);
    return;
  }
  if (citation.quote.length > MAX_QUOTE_LENGTH) {
    report('event', eventId, `${field}.quote`, `is ${citation.quote.length} characters; a quote is a sentence or two (at most ${MAX_QUOTE_LENGTH})`);
  }
  const text = articles?.get(source.textFile);
  if (text !== undefined && !text.includes(citation.quote)) {
    report('event', eventId, `${field}.quote`, `is not in the text of "${source.id}" (${source.textFile}) character for character: "${truncate(citation.quote)}"`);
  }
}

function truncate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}
