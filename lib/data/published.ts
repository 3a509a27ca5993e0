import 'server-only';
import { createHash } from 'node:crypto';
import type { Revision } from './schema';

// What has been published, so that no permalink breaks and no cited event changes silently: each
// published event's id, a fingerprint of its content and how many revisions it had then
// (`events/published.json`, written by `npm run events:publish`). Stories are recorded the same way
// in a file of their own, so that the events' record keeps its shape.

export const PUBLISHED_FILE = 'published.json';
export const PUBLISHED_STORIES_FILE = 'published-stories.json';

/** What is published and revised: an event or a story. */
export interface Publishable {
  id: string;
  revisions?: Revision[] | undefined;
  /** An event's last reading against its articles: not part of what it says. */
  checked?: string | undefined;
}

/** What a comparison calls the records and where they are recorded. */
export interface PublishedKind {
  noun: 'event' | 'story';
  file: string;
}

export const PUBLISHED_EVENTS: PublishedKind = { noun: 'event', file: PUBLISHED_FILE };
export const PUBLISHED_STORIES: PublishedKind = { noun: 'story', file: PUBLISHED_STORIES_FILE };

export interface PublishedEntry {
  fingerprint: string;
  revisions: number;
}

export type PublishedRecord = Record<string, PublishedEntry>;

/** Objects with their keys sorted, so that the same content always reads the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(Object.getOwnPropertyDescriptor(value, key)?.value)]));
  }
  return value;
}

/** A fingerprint of everything an event (or a story) says, except its list of revisions and the day it was last checked. */
export function fingerprint(event: Publishable): string {
  const { revisions: _revisions, checked: _checked, ...content } = event;
  return `sha256-${createHash('sha256').update(JSON.stringify(canonical(content))).digest('hex').slice(0, 32)}`;
}

/** The record read from disk, or `null` when it is not a record of this shape. Never throws. */
export function parsePublished(raw: unknown): PublishedRecord | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record: PublishedRecord = {};
  for (const [id, entry] of Object.entries(raw)) {
    if (typeof entry !== 'object' || entry === null) return null;
    const value = (key: string): unknown => Object.getOwnPropertyDescriptor(entry, key)?.value;
    const print = value('fingerprint');
    const revisions = value('revisions');
    if (typeof print !== 'string' || typeof revisions !== 'number' || !Number.isInteger(revisions) || revisions < 0) return null;
    record[id] = { fingerprint: print, revisions };
  }
  return record;
}

export type PublishedProblemKind = 'removed' | 'unrecorded' | 'unrevised' | 'revision-removed' | 'unrecorded-revision';

export interface PublishedProblem {
  kind: PublishedProblemKind;
  id: string;
  field: 'id' | 'revisions';
  message: string;
}

const PUBLISH = '`npm run events:publish`';

/**
 * Compares the events with what was published. `removed`, `unrevised` and `revision-removed` are
 * errors an editor must fix in the data; `unrecorded` and `unrecorded-revision` only need
 * `npm run events:publish` to record the new state.
 */
export function comparePublished(
  published: PublishedRecord,
  events: ReadonlyArray<Publishable>,
  stillNamed: ReadonlySet<string>,
  { noun, file }: PublishedKind = PUBLISHED_EVENTS,
): PublishedProblem[] {
  const problems: PublishedProblem[] = [];
  const ids = new Set(events.map((event) => event.id));
  for (const id of Object.keys(published)) {
    if (!ids.has(id) && !stillNamed.has(id)) {
      problems.push({ kind: 'removed', id, field: 'id', message: `was published (events/${file}) but no ${noun} has this id any more: its permalink would break; restore the ${noun} or its id` });
    }
  }
  for (const event of events) {
    const entry = published[event.id];
    const revisions = event.revisions?.length ?? 0;
    if (!entry) {
      problems.push({ kind: 'unrecorded', id: event.id, field: 'id', message: `is not recorded in events/${file}: run ${PUBLISH} (its id is permanent from then on)` });
    } else if (revisions < entry.revisions) {
      problems.push({ kind: 'revision-removed', id: event.id, field: 'revisions', message: `had ${entry.revisions} revision(s) when published and now has ${revisions}: a revision is never removed` });
    } else if (fingerprint(event) !== entry.fingerprint && revisions === entry.revisions) {
      problems.push({
        kind: 'unrevised',
        id: event.id,
        field: 'revisions',
        message: `its content changed since it was published, with no new revision: add { "date", "reason" } to revisions, then run ${PUBLISH}`,
      });
    } else if (revisions > entry.revisions) {
      problems.push({ kind: 'unrecorded-revision', id: event.id, field: 'revisions', message: `has a revision not yet recorded in events/${file}: run ${PUBLISH}` });
    }
  }
  return problems;
}

/** The record of the events (or the stories) as they are now. */
export function publishedRecord(events: ReadonlyArray<Publishable>): PublishedRecord {
  return Object.fromEntries([...events].sort((a, b) => (a.id < b.id ? -1 : 1)).map((event) => [event.id, { fingerprint: fingerprint(event), revisions: event.revisions?.length ?? 0 }]));
}
