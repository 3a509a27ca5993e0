import { describe, expect, it } from 'vitest';
import { changes, changesByDay, datasetVersion, eventVersion } from './versions';

const event = (id: string, added: string, revisions: Array<[string, string]> = []) => ({
  id,
  title: id,
  added,
  ...(revisions.length > 0 && { revisions: revisions.map(([date, reason]) => ({ date, reason })) }),
});

describe('versions', () => {
  it('date an event by its first publication and its latest revision', () => {
    expect(eventVersion(event('a', '2026-11-21'))).toEqual({ published: '2026-11-21', modified: '2026-11-21' });
    expect(eventVersion(event('a', '2026-11-21', [['2026-12-01', 'x'], ['2026-12-05', 'y']]))).toEqual({
      published: '2026-11-21',
      modified: '2026-12-05',
      latest: { date: '2026-12-05', reason: 'y' },
    });
  });

  it('give the dataset the date of its latest change', () => {
    expect(datasetVersion([event('a', '2026-11-21'), event('b', '2026-11-22', [['2026-12-03', 'x']]), event('c', '2026-12-02')])).toBe('2026-12-03');
  });

  it('list every publication and revision newest first, grouped by day', () => {
    const list = changes([event('b', '2026-11-21', [['2026-12-01', 'fixed']]), event('a', '2026-11-21'), event('c', '2026-12-01')]);
    expect(list.map((change) => `${change.date} ${change.id} ${change.revision}`)).toEqual([
      '2026-12-01 b 1',
      '2026-12-01 c 0',
      '2026-11-21 a 0',
      '2026-11-21 b 0',
    ]);
    const withStories = changes([event('b', '2026-11-21')], [event('a-story', '2026-11-21', [['2026-12-02', 'a step added']])]);
    expect(withStories.map((change) => `${change.date} ${change.kind} ${change.id} ${change.revision}`)).toEqual([
      '2026-12-02 story a-story 1',
      '2026-11-21 event b 0',
      '2026-11-21 story a-story 0',
    ]);
    expect(changesByDay(list).map(([day, entries]) => [day, entries.length])).toEqual([
      ['2026-12-01', 2],
      ['2026-11-21', 2],
    ]);
  });
});
