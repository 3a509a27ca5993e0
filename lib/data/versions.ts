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
  eventId: string;
  title: string;
  date: string;
  /** What changed; `null` for a first publication. */
  reason: string | null;
  /** 0 for the first publication, then 1, 2… for each revision. */
  revision: number;
}

/** Every publication and revision across the dataset, newest first. */
export function changes(events: ReadonlyArray<Pick<TimelineEvent, 'id' | 'title' | 'added' | 'revisions'>>): Change[] {
  return events
    .flatMap((event) => [
      { eventId: event.id, title: event.title, date: event.added, reason: null, revision: 0 },
      ...(event.revisions ?? []).map((revision, at) => ({ eventId: event.id, title: event.title, date: revision.date, reason: revision.reason, revision: at + 1 })),
    ])
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.eventId !== b.eventId ? (a.eventId < b.eventId ? -1 : 1) : b.revision - a.revision));
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
