import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { indexEntry, indexListWindow } from '@/lib/timeline/index-list';
import { encodeIndex } from '@/lib/timeline/codec';
import { decoded } from '@/lib/timeline/test-fixtures';
import { decodeMask, filtersMask } from '@/lib/timeline/mask';
import { EMPTY_VIEW } from '@/lib/view/url-state';
import { buildView } from '@/lib/view/view';
import { listWindow } from '@/lib/view/list-window';
import { toListEntry, toTimelineItem } from '@/lib/timeline/entries';

const catalog = getCatalog();
const index = decoded(JSON.parse(JSON.stringify(encodeIndex(catalog.events.map((event) => toTimelineItem(event, catalog))))));
const day = fc.date({ min: new Date('2010-01-01'), max: new Date('2025-06-30'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

describe('indexEntry', () => {
  it('lists every event exactly as the server does', () => {
    catalog.events.forEach((event, at) => expect(indexEntry(index, at)).toEqual(toListEntry(event, catalog)));
  });
});

describe('indexListWindow', () => {
  it('gives the same window as the server for any view, selection and window size', () => {
    fc.assert(
      fc.property(
        fc.subarray(catalog.actors.map((actor) => actor.id), { maxLength: 3 }),
        fc.constantFrom('', 'aleppo', 'russia', 'hospital', 'no such words anywhere'),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.option(fc.constantFrom(...catalog.events.map((event) => event.id)), { nil: undefined }),
        fc.integer({ min: 1, max: 120 }),
        (actors, q, from, to, event, size) => {
          const state = { ...EMPTY_VIEW, actors, q, ...(from && { from }), ...(to && { to }), ...(event && { event }) };
          const view = buildView(catalog, state);
          const expected = listWindow(view.events, view.selected, size);
          const mask = filtersMask(index, {
            searchMask: view.searchMask === null ? null : decodeMask(view.searchMask, index.size),
            actors,
            ...(from && { from }),
            ...(to && { to }),
          });
          const window = indexListWindow(index, mask, event, size);
          const idAt = (at: number | undefined) => (at === undefined ? undefined : index.ids[at]);
          expect({
            total: window.total,
            first: window.first,
            entries: window.entries.map(idAt),
            before: idAt(window.before),
            after: idAt(window.after),
          }).toEqual({
            total: view.events.length,
            first: expected.first,
            entries: expected.entries.map(({ id }) => id),
            before: expected.before?.id,
            after: expected.after?.id,
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
