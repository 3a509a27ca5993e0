import type { Revision, TimelineEvent } from './schema';

// The dates a cited event carries: when it was first published and its latest revision.

export interface EventVersion {
  /** First publication, `YYYY-MM-DD`. */
  published: string;
  /** The latest revision's date, or the first publication's. */
  modified: string;
  latest?: Revision;
}

export function eventVersion(event: Pick<TimelineEvent, 'added' | 'revisions'>): EventVersion {
  const latest = event.revisions?.[event.revisions.length - 1];
  return { published: event.added, modified: latest?.date ?? event.added, ...(latest && { latest }) };
}

/** The dataset's version: the date of its latest publication or revision. */
export function datasetVersion(events: ReadonlyArray<Pick<TimelineEvent, 'added' | 'revisions'>>): string {
  return events.reduce((latest, event) => {
    const modified = eventVersion(event).modified;
    return modified > latest ? modified : latest;
  }, '0000-00-00');
}

export interface Change {
  /** What changed: an event, or a story through the events. */
  kind: 'event' | 'story';
  id: string;
  title: string;
  date: string;
  /** What changed; `null` for a first publication. */
  reason: string | null;
  /** 0 for the first publication, then 1, 2… for each revision. */
  revision: number;
}

type Versioned = Pick<TimelineEvent, 'id' | 'title' | 'added' | 'revisions'>;

function changesOf(kind: Change['kind'], records: ReadonlyArray<Versioned>): Change[] {
  return records.flatMap((record) => [
    { kind, id: record.id, title: record.title, date: record.added, reason: null, revision: 0 },
    ...(record.revisions ?? []).map((revision, at) => ({ kind, id: record.id, title: record.title, date: revision.date, reason: revision.reason, revision: at + 1 })),
  ]);
}

/** Every publication and revision across the dataset, events and stories, newest first. */
export function changes(events: ReadonlyArray<Versioned>, stories: ReadonlyArray<Versioned> = []): Change[] {
  return [...changesOf('event', events), ...changesOf('story', stories)].sort(
    (a, b) =>
      (a.date !== b.date ? (a.date < b.date ? 1 : -1) : 0) ||
      (a.kind !== b.kind ? (a.kind === 'event' ? -1 : 1) : 0) ||
      (a.id !== b.id ? (a.id < b.id ? -1 : 1) : 0) ||
      b.revision - a.revision,
  );
}

/** Changes grouped by day, in the order given. */
export function changesByDay(list: ReadonlyArray<Change>): Array<[string, Change[]]> {
  const days: Array<[string, Change[]]> = [];
  for (const change of list) {
    const last = days[days.length - 1];
    if (last?.[0] === change.date) last[1].push(change);
    else days.push([change.date, [change]]);
  }
  return days;
}
