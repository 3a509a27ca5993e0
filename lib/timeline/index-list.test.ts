import { runs } from '@/lib/testing/properties';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { indexEntry, indexListWindow } from '@/lib/timeline/index-list';
import { encodeIndex } from '@/lib/timeline/codec';
import { decoded, indexOfItems } from '@/lib/timeline/test-fixtures';
import { decodeMask, encodeMask } from '@/lib/timeline/mask';
import { viewMask } from '@/lib/timeline/mask';
import { EMPTY_VIEW } from '@/lib/view/url-state';
import { buildView } from '@/lib/view/view';
import { listWindow } from '@/lib/view/list-window';
import { relationPair, toListEntry, toTimelineItem } from '@/lib/timeline/entries';

const catalog = getCatalog();
const index = decoded(JSON.parse(JSON.stringify(encodeIndex(catalog.events.map((event) => toTimelineItem(event, catalog)), catalog.actors))));
const day = fc.date({ min: new Date('2010-01-01'), max: new Date('2025-06-30'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

describe('indexEntry', () => {
  it('lists every event exactly as the server does', () => {
    catalog.events.forEach((event, at) => expect(indexEntry(index, at)).toEqual(toListEntry(event, catalog)));
  });

  it('says who acted on whom exactly as the server does, for any two actors of an event', () => {
    const pairs = catalog.events.flatMap((event) =>
      event.actors.flatMap(({ actor: a }) => event.actors.filter(({ actor: b }) => a < b).map(({ actor: b }) => [a, b] as const)),
    );
    let spelled = 0;
    for (const pair of pairs) {
      catalog.events.forEach((event, at) => {
        const entry = toListEntry(event, catalog, pair);
        if (entry.relation) spelled += 1;
        expect(indexEntry(index, at, pair)).toEqual(entry);
      });
    }
    expect(spelled).toBeGreaterThan(20);
    // Every pair of every event against every event: seconds on a machine the whole team shares.
  }, 60_000);

  it('spells out the roles only between two actors compared with match=all', () => {
    const tanf = catalog.eventById.get('russian-airstrike-on-al-tanf-base-2016')!;
    const pair = relationPair({ actors: ['new-syrian-army', 'russia'], match: 'all' });
    expect(toListEntry(tanf, catalog, pair).relation).toEqual({ from: 'Russia', to: 'New Syrian Army' });
    expect(relationPair({ actors: ['new-syrian-army', 'russia'] })).toBeUndefined();
    expect(relationPair({ actors: ['new-syrian-army', 'russia', 'jordan'], match: 'all' })).toBeUndefined();
    // Jordan only claims something about the strike: no one acted on it.
    expect(toListEntry(tanf, catalog, relationPair({ actors: ['jordan', 'russia'], match: 'all' })).relation).toBeUndefined();
  });
});

describe('indexListWindow', () => {
  it('gives the same window as the server for any view, selection and window size', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.subarray(catalog.actors.map((actor) => actor.id), { maxLength: 3 }),
          fc.constantFrom(...catalog.events).chain((event) => fc.subarray(event.actors.map(({ actor }) => actor).sort(), { minLength: 1, maxLength: Math.min(3, event.actors.length) })),
        ),
        fc.option(fc.constant('all' as const), { nil: undefined }),
        fc.constantFrom('', 'aleppo', 'russia', 'hospital', 'no such words anywhere'),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.option(fc.constantFrom(...catalog.events.map((event) => event.id)), { nil: undefined }),
        fc.integer({ min: 1, max: 120 }),
        fc.option(fc.constantFrom(...catalog.events.flatMap((event) => event.place?.ids ?? [])), { nil: undefined, freq: 2 }),
        (actors, match, q, from, to, event, size, place) => {
          const state = { ...EMPTY_VIEW, actors, ...(match && { match }), q, ...(from && { from }), ...(to && { to }), ...(place && { place }), ...(event && { event }) };
          const view = buildView(catalog, state);
          const expected = listWindow(view.events, view.selected, size);
          const pair = relationPair(state);
          // The mask as the browser's list takes it (list-pane.tsx): from viewMask.
          const { bits } = viewMask(index, { actors, match, from, to, place }, view.searchMask);
          const window = indexListWindow(index, bits, event, size);
          const idAt = (at: number | undefined) => (at === undefined ? undefined : index.ids[at]);
          expect({
            total: window.total,
            first: window.first,
            entries: window.entries.map((at) => indexEntry(index, at, pair)),
            before: idAt(window.before),
            after: idAt(window.after),
          }).toEqual({
            total: view.events.length,
            first: expected.first,
            entries: expected.entries.map((entry) => toListEntry(entry, catalog, pair)),
            before: expected.before?.id,
            after: expected.after?.id,
          });
        },
      ),
      { numRuns: runs(400) },
    );
  });
});

describe('indexListWindow on ten events a reader can count', () => {
  const ten = indexOfItems(
    Array.from({ length: 10 }, (_, at) => ({
      id: `e${at}`, title: 't', dateLabel: 'd', camp: 'other' as const, written: '2016', actorNames: [], outlets: [], approximate: false, actors: [], roles: [], places: [],
      start: `2016-01-${String(at + 1).padStart(2, '0')}`,
    })),
  );
  const keeping = (kept: number[]) => decodeMask(encodeMask(kept, 10), 10);

  it('opens on the first events without a selection, and centres on the selection', () => {
    expect(indexListWindow(ten, null, undefined, 3)).toStrictEqual({ total: 10, first: 0, entries: [0, 1, 2], after: 3 });
    expect(indexListWindow(ten, null, 'no-such-event', 3)).toStrictEqual({ total: 10, first: 0, entries: [0, 1, 2], after: 3 });
    expect(indexListWindow(ten, null, 'e5', 3)).toStrictEqual({ total: 10, first: 4, entries: [4, 5, 6], before: 3, after: 7 });
    expect(indexListWindow(ten, null, 'e9', 3)).toStrictEqual({ total: 10, first: 7, entries: [7, 8, 9], before: 6 });
  });

  it('puts a selection the filters leave out where it would fall among the kept events', () => {
    expect(indexListWindow(ten, keeping([1, 3, 5, 7, 9]), 'e4', 3)).toStrictEqual({ total: 5, first: 1, entries: [3, 5, 7], before: 1, after: 9 });
    expect(indexListWindow(ten, keeping([1, 3, 5, 7, 9]), 'e2', 1)).toStrictEqual({ total: 5, first: 1, entries: [3], before: 1, after: 5 });
    expect(indexListWindow(ten, keeping([]), 'e4', 3)).toStrictEqual({ total: 0, first: 0, entries: [] });
  });
});
