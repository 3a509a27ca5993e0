import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { guard, runs } from '@/lib/testing/properties';
import { createFilterIndex, eventDays, filterEvents } from '@/lib/view/filter';
import { EMPTY_VIEW } from '@/lib/view/url-state';
import { actorGroups } from '@/lib/view/actor-groups';
import { mapView } from '@/lib/view/map-view';
import { buildView, knownIds, timelineIndex, timelineIndexDocument, timelineIndexUrl } from '@/lib/view/view';
import { decodeMask, isKept } from '@/lib/timeline/mask';
import { CAMP_LABELS, CAMP_ORDER } from '@/lib/data/labels';
import type { Catalog } from '@/lib/data/catalog';
import type { Actor } from '@/lib/data/schema';
import { listWindow } from '@/lib/view/list-window';
import { toTimelineItem } from '@/lib/timeline/entries';

const catalog = getCatalog();
const event = (id: string) => catalog.eventById.get(id)!;

describe('buildView', () => {
  it('keeps the same events as a plain filter over every event', () => {
    const plain = createFilterIndex(catalog.actorById);
    const some = guard('a view that keeps some events but not all');
    const all = guard('match=all over several actors that keeps some events');
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.subarray(catalog.actors.map((actor) => actor.id), { maxLength: 4 }),
          // Several actors of one event, so that match=all keeps something.
          {
            arbitrary: fc.constantFrom(...catalog.events).chain((event) => {
              const ids = [...new Set(event.actors.map(({ actor }) => actor))].sort();
              return fc.subarray(ids, { minLength: Math.min(2, ids.length), maxLength: Math.min(3, ids.length) });
            }),
            weight: 3,
          },
        ),
        fc.option(fc.constant('all' as const), { nil: undefined }),
        fc.oneof(fc.constant(''), fc.constantFrom('aleppo', 'idlib russia', 'daesh', 'hospital')),
        fc.option(day, { nil: undefined, freq: 2 }),
        fc.option(day, { nil: undefined, freq: 2 }),
        (actors, match, q, from, to) => {
          const state = { ...EMPTY_VIEW, actors, ...(match && { match }), q, ...(from && { from }), ...(to && { to }) };
          // The actors by a plain reading of each event (any of them, or every one), the rest by filterEvents.
          const involves = (event: (typeof catalog.events)[number], id: string) => event.actors.some(({ actor }) => actor === id);
          const expected = filterEvents(catalog.events, state, plain).filter(
            (event) => actors.length === 0 || (match === 'all' ? actors.every((id) => involves(event, id)) : actors.some((id) => involves(event, id))),
          );
          const kept = buildView(catalog, state).events;
          expect(kept.map((event) => event.id)).toEqual(expected.map((event) => event.id));
          some(kept.length > 0 && kept.length < catalog.events.length);
          all(match === 'all' && actors.length > 1 && kept.length > 0);
        },
      ),
      { numRuns: runs(300) },
    );
    some.expectExercised(0.15);
    all.expectExercised(0.025);
  });

  it('keeps events involving any chosen actor, in any role, or with match=all every one', () => {
    const any = buildView(catalog, { ...EMPTY_VIEW, actors: ['jordan', 'new-syrian-army'] }).events;
    const both = buildView(catalog, { ...EMPTY_VIEW, actors: ['new-syrian-army', 'russia'], match: 'all' }).events;
    expect(any.map((event) => event.id)).toContain('russian-airstrike-on-al-tanf-base-2016');
    expect(both.map((event) => event.id)).toContain('russian-airstrike-on-al-tanf-base-2016');
    for (const event of any) expect(event.actors.some(({ actor }) => actor === 'new-syrian-army' || actor === 'jordan')).toBe(true);
    for (const event of both) for (const id of ['new-syrian-army', 'russia']) expect(event.actors.some(({ actor }) => actor === id)).toBe(true);
    expect(buildView(catalog, { ...EMPTY_VIEW, actors: ['new-syrian-army', 'russia'] }).events.length).toBeGreaterThan(both.length);
  });

  it('gives the selected event and its neighbours among the filtered events', () => {
    const view = buildView(catalog, { actors: ['russia'], q: '', event: 'russian-airstrike-on-al-tanf-base-2016' });
    const at = view.events.indexOf(view.selected!);
    expect(view.previous).toBe(view.events[at - 1]);
    expect(view.next).toBe(view.events[at + 1]);
    expect(view.next?.id).toBe('kerry-prepares-to-fly-to-moscow-on-coordination-agreement-2016');
  });

  it('keeps a selected event outside the filters, with neighbours around its date', () => {
    const view = buildView(catalog, { actors: ['ansar-al-islam'], q: '', event: 'russian-airstrike-on-al-tanf-base-2016' });
    expect(view.events).not.toContain(view.selected);
    expect(view.previous!.start <= '2016-06-16').toBe(true);
    expect(view.next!.start >= '2016-06-16').toBe(true);
  });

  it('gives the chart the kept events and the text search’s own result as masks over the catalog, and none without filters', () => {
    const kept = (mask: string | null) => {
      const bits = decodeMask(mask!, catalog.events.length);
      expect(bits).not.toBeNull();
      return catalog.events.filter((_, at) => isKept(bits, at)).map((e) => e.id);
    };
    const both = buildView(catalog, { ...EMPTY_VIEW, actors: ['russia'], q: 'aleppo' });
    const searched = buildView(catalog, { ...EMPTY_VIEW, q: 'aleppo' }).events;
    expect(both.events.length).toBeGreaterThan(0);
    expect(both.events.length).toBeLessThan(searched.length);
    expect(kept(both.mask)).toEqual(both.events.map((e) => e.id));
    expect(kept(both.searchMask)).toEqual(searched.map((e) => e.id));
    const placed = buildView(catalog, { ...EMPTY_VIEW, place: 'al-tanf' });
    expect(kept(placed.mask)).toEqual(placed.events.map((e) => e.id));
    expect(placed.searchMask).toBeNull();
    const plain = buildView(catalog, { ...EMPTY_VIEW, lanes: 'camp', window: { start: '2015-01-01', end: '2016-01-01' }, event: 'russian-airstrike-on-al-tanf-base-2016' });
    expect(plain).toMatchObject({ mask: null, searchMask: null });
    expect(plain.events).toEqual(catalog.events);
    expect(buildView(catalog, { ...EMPTY_VIEW, event: 'no-such-event' })).toEqual({ events: catalog.events, mask: null, searchMask: null });
    // The first event of the catalog is bit 0 of the mask.
    const earliest = buildView(catalog, { ...EMPTY_VIEW, to: eventDays(catalog.events[0]!).first });
    expect(earliest.events[0]).toBe(catalog.events[0]);
    expect(kept(earliest.mask)).toEqual(earliest.events.map((e) => e.id));
  });

  it('keeps nothing for an actor no event involves', () => {
    expect(buildView(catalog, { ...EMPTY_VIEW, actors: ['nobody'] }).events).toEqual([]);
    expect(buildView(catalog, { ...EMPTY_VIEW, actors: ['nobody', 'russia'] }).events).toEqual(buildView(catalog, { ...EMPTY_VIEW, actors: ['russia'] }).events);
  });

  it('has no neighbours past the ends', () => {
    const first = catalog.events[0]!;
    const view = buildView(catalog, { actors: [], q: '', event: first.id });
    expect(view.previous).toBeUndefined();
    expect(view.next).toBe(catalog.events[1]);
  });
});

describe('the index and the ids a view may name', () => {
  // A copy of the catalog, so that this test works these out itself rather than reading what an
  // earlier test left in the cache (mutation testing runs only the tests that computed a line).
  const fresh = () => ({ ...catalog });

  it('knows every actor, event, place and story of the catalog, with each story’s events in step order', () => {
    const known = knownIds(fresh());
    expect([...known.actorIds].sort()).toEqual(catalog.actors.map((a) => a.id).sort());
    expect([...known.eventIds].sort()).toEqual(catalog.events.map((e) => e.id).sort());
    expect([...known.placeIds].sort()).toEqual(catalog.places.map((p) => p.id).sort());
    expect(known.stories?.get('al-tanf-strike-2016')).toEqual(catalog.storyById.get('al-tanf-strike-2016')!.steps.map((step) => step.event));
  });

  it('serves the index at an address that changes with its content, and decodes it as the browser does', () => {
    const copy = fresh();
    expect(timelineIndexUrl(copy)).toMatch(/^\/data\/timeline-index\.json\?v=[0-9a-z]+$/);
    expect(timelineIndexUrl(copy)).toBe(timelineIndexUrl(catalog));
    const index = timelineIndex(copy)!;
    expect(index.size).toBe(catalog.events.length);
    expect(timelineIndexDocument(catalog)).toBeTypeOf('object');
  });
});

describe('toTimelineItem', () => {
  it('draws a known day as a point', () => {
    expect(toTimelineItem(event('russian-airstrike-on-al-tanf-base-2016'), catalog)).toEqual({
      id: 'russian-airstrike-on-al-tanf-base-2016',
      title: 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf',
      dateLabel: '16 June 2016',
      camp: 'regime',
      written: '2016-06-16',
      actorNames: ['Russia', 'NSyA', 'US', 'Jordan', 'UK', 'IS'],
      outlets: ["The Syrian Intifada (Kyle Orton's blog)"],
      approximate: false,
      actors: ['russia', 'new-syrian-army', 'united-states', 'jordan', 'united-kingdom', 'islamic-state'],
      places: ['al-tanf'],
      roles: ['initiator', 'target', 'claimant', 'claimant', 'mentioned', 'mentioned'],
      start: '2016-06-16',
    });
  });

  it('draws a month, a span and an approximate window over all the days they cover', () => {
    expect(toTimelineItem(event('al-qaeda-cuts-ties-with-islamic-state-2014'), catalog)).toMatchObject({
      start: '2014-02-01',
      end: '2014-03-01',
      approximate: false,
    });
    expect(toTimelineItem(event('hts-attacks-ansar-al-islam-2021-2023'), catalog)).toMatchObject({
      start: '2021-01-01',
      end: '2024-01-01',
    });
    expect(toTimelineItem(event('regime-offensive-on-aleppo-city-2014'), catalog)).toMatchObject({
      start: '2014-06-01',
      end: '2014-09-01',
      approximate: true,
      dateLabel: 'summer 2014 (approx.)',
    });
  });
});

describe('actorGroups', () => {
  it('groups every actor under its camp with the number of events it takes part in', () => {
    const groups = actorGroups(catalog);
    const options = groups.flatMap((group) => group.actors);
    expect(options).toHaveLength(catalog.actors.length);
    const nsya = options.find((option) => option.id === 'new-syrian-army')!;
    expect(nsya.count).toBe(catalog.events.filter((e) => e.actors.some((a) => a.actor === 'new-syrian-army')).length);
    expect(groups.find((group) => group.camp === 'jihadist')!.actors.map((a) => a.id)).toContain('islamic-state');
  });

  it('lists the camps in their display order under their labels, each actor in its own camp, the busiest first and ties by name', () => {
    const groups = actorGroups(catalog);
    const camps = CAMP_ORDER.filter((camp) => catalog.actors.some((actor) => actor.camp === camp));
    expect(groups.map((group) => [group.camp, group.label])).toEqual(camps.map((camp) => [camp, CAMP_LABELS[camp]]));
    const involving = (id: string) => catalog.events.filter((e) => e.actors.some((a) => a.actor === id)).length;
    for (const group of groups) {
      for (const option of group.actors) {
        expect(catalog.actorById.get(option.id)!.camp).toBe(group.camp);
        expect(option.count, option.id).toBe(involving(option.id));
      }
      const order = group.actors.map((option) => [option.count, option.name] as const);
      expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1])));
    }
  });

  it('gives each actor its other names once, without its own name, and leaves out empty camps', () => {
    const actor = (id: string, camp: Actor['camp'], names: Partial<Actor>): Actor => ({ ...catalog.actorById.get('russia')!, id, camp, ...names });
    const tiny = {
      actors: [
        actor('b', 'regime', { name: 'Bravo', shortName: 'B', aliases: ['B', 'Bravo', 'Bee'] }),
        actor('a', 'regime', { name: 'Alpha', shortName: undefined, aliases: [] }),
        actor('c', 'jihadist', { name: 'Charlie', shortName: 'Charlie', aliases: ['C'] }),
      ],
      events: [
        { ...catalog.events[0]!, actors: [{ actor: 'a', role: 'initiator' }] },
        { ...catalog.events[1]!, actors: [{ actor: 'b', role: 'initiator' }, { actor: 'a', role: 'target' }] },
      ],
    } as unknown as Catalog;
    expect(actorGroups(tiny)).toEqual([
      {
        camp: 'regime',
        label: CAMP_LABELS.regime,
        actors: [
          { id: 'a', name: 'Alpha', aliases: [], count: 2 },
          { id: 'b', name: 'Bravo', aliases: ['B', 'Bee'], count: 1 },
        ],
      },
      { camp: 'jihadist', label: CAMP_LABELS.jihadist, actors: [{ id: 'c', name: 'Charlie', aliases: ['C'], count: 0 }] },
    ]);
    // Alpha and Bravo tied: by name.
    const tied = { ...tiny, events: [] } as unknown as Catalog;
    expect(actorGroups(tied)[0]!.actors.map((option) => option.id)).toEqual(['a', 'b']);
  });
});

describe('mapView', () => {
  const index = timelineIndex(catalog)!;
  /** The events naming each place, and their most frequent camp (the first in the index's order on a tie), by a plain count. */
  const plainCounts = (events: typeof catalog.events) => {
    const byPlace = new Map<string, number[]>();
    for (const e of events) {
      const camp = index.camps.indexOf(toTimelineItem(e, catalog).camp);
      for (const id of e.place?.ids ?? []) {
        const tally = byPlace.get(id) ?? index.camps.map(() => 0);
        tally[camp]! += 1;
        byPlace.set(id, tally);
      }
    }
    return [...byPlace].map(([id, tally]) => [id, tally.reduce((a, b) => a + b, 0), tally.indexOf(Math.max(...tally))] as [string, number, number]);
  };
  const sorted = (counts: Array<[string, number, number]>) => [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1));

  it('counts every event by place when nothing is filtered, and those that name none', () => {
    const view = mapView(catalog, EMPTY_VIEW, null);
    expect(sorted(view.counts)).toEqual(sorted(plainCounts(catalog.events)));
    expect(view.unplaced).toBe(catalog.events.filter((e) => (e.place?.ids.length ?? 0) === 0).length);
    expect(view.highlighted).toEqual([]);
    expect(view).not.toHaveProperty('chosen');
    expect(view.places.map((place) => place.id)).toEqual(catalog.places.map((place) => place.id));
    expect(view.basemap).toBeTypeOf('object');
  });

  it('counts only the events the filters keep, highlights the selected event’s places and names the chosen place', () => {
    const state = { ...EMPTY_VIEW, actors: ['russia'], place: 'al-tanf', event: 'russian-airstrike-on-al-tanf-base-2016' };
    const filtered = buildView(catalog, { ...EMPTY_VIEW, actors: ['russia'] });
    const view = mapView(catalog, state, filtered.mask);
    expect(sorted(view.counts)).toEqual(sorted(plainCounts(filtered.events)));
    expect(view.unplaced).toBe(filtered.events.filter((e) => (e.place?.ids.length ?? 0) === 0).length);
    expect(view.highlighted).toEqual(['al-tanf']);
    expect(view.chosen).toEqual({ id: 'al-tanf', name: catalog.placeById.get('al-tanf')!.name });
  });

  it('highlights nothing for a selected event that names no place', () => {
    const unplaced = catalog.events.find((e) => e.place === undefined)!;
    expect(mapView(catalog, { ...EMPTY_VIEW, event: unplaced.id }, null).highlighted).toEqual([]);
  });
});

describe('listWindow', () => {
  const events = catalog.events;

  it('shows everything when it fits', () => {
    expect(listWindow(events, undefined, 500)).toEqual({ first: 0, entries: events });
  });

  it('starts at the beginning without a selection, and centres on one', () => {
    expect(listWindow(events, undefined, 10)).toMatchObject({ first: 0, entries: events.slice(0, 10), after: events[10] });
    const middle = events[40]!;
    const window = listWindow(events, middle, 10);
    expect(window.entries).toContain(middle);
    expect(window).toMatchObject({ first: 35, before: events[34], after: events[45] });
  });

  it('centres on where a selected event outside the filters would fall, up to the end of the list', () => {
    const russia = buildView(catalog, { ...EMPTY_VIEW, actors: ['russia'] }).events;
    const later = catalog.events.filter((e) => e.start > russia.at(-1)!.start && !russia.includes(e)).at(-1)!;
    expect(listWindow(russia, later, 4)).toEqual({ first: russia.length - 4, entries: russia.slice(-4), before: russia.at(-5) });
    const earlier = catalog.events.find((e) => e.start < russia[0]!.start)!;
    expect(listWindow(russia, earlier, 4)).toEqual({ first: 0, entries: russia.slice(0, 4), after: russia[4] });
    // An event between two of Russia's, in the catalog's order: the window centres on the later one's place.
    const at = catalog.events.findIndex((e, k) => k > 0 && !russia.includes(e) && russia.indexOf(catalog.events[k - 1]!) >= 4);
    const j = russia.indexOf(catalog.events[at - 1]!);
    expect(j + 6).toBeLessThan(russia.length);
    expect(listWindow(russia, catalog.events[at]!, 4)).toEqual({ first: j - 1, entries: russia.slice(j - 1, j + 3), before: russia[j - 2], after: russia[j + 3] });
    const middle = catalog.events[at]!;
    expect(listWindow([], middle, 4)).toEqual({ first: 0, entries: [] });
  });

  it('stays inside the list at its ends', () => {
    const last = events[events.length - 1]!;
    const window = listWindow(events, last, 10);
    expect(window.first).toBe(events.length - 10);
    expect(window.after).toBeUndefined();
  });
});
