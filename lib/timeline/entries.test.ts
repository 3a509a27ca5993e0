import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { relationBetween, relationPair, toListEntry, toTimelineItem } from '@/lib/timeline/entries';

// The list and the chart are drawn from these, on the server and (through the index) in the
// browser: the twins agree with each other, so these tests hold them to the events' own data.

const catalog = getCatalog();
const eventOf = (id: string) => {
  const event = catalog.eventById.get(id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};
const TANF = 'russian-airstrike-on-al-tanf-base-2016';

describe('toListEntry', () => {
  it('names each actor by its short name, or its name, and each outlet once', () => {
    expect(toListEntry(eventOf(TANF), catalog)).toEqual({
      id: TANF,
      title: 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf',
      dateLabel: '16 June 2016',
      camp: 'regime',
      written: '2016-06-16',
      actorNames: ['Russia', 'NSyA', 'US', 'Jordan', 'UK', 'IS'],
      // Five citations of one article: one outlet.
      outlets: ["The Syrian Intifada (Kyle Orton's blog)"],
    });
  });

  it('names an actor or a source the lookup does not know by its id', () => {
    const entry = toListEntry(eventOf(TANF), { actorById: new Map(), sourceById: new Map() });
    expect(entry.actorNames).toEqual(['russia', 'new-syrian-army', 'united-states', 'jordan', 'united-kingdom', 'islamic-state']);
    expect(entry.outlets).toEqual(['syrian-intifada-2015']);
    expect(toListEntry(eventOf(TANF), { actorById: new Map(), sourceById: new Map() }, ['new-syrian-army', 'russia']).relation).toEqual({ from: 'russia', to: 'new-syrian-army' });
  });

  it('says who acted on whom by full name, whichever order the pair is in', () => {
    expect(toListEntry(eventOf(TANF), catalog, ['new-syrian-army', 'russia']).relation).toEqual({ from: 'Russia', to: 'New Syrian Army' });
    expect(toListEntry(eventOf(TANF), catalog, ['russia', 'new-syrian-army']).relation).toEqual({ from: 'Russia', to: 'New Syrian Army' });
    expect(toListEntry(eventOf(TANF), catalog, ['russia', 'united-kingdom'])).not.toHaveProperty('relation');
  });
});

describe('relationBetween and relationPair', () => {
  const roles = (map: Record<string, 'initiator' | 'target' | 'participant'>) => (id: string) => map[id];

  it('finds the initiator and the target in either order, and nothing between two initiators or two targets', () => {
    expect(relationBetween(['a', 'b'], roles({ a: 'initiator', b: 'target' }))).toEqual({ from: 'a', to: 'b' });
    expect(relationBetween(['a', 'b'], roles({ a: 'target', b: 'initiator' }))).toEqual({ from: 'b', to: 'a' });
    expect(relationBetween(['a', 'b'], roles({ a: 'initiator', b: 'initiator' }))).toBeUndefined();
    expect(relationBetween(['a', 'b'], roles({ a: 'target', b: 'target' }))).toBeUndefined();
    expect(relationBetween(['a', 'b'], roles({ a: 'initiator', b: 'participant' }))).toBeUndefined();
    expect(relationBetween(['a', 'b'], roles({ a: 'participant', b: 'target' }))).toBeUndefined();
    expect(relationBetween(['a', 'b'], roles({ b: 'target' }))).toBeUndefined();
  });

  it('compares exactly two actors, only with match=all', () => {
    expect(relationPair({ actors: ['a', 'b'], match: 'all' })).toEqual(['a', 'b']);
    expect(relationPair({ actors: ['a'], match: 'all' })).toBeUndefined();
    expect(relationPair({ actors: ['a', 'b'], match: undefined })).toBeUndefined();
  });
});

describe('toTimelineItem', () => {
  it('draws a single known day as a point', () => {
    const item = toTimelineItem(eventOf(TANF), catalog);
    expect(item).toMatchObject({ start: '2016-06-16', approximate: false, places: ['al-tanf'] });
    expect(item.actors).toEqual(['russia', 'new-syrian-army', 'united-states', 'jordan', 'united-kingdom', 'islamic-state']);
    expect(item.roles).toEqual(['initiator', 'target', 'claimant', 'claimant', 'mentioned', 'mentioned']);
    expect(item).not.toHaveProperty('end');
  });

  it('draws a month, a year or a range over every day it covers, up to the day after', () => {
    expect(toTimelineItem(eventOf('ansar-al-islam-founded-2001'), catalog)).toMatchObject({ start: '2001-09-01', end: '2001-10-01', written: '2001-09' });
    expect(toTimelineItem(eventOf('ansar-al-islam-al-qaeda-alliance-2003-2022'), catalog)).toMatchObject({ start: '2003-01-01', end: '2023-01-01' });
    expect(toTimelineItem(eventOf('hurras-al-din-militants-join-ansar-al-islam'), catalog)).toMatchObject({
      start: '2022-11-30',
      end: '2024-12-05',
      approximate: true,
    });
  });

  it('marks an approximate day as approximate, still a point, and an event with no place as placeless', () => {
    const item = toTimelineItem(eventOf('september-11-attacks-2001'), catalog);
    expect(item).toMatchObject({ start: '2001-09-11', approximate: true, places: [] });
    expect(item).not.toHaveProperty('end');
  });
});
