import { runs } from '@/lib/testing/properties';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { actorNames, createFilterIndex, eventDays, filterEvents } from '@/lib/view/filter';
import { foldForSearch, namesMatch, searchTerms } from '@/lib/view/search-text';

const catalog = getCatalog();
const index = createFilterIndex(catalog.actorById);
const actor = (id: string) => catalog.actorById.get(id)!;

describe('foldForSearch', () => {
  it('folds case, accents and apostrophe variants', () => {
    expect(foldForSearch('Hayʼat TAHRIR')).toBe("hay'at tahrir");
    expect(foldForSearch('Hay’at')).toBe(foldForSearch("Hay'at"));
    expect(foldForSearch('Türkiye')).toBe('turkiye');
  });
});

describe('namesMatch', () => {
  const finds = (id: string, query: string) => namesMatch(actorNames(actor(id)), searchTerms(query));

  it('finds an actor by any of its names', () => {
    expect(finds('islamic-state', 'Daesh')).toBe(true);
    expect(finds('jabhat-al-nusra', 'nusra')).toBe(true);
    expect(finds('hayat-tahrir-al-sham', 'hts')).toBe(true);
    expect(finds('hayat-tahrir-al-sham', 'tahrir sham')).toBe(true);
    expect(finds('russia', 'Daesh')).toBe(false);
  });
});

describe('filterEvents', () => {
  it('keeps events involving any chosen actor, in any role', () => {
    const found = filterEvents(catalog.events, { actors: ['new-syrian-army', 'jordan'], q: '' }, index);
    expect(found.map((event) => event.id)).toContain('russian-airstrike-on-al-tanf-base-2016');
    for (const event of found) {
      expect(event.actors.some(({ actor: id }) => id === 'new-syrian-army' || id === 'jordan')).toBe(true);
    }
  });

  it('keeps only events involving every chosen actor with match=all', () => {
    const found = filterEvents(catalog.events, { actors: ['new-syrian-army', 'russia'], match: 'all', q: '' }, index);
    expect(found.map((event) => event.id)).toContain('russian-airstrike-on-al-tanf-base-2016');
    for (const event of found) {
      expect(event.actors.some(({ actor: id }) => id === 'new-syrian-army') && event.actors.some(({ actor: id }) => id === 'russia')).toBe(true);
    }
  });

  it('searches titles, summaries, quotes and actor aliases, every term', () => {
    expect(filterEvents(catalog.events, { actors: [], q: 'tanf cluster' }, index).map((e) => e.id)).toContain(
      'russian-airstrike-on-al-tanf-base-2016',
    );
    expect(filterEvents(catalog.events, { actors: [], q: 'Daesh' }, index).length).toBeGreaterThan(10);
    expect(filterEvents(catalog.events, { actors: [], q: 'tanf zzzz' }, index)).toEqual([]);
  });

  it('keeps events that overlap the date window', () => {
    const found = filterEvents(catalog.events, { actors: [], q: '', from: '2016-06-16', to: '2016-06-16' }, index);
    expect(found.map((event) => event.id)).toContain('russian-airstrike-on-al-tanf-base-2016');
    // A multi-year span overlaps any day inside it.
    expect(found.map((event) => event.id)).toContain('ansar-al-islam-al-qaeda-alliance-2003-2022');
    for (const event of found) {
      const { first, last } = eventDays(event);
      expect(first <= '2016-06-16' && last >= '2016-06-16').toBe(true);
    }
  });

  it('keeps the events that name the chosen place, and only the place itself', () => {
    const found = filterEvents(catalog.events, { actors: [], q: '', place: 'aleppo-governorate' }, index);
    expect(found.map((event) => event.id)).toContain('hussein-hamedani-killed-2015');
    expect(found.every((event) => event.place?.ids.includes('aleppo-governorate'))).toBe(true);
    // Aleppo City lies inside the governorate, but an event placed there names only the city.
    expect(found.map((event) => event.id)).not.toContain('regime-offensive-on-aleppo-city-2014');
    expect(filterEvents(catalog.events, { actors: [], q: '', place: 'kuweris-airbase' }, index).map((event) => event.id).sort()).toEqual([
      'islamic-state-besieges-kuweris-airbase-2015',
      'russian-strikes-on-is-at-kuweris-and-deir-ezzor',
    ]);
  });

  it('agrees with a plain check of each event, for random filters', () => {
    const actorIds = [...catalog.actorById.keys()];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...actorIds), { maxLength: 3 }),
        fc.option(fc.constant('all' as const), { nil: undefined }),
        fc.constantFrom('', 'russia', 'aleppo strike', 'نص', 'isis'),
        fc.option(fc.constantFrom('2014-01-01', '2016-06-16', '2020-01-01'), { nil: undefined }),
        (actors, match, q, from) => {
          const found = new Set(filterEvents(catalog.events, { actors, match, q, from }, index));
          const involves = (event: (typeof catalog.events)[number], id: string) => event.actors.some(({ actor }) => actor === id);
          for (const event of catalog.events) {
            const text = index.searchText(event);
            const expected =
              (actors.length === 0 || (match === 'all' ? actors.every((id) => involves(event, id)) : actors.some((id) => involves(event, id)))) &&
              foldForSearch(q).split(' ').filter(Boolean).every((term) => text.includes(term)) &&
              (from === undefined || eventDays(event).last >= from);
            expect(found.has(event)).toBe(expected);
          }
        },
      ),
      { numRuns: runs(50) },
    );
  });
});
