import 'server-only';
import { z } from 'zod';
import { dateForm, firstDay, lastDay, parsePartialDate, precisionAllows } from '@/lib/dates/partial-date';
import { ActorSchema, EventSchema, SourceSchema, type Actor, type Citation, type Dataset, type Source, type TimelineEvent } from '@/lib/data/schema';

/** The data as read from disk, before anything is trusted. */
export interface RawDataset {
  sources: unknown;
  actors: unknown;
  /** One entry per event file; `file` is its name, which must be `<id>.json`. */
  events: ReadonlyArray<{ file: string; data: unknown }>;
  /** Ids already published as permalinks (`events/published-ids.txt`); absent for datasets that publish nothing. */
  publishedIds?: ReadonlyArray<string>;
}

export interface Problem {
  scope: 'source' | 'actor' | 'event';
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

export const PUBLISHED_IDS_FILE = 'published-ids.txt';

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
  reportDuplicates(events, 'event', report);

  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const actorIds = new Set(actors.map((actor) => actor.id));

  checkActors(actors, actorIds, report);
  if (articles) checkArticleFiles(sources, articles, report);

  const usedActors = new Set<string>();
  const citedSources = new Set<string>();
  for (const event of events) {
    checkDates(event, report);
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

  if (raw.publishedIds) checkPublished(raw.publishedIds, events, namedByInvalid, report);

  for (const actor of actors) {
    if (!usedActors.has(actor.id) && !namedByInvalid.has(actor.id)) report('actor', actor.id, 'id', 'no event names this actor; remove it or cite an event for it');
  }
  for (const source of sources) {
    if (!citedSources.has(source.id) && !namedByInvalid.has(source.id)) report('source', source.id, 'id', 'no event cites this source');
  }

  return { dataset: problems.length === 0 ? { sources, actors, events } : null, problems };
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

/** An id is a permalink: once published it must never disappear, and every event must be recorded. */
function checkPublished(published: ReadonlyArray<string>, events: ReadonlyArray<TimelineEvent>, namedByInvalid: ReadonlySet<string>, report: Report) {
  const ids = new Set(events.map((event) => event.id));
  const recorded = new Set(published);
  for (const id of recorded) {
    if (!ids.has(id) && !namedByInvalid.has(id)) {
      report('event', id, 'id', `was published (events/${PUBLISHED_IDS_FILE}) but no event has this id any more: its permalink would break; restore the event or its id`);
    }
  }
  for (const id of ids) {
    if (!recorded.has(id)) report('event', id, 'id', `is not recorded in events/${PUBLISHED_IDS_FILE}: add it there (ids are permanent once published)`);
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
