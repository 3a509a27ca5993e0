import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';
import { getCatalog } from '@/lib/data/catalog';
import { guard, runs } from '@/lib/testing/properties';
import { knownIds } from '@/lib/view/view';
import { followStory, hasFilters, LANE_MODES, MAX_QUERY_LENGTH, parseViewState, sameWindow, serializeViewState, serializeWindow, viewHref, WINDOW_LIMITS, type ViewState } from '@/lib/view/url-state';

const known = {
  actorIds: new Set(['hayat-tahrir-al-sham', 'russia', 'united-states']),
  eventIds: new Set(['russian-airstrike-on-al-tanf-base-2016', 'september-11-attacks-2001']),
  placeIds: new Set(['aleppo-governorate', 'al-tanf']),
  stories: new Map([
    ['al-tanf-strike-2016', ['september-11-attacks-2001', 'russian-airstrike-on-al-tanf-base-2016']],
    ['one-step', ['september-11-attacks-2001']],
  ]),
};

const parse = (query: string) => parseViewState(new URLSearchParams(query), known);

describe('parseViewState', () => {
  it('reads every parameter of the documented URL', () => {
    expect(
      parse(
        'actors=russia,hayat-tahrir-al-sham&match=all&lanes=actor&q=aleppo&from=2015-01-01&to=2016-12-31&window=2015-06-01..2016-05-31&event=september-11-attacks-2001',
      ),
    ).toEqual({
      actors: ['hayat-tahrir-al-sham', 'russia'],
      match: 'all',
      lanes: 'actor',
      q: 'aleppo',
      from: '2015-01-01',
      to: '2016-12-31',
      window: { start: '2015-06-01', end: '2016-05-31' },
      event: 'september-11-attacks-2001',
    });
  });

  it('drops unknown actors and events, impossible dates, and puts reversed dates in order', () => {
    expect(parse('actors=nobody,russia,,russia&event=nope&from=2015-02-30&to=soon')).toEqual({ actors: ['russia'], q: '' });
    expect(parse('from=2016-12-31&to=2015-01-01')).toEqual({ actors: [], q: '', from: '2015-01-01', to: '2016-12-31' });
    // A year or a month is a date, but not a day.
    expect(parse('from=2015&to=2016-06')).toEqual({ actors: [], q: '' });
  });

  it('reads a known place and drops an unknown one', () => {
    expect(parse('place=al-tanf')).toEqual({ actors: [], q: '', place: 'al-tanf' });
    expect(parse('place=atlantis&place=al-tanf')).toEqual({ actors: [], q: '' });
    expect(parse('place=%3Cscript%3E')).toEqual({ actors: [], q: '' });
  });

  it('knows only match=all and the two lane modes', () => {
    expect(parse('match=any&lanes=group')).toEqual({ actors: [], q: '' });
    expect(parse('match=ALL&lanes=Actor')).toEqual({ actors: [], q: '' });
    expect(parse('match=all&lanes=camp')).toEqual({ actors: [], q: '', match: 'all', lanes: 'camp' });
  });

  it('drops a window that is reversed, malformed, impossible or absurd, rather than guessing', () => {
    for (const window of [
      '2016-12-31..2015-01-01',
      '2015-01-01...2016-01-01',
      '2015-01-01..',
      '2015-01-01',
      '2015-02-30..2016-01-01',
      '2015-01-01..2015-02-30',
      '2015-1-1..2016-1-1',
      '1989-12-31..2000-01-01',
      '2000-01-01..2035-01-01',
      '0001-01-01..9999-12-31',
      '1990-01-01..2034-12-31',
    ]) {
      expect(parse(`window=${window}`)).toEqual({ actors: [], q: '' });
    }
    expect(parse('window=2016-06-16..2016-06-16')).toEqual({ actors: [], q: '', window: { start: '2016-06-16', end: '2016-06-16' } });
    expect(parse('window=%202015-01-01..2016-01-01%20').window).toEqual({ start: '2015-01-01', end: '2016-01-01' });
  });

  it('keeps a window at the edges of the days the chart can show, and one exactly as long as it shows at once', () => {
    const days = (start: string, length: number) => `${start}..${fromDayNumber(toDayNumber(start) + length - 1)}`;
    expect(parse('window=1990-01-01..1990-12-31').window).toEqual({ start: '1990-01-01', end: '1990-12-31' });
    expect(parse('window=2034-01-01..2034-12-31').window).toEqual({ start: '2034-01-01', end: '2034-12-31' });
    expect(parse(`window=${days('1991-01-01', WINDOW_LIMITS.maxDays)}`).window).toEqual({ start: '1991-01-01', end: days('1991-01-01', WINDOW_LIMITS.maxDays).slice(12) });
    expect(parse(`window=${days('1991-01-01', WINDOW_LIMITS.maxDays + 1)}`).window).toBeUndefined();
  });

  it('tidies the search: spaces folded to one, trimmed, cut at its length limit', () => {
    expect(parse('q=%20%20al%20%20%09Tanf%20').q).toBe('al Tanf');
    expect(parse(`q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`).q).toBe('a'.repeat(MAX_QUERY_LENGTH));
  });

  it('reads parameters with spaces around them', () => {
    expect(parse('lanes=%20camp%20&place=%20al-tanf%20&event=%20september-11-attacks-2001%20&match=%20all')).toEqual({
      actors: [],
      q: '',
      lanes: 'camp',
      place: 'al-tanf',
      event: 'september-11-attacks-2001',
      match: 'all',
    });
    expect(parse('story=%20al-tanf-strike-2016%20&step=%202%20')).toMatchObject({ story: 'al-tanf-strike-2016', step: 2 });
  });

  it('reads no more of a parameter than its length limit', () => {
    const padding = ','.repeat(4_000);
    expect(parse(`actors=russia${padding},united-states`).actors).toEqual(['russia']);
    expect(parse(`actors=russia,united-states${padding}`).actors).toEqual(['russia', 'united-states']);
  });

  it('never throws on what Next.js or anyone else hands it: values that are not text, a record that throws', () => {
    const odd = { actors: ['russia', 7, null], event: 5, q: ['  two  words '] } as unknown as Record<string, string[]>;
    expect(parseViewState(odd, known)).toEqual({ actors: ['russia'], q: 'two words' });
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } }) as Record<string, string>;
    expect(parseViewState(hostile, known)).toEqual({ actors: [], q: '' });
  });

  it('reads story mode: a known story and its step, whose event is selected', () => {
    expect(parse('story=al-tanf-strike-2016&step=2')).toEqual({
      actors: [],
      q: '',
      story: 'al-tanf-strike-2016',
      step: 2,
      event: 'russian-airstrike-on-al-tanf-base-2016',
    });
    expect(parse('story=al-tanf-strike-2016&step=2&event=russian-airstrike-on-al-tanf-base-2016')).toEqual(parse('story=al-tanf-strike-2016&step=2'));
    // No step, a step out of range or not a whole number: the first step.
    for (const step of ['', 'step=0', 'step=3', 'step=-1', 'step=1.5', 'step=two', 'step=%3Cscript%3E']) {
      expect(parse(`story=al-tanf-strike-2016&${step}`)).toEqual({ actors: [], q: '', story: 'al-tanf-strike-2016', step: 1, event: 'september-11-attacks-2001' });
    }
  });

  it('drops an unknown story, a step without a story, and leaves the story when another event is chosen', () => {
    expect(parse('story=nope&step=2')).toEqual({ actors: [], q: '' });
    expect(parse('step=2')).toEqual({ actors: [], q: '' });
    expect(parse('story=al-tanf-strike-2016&step=1&event=russian-airstrike-on-al-tanf-base-2016')).toEqual({
      actors: [],
      q: '',
      event: 'russian-airstrike-on-al-tanf-base-2016',
    });
    expect(parseViewState(new URLSearchParams('story=al-tanf-strike-2016'), { ...known, stories: undefined })).toEqual({ actors: [], q: '' });
    expect(parseViewState(new URLSearchParams('story=empty&step=1'), { ...known, stories: new Map([['empty', []]]) })).toEqual({ actors: [], q: '' });
    // A step of more than three digits is no step: the first.
    expect(parse('story=al-tanf-strike-2016&step=0002')).toMatchObject({ step: 1 });
    const long = { ...known, stories: new Map([['long', Array.from({ length: 12 }, () => 'september-11-attacks-2001')]]) };
    expect(parseViewState(new URLSearchParams('story=long&step=12'), long)).toMatchObject({ story: 'long', step: 12 });
    expect(parseViewState(new URLSearchParams('story=long&step=012'), long)).toMatchObject({ story: 'long', step: 12 });
  });

  it('merges repeated actor parameters and takes the first of the others', () => {
    expect(parse('actors=russia&actors=united-states&q=one&q=two&lanes=camp&lanes=actor')).toEqual({
      actors: ['russia', 'united-states'],
      lanes: 'camp',
      q: 'one',
    });
  });

  it('accepts Next.js searchParams objects as well', () => {
    expect(parseViewState({ actors: ['russia', 'united-states'], q: undefined, event: 'september-11-attacks-2001', match: ['all'] }, known)).toEqual({
      actors: ['russia', 'united-states'],
      match: 'all',
      q: '',
      event: 'september-11-attacks-2001',
    });
  });

  it('never throws, and only ever returns what it knows: drawn from the real ids, dates and windows', () => {
    const real = knownIds(getCatalog());
    const pick = (ids: ReadonlySet<string>) =>
      fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 2 }, fc.constantFrom('nobody', 'russia2', '<script>', ''), fc.string({ maxLength: 12 }));
    const spaced = (value: fc.Arbitrary<string>) => fc.tuple(value, fc.constantFrom('', ' ', '  ')).map(([text, pad]) => `${pad}${text}${pad}`);
    const validDay = fc.integer({ min: toDayNumber('1995-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
    const day = fc.oneof({ arbitrary: validDay, weight: 4 }, fc.constantFrom('2015-02-30', '2015-1-1', '2015-13-01', 'soon', '20150101', ''));
    const window = fc.oneof(
      fc.tuple(validDay, validDay).map(([a, b]) => `${a}..${b}`),
      fc.tuple(validDay, fc.integer({ min: 0, max: 400 })).map(([start, length]) => `${start}..${fromDayNumber(toDayNumber(start) + length)}`),
      fc.constantFrom('1989-12-31..2000-01-01', '2000-01-01..2035-01-01', '2015-01-01..', 'garbage', '2015-02-30..2016-01-01'),
    );
    const record = fc.record(
      {
        actors: fc.oneof(fc.array(spaced(pick(real.actorIds)), { maxLength: 4 }).map((ids) => ids.join(',')), fc.array(pick(real.actorIds), { maxLength: 3 })),
        match: fc.constantFrom('all', ' all', 'any', 'ALL', ''),
        lanes: fc.constantFrom(...LANE_MODES, 'group', ''),
        q: fc.string({ maxLength: 30 }),
        from: spaced(day),
        to: spaced(day),
        window: spaced(window),
        place: spaced(pick(real.placeIds)),
        event: spaced(pick(real.eventIds)),
        junk: fc.string(),
      },
      { requiredKeys: [] },
    );
    const dayOf = (raw: unknown) => {
      const value = typeof raw === 'string' ? raw.trim() : undefined;
      const date = new Date(`${value}T00:00:00Z`);
      return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
    };
    const kept = { actors: guard('known actors among those asked for'), swapped: guard('both dates valid and reversed'), window: guard('a valid window'), event: guard('a known event'), place: guard('a known place') };
    fc.assert(
      fc.property(record, fc.boolean(), (params, asQuery) => {
        // The form page.tsx passes (Next.js's searchParams record), or the same view as a query string.
        const query = new URLSearchParams();
        for (const [name, value] of Object.entries(params)) for (const one of [value].flat()) query.append(name, one);
        const state = parseViewState(asQuery ? query : params, real);
        const asked = [params.actors ?? []].flat().flatMap((value) => value.split(',')).map((id) => id.trim());
        const knownAsked = [...new Set(asked.filter((id) => real.actorIds.has(id)))].sort();
        kept.actors(knownAsked.length > 0);
        expect(state.actors).toEqual(knownAsked);
        const event = params.event?.trim();
        expect(state.event).toBe(kept.event(event !== undefined && real.eventIds.has(event)) ? event : undefined);
        const place = params.place?.trim();
        expect(state.place).toBe(kept.place(place !== undefined && real.placeIds.has(place)) ? place : undefined);
        const [from, to] = [dayOf(params.from), dayOf(params.to)];
        if (kept.swapped(from !== undefined && to !== undefined && from > to)) {
          expect([state.from, state.to]).toEqual([to, from]);
        } else {
          expect([state.from, state.to]).toEqual([from, to]);
        }
        const [start, end] = (params.window?.trim() ?? '').split('..').map(dayOf);
        const validWindow =
          start !== undefined && end !== undefined && start <= end && start >= WINDOW_LIMITS.first && end <= WINDOW_LIMITS.last &&
          toDayNumber(end) - toDayNumber(start) < WINDOW_LIMITS.maxDays && params.window!.trim() === `${start}..${end}`;
        expect(state.window).toEqual(kept.window(validWindow) ? { start, end } : undefined);
        expect(state.match).toBe(params.match?.trim() === 'all' ? 'all' : undefined);
        expect(state.q).toBe((params.q ?? '').replace(/\s+/g, ' ').trim());
        expect(state.step === undefined).toBe(state.story === undefined);
      }),
      { numRuns: runs(1000) },
    );
    kept.actors.expectExercised(0.2);
    kept.swapped.expectExercised(0.05);
    kept.window.expectExercised(0.1);
    kept.event.expectExercised(0.1);
    kept.place.expectExercised(0.1);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()), fc.constant(undefined))), (query, record) => {
        parseViewState(new URLSearchParams(query), real);
        parseViewState(record, real);
      }),
    );
  });

  it('returns the same state from its own serialisation, for every parameter', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const window = fc
      .tuple(
        fc.integer({ min: toDayNumber(WINDOW_LIMITS.first), max: toDayNumber(WINDOW_LIMITS.last) }),
        fc.integer({ min: 0, max: WINDOW_LIMITS.maxDays - 1 }),
      )
      .map(([start, length]) => ({ start: fromDayNumber(start), end: fromDayNumber(Math.min(start + length, toDayNumber(WINDOW_LIMITS.last))) }));
    const state = fc
      .record({
        actors: fc.uniqueArray(fc.constantFrom(...known.actorIds)).map((ids) => [...ids].sort()),
        match: fc.option(fc.constant('all' as const), { nil: undefined }),
        lanes: fc.option(fc.constantFrom(...LANE_MODES), { nil: undefined }),
        q: fc.string({ maxLength: 50 }).map((q) => q.replace(/\s+/g, ' ').trim()),
        from: fc.option(day, { nil: undefined }),
        to: fc.option(day, { nil: undefined }),
        place: fc.option(fc.constantFrom(...known.placeIds), { nil: undefined }),
        window: fc.option(window, { nil: undefined }),
        event: fc.option(fc.constantFrom(...known.eventIds), { nil: undefined }),
        // Story mode: a story, a step within it, and that step's event selected.
        reading: fc.option(
          fc.constantFrom(...known.stories).chain(([story, events]) => fc.integer({ min: 1, max: events.length }).map((step) => ({ story, step, event: events[step - 1] }))),
          { nil: undefined },
        ),
      })
      .map(({ from, to, reading, ...rest }): ViewState => {
        const [a, b] = from && to && from > to ? [to, from] : [from, to];
        // Through JSON, so that absent parts are absent keys, as the parser returns them.
        return JSON.parse(JSON.stringify({ ...rest, from: a, to: b, ...reading })) as ViewState;
      });
    fc.assert(
      fc.property(state, (value) => {
        expect(parse(serializeViewState(value).slice(1))).toEqual(value);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('serializeViewState and viewHref', () => {
  it('write parameters in a fixed order, leave empty ones out and keep commas readable', () => {
    expect(serializeViewState({ actors: ['russia', 'hayat-tahrir-al-sham'], q: 'al Tanf', event: 'x' })).toBe(
      '?actors=hayat-tahrir-al-sham,russia&q=al+Tanf&event=x',
    );
    expect(
      serializeViewState({ event: 'x', window: { start: '2015-01-01', end: '2015-12-31' }, lanes: 'camp', match: 'all', actors: ['russia'], q: '' }),
    ).toBe('?actors=russia&match=all&lanes=camp&window=2015-01-01..2015-12-31&event=x');
    expect(serializeViewState({ actors: [], q: '' })).toBe('');
  });

  it('changes parts of a view and removes the ones set to undefined', () => {
    const state: ViewState = { actors: ['russia'], q: 'x', from: '2015-01-01', event: 'e', lanes: 'actor', window: { start: '2015-01-01', end: '2015-02-01' } };
    expect(viewHref(state, { event: undefined, from: undefined })).toBe('/?actors=russia&lanes=actor&q=x&window=2015-01-01..2015-02-01');
    expect(viewHref(state, { event: 'f', window: undefined, lanes: undefined })).toBe('/?actors=russia&q=x&from=2015-01-01&event=f');
    expect(viewHref(state, { place: 'al-tanf' })).toBe('/?actors=russia&lanes=actor&q=x&from=2015-01-01&place=al-tanf&window=2015-01-01..2015-02-01&event=e');
    expect(viewHref({ ...state, place: 'al-tanf' }, { place: undefined })).toBe(viewHref(state));
  });

  it('writes story mode as its story and step, after the event', () => {
    const state: ViewState = { actors: [], q: '', story: 'al-tanf-strike-2016', step: 2, event: 'e' };
    expect(serializeViewState(state)).toBe('?event=e&story=al-tanf-strike-2016&step=2');
    expect(viewHref(state, { story: undefined, step: undefined })).toBe('/?event=e');
    expect(viewHref(state, { step: 1, event: 'f' }, '/embed')).toBe('/embed?event=f&story=al-tanf-strike-2016&step=1');
  });

  it('leaves a story when another event is chosen, and keeps it through a new step or a new filter', () => {
    const reading: ViewState = { actors: [], q: '', story: 'al-tanf-strike-2016', step: 2, event: 'e' };
    expect(viewHref(reading, { event: 'f' })).toBe('/?event=f');
    expect(viewHref(reading, { step: 1, event: 'f' })).toBe('/?event=f&story=al-tanf-strike-2016&step=1');
    expect(viewHref(reading, { place: 'al-tanf' })).toBe('/?place=al-tanf&event=e&story=al-tanf-strike-2016&step=2');
    expect(followStory(reading, { ...reading, event: 'f' })).toEqual({ actors: [], q: '', event: 'f' });
    expect(followStory(reading, { ...reading, actors: ['russia'] })).toEqual({ ...reading, actors: ['russia'] });
  });

  it('writes the same view for the embedded timeline', () => {
    const state: ViewState = { actors: ['russia'], q: 'x', event: 'e' };
    expect(viewHref(state, {}, '/embed')).toBe('/embed?actors=russia&q=x&event=e');
    expect(viewHref(state, { actors: [], q: '', event: undefined }, '/embed')).toBe('/embed');
  });

  it('leaves out a story without its step, and keeps another story chosen at the same step', () => {
    expect(serializeViewState({ actors: [], q: '', story: 'al-tanf-strike-2016' })).toBe('');
    const reading: ViewState = { actors: [], q: '', story: 'al-tanf-strike-2016', step: 1, event: 'e' };
    expect(viewHref(reading, { story: 'one-step', event: 'f' })).toBe('/?event=f&story=one-step&step=1');
  });

  it('writes a window as its two days, and tells two windows apart by both ends', () => {
    expect(serializeWindow({ start: '2015-01-01', end: '2015-12-31' })).toBe('2015-01-01..2015-12-31');
    const window = { start: '2015-01-01', end: '2015-12-31' };
    expect(sameWindow(window, { ...window })).toBe(true);
    expect(sameWindow(undefined, undefined)).toBe(true);
    expect(sameWindow(window, undefined)).toBe(false);
    expect(sameWindow(undefined, window)).toBe(false);
    expect(sameWindow(window, { ...window, start: '2015-01-02' })).toBe(false);
    expect(sameWindow(window, { ...window, end: '2015-12-30' })).toBe(false);
  });

  it('tells whether any filter is set; the selection, the lanes and the window are not filters', () => {
    expect(hasFilters({ actors: [], q: '' })).toBe(false);
    expect(hasFilters({ actors: ['russia'], q: '' })).toBe(true);
    expect(hasFilters({ actors: [], q: 'x' })).toBe(true);
    expect(hasFilters({ actors: [], q: '', from: '2015-01-01' })).toBe(true);
    expect(hasFilters({ actors: [], q: '', event: 'e', lanes: 'camp', window: { start: '2015-01-01', end: '2015-02-01' } })).toBe(false);
    expect(hasFilters({ actors: [], q: '', to: '2015-01-01' })).toBe(true);
    expect(hasFilters({ actors: [], q: '', place: 'al-tanf' })).toBe(true);
  });
});
