import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasFilters, parseViewState, serializeViewState, viewHref, type ViewState } from '@/lib/view/url-state';

const known = {
  actorIds: new Set(['hayat-tahrir-al-sham', 'russia', 'united-states']),
  eventIds: new Set(['russian-airstrike-on-al-tanf-base-2016', 'september-11-attacks-2001']),
  placeIds: new Set(['aleppo-governorate', 'al-tanf']),
};

const parse = (query: string) => parseViewState(new URLSearchParams(query), known);

describe('parseViewState', () => {
  it('reads every parameter of the documented URL', () => {
    expect(parse('actors=russia,hayat-tahrir-al-sham&q=aleppo&from=2015-01-01&to=2016-12-31&event=september-11-attacks-2001')).toEqual({
      actors: ['hayat-tahrir-al-sham', 'russia'],
      q: 'aleppo',
      from: '2015-01-01',
      to: '2016-12-31',
      event: 'september-11-attacks-2001',
    });
  });

  it('drops unknown actors and events, impossible dates, and puts reversed dates in order', () => {
    expect(parse('actors=nobody,russia,,russia&event=nope&from=2015-02-30&to=soon')).toEqual({ actors: ['russia'], q: '' });
    expect(parse('from=2016-12-31&to=2015-01-01')).toEqual({ actors: [], q: '', from: '2015-01-01', to: '2016-12-31' });
  });

  it('reads a known place and drops an unknown one', () => {
    expect(parse('place=al-tanf')).toEqual({ actors: [], q: '', place: 'al-tanf' });
    expect(parse('place=atlantis&place=al-tanf')).toEqual({ actors: [], q: '' });
    expect(parse('place=%3Cscript%3E')).toEqual({ actors: [], q: '' });
  });

  it('merges repeated actor parameters and takes the first of the others', () => {
    expect(parse('actors=russia&actors=united-states&q=one&q=two')).toEqual({ actors: ['russia', 'united-states'], q: 'one' });
  });

  it('accepts Next.js searchParams objects as well', () => {
    expect(parseViewState({ actors: ['russia', 'united-states'], q: undefined, event: 'september-11-attacks-2001' }, known)).toEqual({
      actors: ['russia', 'united-states'],
      q: '',
      event: 'september-11-attacks-2001',
    });
  });

  it('never throws, and only ever returns what it knows', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const state = parse(query);
        expect(state.actors.every((id) => known.actorIds.has(id))).toBe(true);
        expect(state.event === undefined || known.eventIds.has(state.event)).toBe(true);
        expect(state.place === undefined || known.placeIds.has(state.place)).toBe(true);
        if (state.from && state.to) expect(state.from <= state.to).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()), fc.constant(undefined))), (record) => {
        parseViewState(record, known);
      }),
    );
  });

  it('returns the same state from its own serialisation', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const state = fc
      .record({
        actors: fc.uniqueArray(fc.constantFrom(...known.actorIds)).map((ids) => [...ids].sort()),
        q: fc.string({ maxLength: 50 }).map((q) => q.replace(/\s+/g, ' ').trim()),
        from: fc.option(day, { nil: undefined }),
        to: fc.option(day, { nil: undefined }),
        place: fc.option(fc.constantFrom(...known.placeIds), { nil: undefined }),
        event: fc.option(fc.constantFrom(...known.eventIds), { nil: undefined }),
      })
      .map(({ from, to, ...rest }): ViewState => {
        const [a, b] = from && to && from > to ? [to, from] : [from, to];
        // Through JSON, so that absent parts are absent keys, as the parser returns them.
        return JSON.parse(JSON.stringify({ ...rest, from: a, to: b })) as ViewState;
      });
    fc.assert(
      fc.property(state, (value) => {
        expect(parse(serializeViewState(value).slice(1))).toEqual(value);
      }),
    );
  });
});

describe('serializeViewState and viewHref', () => {
  it('write parameters in a fixed order, leave empty ones out and keep commas readable', () => {
    expect(serializeViewState({ actors: ['russia', 'hayat-tahrir-al-sham'], q: 'al Tanf', event: 'x' })).toBe(
      '?actors=hayat-tahrir-al-sham,russia&q=al+Tanf&event=x',
    );
    expect(serializeViewState({ actors: [], q: '' })).toBe('');
  });

  it('changes parts of a view and removes the ones set to undefined', () => {
    const state: ViewState = { actors: ['russia'], q: 'x', from: '2015-01-01', event: 'e' };
    expect(viewHref(state, { event: undefined, from: undefined })).toBe('/?actors=russia&q=x');
    expect(viewHref(state, { event: 'f' })).toBe('/?actors=russia&q=x&from=2015-01-01&event=f');
    expect(viewHref(state, { place: 'al-tanf' })).toBe('/?actors=russia&q=x&from=2015-01-01&place=al-tanf&event=e');
    expect(viewHref({ ...state, place: 'al-tanf' }, { place: undefined })).toBe('/?actors=russia&q=x&from=2015-01-01&event=e');
  });

  it('writes the same view for the embedded timeline', () => {
    const state: ViewState = { actors: ['russia'], q: 'x', event: 'e' };
    expect(viewHref(state, {}, '/embed')).toBe('/embed?actors=russia&q=x&event=e');
    expect(viewHref(state, { actors: [], q: '', event: undefined }, '/embed')).toBe('/embed');
  });

  it('tells whether any filter is set; the selection is not a filter', () => {
    expect(hasFilters({ actors: [], q: '', event: 'e' })).toBe(false);
    expect(hasFilters({ actors: [], q: '', to: '2015-01-01' })).toBe(true);
    expect(hasFilters({ actors: [], q: '', place: 'al-tanf' })).toBe(true);
  });
});
