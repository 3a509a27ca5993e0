import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { guard, runs } from '@/lib/testing/properties';
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

  it('folds every apostrophe, quotation mark and dash a quote may hold into the one a reader types', () => {
    expect(foldForSearch('‘a’ ʼb` ´c')).toBe("'a' 'b' 'c");
    expect(foldForSearch('“Free” Syria')).toBe('"free" syria');
    expect(foldForSearch('2011‐2012‑2013‒2014–2015—2016')).toBe('2011-2012-2013-2014-2015-2016');
    expect(foldForSearch('Ḥamāh')).toBe('hamah');
  });
});

describe('searchTerms', () => {
  it('splits a query at any run of spaces, folded, with no empty terms', () => {
    expect(searchTerms('  Hayʼat \t TAHRIR\n ')).toEqual(["hay'at", 'tahrir']);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('')).toEqual([]);
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

  it('finds every actor for an empty query, and needs each term inside one of the names', () => {
    expect(namesMatch(['Russia'], [])).toBe(true);
    expect(namesMatch([], [])).toBe(true);
    expect(namesMatch([], ['russia'])).toBe(false);
    // Two names are not one text: a term across the end of one and the start of the next finds nothing.
    expect(namesMatch(['Islamic State', 'Daesh'], searchTerms('statedaesh'))).toBe(false);
    expect(namesMatch(['Islamic State', 'Daesh'], searchTerms('state daesh'))).toBe(true);
    expect(namesMatch(['Islamic State', 'Daesh'], searchTerms('state nusra'))).toBe(false);
  });
});

describe('filterEvents', () => {
  type Event = (typeof catalog.events)[number];
  const words = (text: string | undefined) => foldForSearch(text ?? '').split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 5);
  /** What a reader can read of an event outside its quotes: title, summary, place, claims' words, actors' names. */
  const outsideQuotes = (event: Event) => [
    event.title,
    event.summary,
    event.place?.name,
    event.place?.governorate,
    ...(event.claims ?? []).flatMap((claim) => [claim.by, claim.says]),
    ...event.actors.flatMap(({ actor: id }) => actorNames(actor(id))),
  ];
  const quotes = (event: Event) => [...event.citations.map((citation) => citation.quote), ...(event.claims ?? []).map((claim) => claim.citation.quote)];
  const search = (q: string) => filterEvents(catalog.events, { q }, index);

  it('finds an event by a word that only its quotes hold', () => {
    const elsewhere = foldForSearch(catalog.events.flatMap(outsideQuotes).join('\n'));
    const onlyQuoted = [...new Set(catalog.events.flatMap((event) => quotes(event).flatMap(words)))].filter((word) => !elsewhere.includes(word)).sort();
    expect(onlyQuoted.length).toBeGreaterThan(20);
    for (const word of onlyQuoted.slice(0, 25)) {
      const quoting = catalog.events.filter((event) => quotes(event).some((quote) => foldForSearch(quote).includes(word)));
      expect(quoting.length, word).toBeGreaterThan(0);
      expect(search(word), word).toEqual(quoting);
    }
  });

  it('finds an event by a word that only one part of it holds, for every part a reader can read', () => {
    const parts = (event: Event): Record<string, Array<string | undefined>> => {
      const claims = event.claims ?? [];
      const actors = event.actors.map(({ actor: id }) => actor(id));
      return {
        title: [event.title],
        summary: [event.summary],
        place: [event.place?.name],
        quote: event.citations.map((citation) => citation.quote),
        claimant: claims.map((claim) => claim.by),
        claim: claims.map((claim) => claim.says),
        claimQuote: claims.map((claim) => claim.citation.quote),
        actorName: actors.map((a) => a.name),
        actorAlias: actors.flatMap((a) => a.aliases),
      };
    };
    // Its own index, so that this test reads each event's text itself rather than from an earlier test's cache.
    const own = createFilterIndex(catalog.actorById);
    const search = (q: string) => filterEvents(catalog.events, { q }, own);
    for (const part of Object.keys(parts(catalog.events[0]!))) {
      const found = catalog.events.flatMap((event) => {
        const all = parts(event);
        const elsewhere = foldForSearch(Object.entries(all).filter(([name]) => name !== part).flatMap(([, texts]) => texts).join('\n'));
        const word = all[part]!.flatMap((text) => foldForSearch(text ?? '').split(/[^\p{L}\p{N}]+/u)).find((w) => w.length >= 3 && !elsewhere.includes(w));
        return word === undefined ? [] : [[event, word] as const];
      });
      expect(found.length, part).toBeGreaterThan(0);
      const [event, word] = found[0]!;
      expect(search(word).map((e) => e.id), `${part}: ${word}`).toContain(event.id);
    }
  });

  it('reads every name of an actor: its name, short name and aliases', () => {
    // Every short name in the data is among its actor's aliases too, so one is given its own here.
    expect(actorNames({ ...actor('russia'), shortName: 'RU', aliases: ['Moscow'] })).toEqual(['Russia', 'RU', 'Moscow']);
    expect(actorNames({ ...actor('russia'), shortName: undefined, aliases: [] })).toEqual(['Russia']);
    expect(actorNames(undefined)).toEqual([]);
  });

  it('finds an event by its place’s governorate', () => {
    // No event's governorate is a word found nowhere else in it, so one is given a word of its own.
    const placed = catalog.events.find((event) => event.place !== undefined)!;
    const renamed = { ...placed, place: { ...placed.place!, governorate: 'Zarqa-Nowhere' } };
    expect(filterEvents([renamed], { q: 'nowhere' }, createFilterIndex(catalog.actorById))).toEqual([renamed]);
  });

  it('does not read one part of an event running into the next', () => {
    const tanf = catalog.eventById.get('russian-airstrike-on-al-tanf-base-2016')!;
    const across = `${foldForSearch(tanf.title).split(' ').at(-1)}${foldForSearch(tanf.summary).split(' ')[0]}`;
    expect(across.length).toBeGreaterThan(8);
    expect(search(across)).toEqual([]);
  });

  it('searches titles and actor aliases too, every term', () => {
    expect(search('tanf cluster').map((e) => e.id)).toContain('russian-airstrike-on-al-tanf-base-2016');
    expect(search('Daesh').length).toBeGreaterThan(10);
    expect(search('tanf zzzz')).toEqual([]);
  });

  it('keeps events that overlap the date window', () => {
    const found = filterEvents(catalog.events, { q: '', from: '2016-06-16', to: '2016-06-16' }, index);
    expect(found.map((event) => event.id)).toContain('russian-airstrike-on-al-tanf-base-2016');
    // A multi-year span overlaps any day inside it.
    expect(found.map((event) => event.id)).toContain('ansar-al-islam-al-qaeda-alliance-2003-2022');
    for (const event of found) {
      const { first, last } = eventDays(event);
      expect(first <= '2016-06-16' && last >= '2016-06-16').toBe(true);
    }
  });

  it('keeps the events that name the chosen place, and only the place itself', () => {
    const found = filterEvents(catalog.events, { q: '', place: 'aleppo-governorate' }, index);
    expect(found.map((event) => event.id)).toContain('hussein-hamedani-killed-2015');
    expect(found.every((event) => event.place?.ids.includes('aleppo-governorate'))).toBe(true);
    // Aleppo City lies inside the governorate, but an event placed there names only the city.
    expect(found.map((event) => event.id)).not.toContain('regime-offensive-on-aleppo-city-2014');
    expect(filterEvents(catalog.events, { q: '', place: 'kuweris-airbase' }, index).map((event) => event.id).sort()).toEqual([
      'islamic-state-besieges-kuweris-airbase-2015',
      'russian-strikes-on-is-at-kuweris-and-deir-ezzor',
    ]);
  });

  it('agrees with a plain check of each field of each event, for terms drawn from the real texts', () => {
    const vocabulary = [...new Set(catalog.events.flatMap((event) => [...outsideQuotes(event), ...quotes(event)].flatMap(words)))];
    const term = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('zzzz', 'نص', "hay'at", 'ALEPPO'));
    const folded = new Map(catalog.events.map((event) => [event, [...outsideQuotes(event), ...quotes(event)].filter((field): field is string => field !== undefined).map(foldForSearch)]));
    // Words of one event, which a reader searching for it would type, or any words at all.
    const ofOneEvent = fc.constantFrom(...catalog.events).chain((event) => {
      const own = [...new Set([...outsideQuotes(event), ...quotes(event)].flatMap(words))];
      return fc.subarray(own, { minLength: 1, maxLength: Math.min(2, own.length) });
    });
    const found = guard('a search that finds some events but not all');
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: ofOneEvent, weight: 3 }, fc.array(term, { minLength: 1, maxLength: 2 })),
        fc.option(fc.constantFrom('2014-01-01', '2016-06-16', '2020-01-01'), { nil: undefined }),
        (terms, from) => {
          const kept = new Set(filterEvents(catalog.events, { q: terms.join(' '), from }, index));
          for (const event of catalog.events) {
            const expected = terms.every((term) => folded.get(event)!.some((field) => field.includes(foldForSearch(term)))) && (from === undefined || eventDays(event).last >= from);
            expect(kept.has(event), `${event.id} for ${terms.join(' ')}`).toBe(expected);
          }
          found(kept.size > 0 && kept.size < catalog.events.length);
        },
      ),
      { numRuns: runs(60) },
    );
    found.expectExercised(0.3);
  }, 30_000);
});
