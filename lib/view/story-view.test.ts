import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { storiesInOrder, storyMode, storySpan, storySteps } from '@/lib/view/story-view';
import { mapPlaces } from '@/lib/geo/map-places';
import { parseViewState } from '@/lib/view/url-state';
import { knownIds } from '@/lib/view/view';

const catalog = getCatalog();
const TANF_STORY = catalog.storyById.get('al-tanf-strike-2016')!;

describe('story views', () => {
  it('give each step its event and the event’s first quote', () => {
    const steps = storySteps(TANF_STORY, catalog);
    expect(steps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const tanf = steps[5]!;
    expect(tanf.event.id).toBe('russian-airstrike-on-al-tanf-base-2016');
    expect(tanf.quote).toEqual(tanf.event.citations[0]);
    expect(tanf.source?.id).toBe(tanf.quote.source);
  });

  it('span a story from its earliest event (an approximate one to its month) to its latest', () => {
    expect(storySpan(TANF_STORY, catalog)).toBe('December 2015 – 1 March 2017');
    expect(storiesInOrder(catalog).map((story) => story.id)).toEqual([
      'russia-intervenes-2015',
      'al-tanf-strike-2016',
      'hts-gains-in-idlib-2019',
      'deterring-aggression-offensive-2024',
    ]);
  });

  it('make story mode from the URL: the step, its neighbours’ links, the way out and the path on the map', () => {
    const state = parseViewState(new URLSearchParams('story=al-tanf-strike-2016&step=6&actors=russia'), knownIds(catalog));
    const mode = storyMode(catalog, state)!;
    expect(mode).toMatchObject({ id: 'al-tanf-strike-2016', step: 6, total: 8 });
    expect(mode.previousHref).toBe('/?actors=russia&event=islamic-state-seizes-villages-north-aleppo-2016&story=al-tanf-strike-2016&step=5');
    expect(mode.nextHref).toBe('/?actors=russia&event=russian-airstrike-on-hammad-camp-2016&story=al-tanf-strike-2016&step=7');
    expect(mode.leaveHref).toBe('/?actors=russia&event=russian-airstrike-on-al-tanf-base-2016');
    // Steps 2–4 and 7 give a place the map cannot draw (a border, broad regions, no coordinates, none at all).
    expect(mode.path.map(([, , step]) => step)).toEqual([1, 5, 6, 8]);
    expect(storyMode(catalog, parseViewState(new URLSearchParams('story=al-tanf-strike-2016&step=8'), knownIds(catalog)), '/embed')?.nextHref).toBeUndefined();
    expect(storyMode(catalog, parseViewState(new URLSearchParams('event=russian-airstrike-on-al-tanf-base-2016'), knownIds(catalog)))).toBeNull();
  });
});

function permutations<T>(items: ReadonlyArray<T>): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, at) => permutations([...items.slice(0, at), ...items.slice(at + 1)]).map((rest) => [item, ...rest]));
}

describe('a story’s span, steps and order, for stories made of chosen events', () => {
  const story = (id: string, ...events: string[]) => ({ ...TANF_STORY, id, steps: events.map((event) => ({ event, text: `about ${event}` })) });
  const TANF = 'russian-airstrike-on-al-tanf-base-2016';
  const SPLIT = 'al-qaeda-cuts-ties-with-islamic-state-2014';
  const ALLIANCE = 'ansar-al-islam-al-qaeda-alliance-2003-2022';

  it('span one day as that day, and several events from the earliest start to the latest end, whatever their order in the story', () => {
    expect(storySpan(story('s', TANF), catalog)).toBe('16 June 2016');
    expect(storySpan(story('s', TANF, SPLIT), catalog)).toBe('February 2014 – 16 June 2016');
    expect(storySpan(story('s', SPLIT, TANF), catalog)).toBe('February 2014 – 16 June 2016');
    // The alliance starts first and ends last, though al-Tanf starts later.
    expect(storySpan(story('s', TANF, ALLIANCE, SPLIT), catalog)).toBe('2003 – 2022');
    expect(storySpan(story('s', 'regime-offensive-on-aleppo-city-2014', SPLIT), catalog)).toBe('February 2014 – August 2014');
    expect(storySpan(story('s', 'no-such-event'), catalog)).toBe('');
  });

  it('span the same whatever the order of its steps', () => {
    const ids = [TANF, ALLIANCE, SPLIT, 'regime-offensive-on-aleppo-city-2014'];
    for (const order of permutations(ids)) expect(storySpan(story('s', ...order), catalog), order.join(' ')).toBe('2003 – 2022');
    for (const order of permutations([TANF, SPLIT, 'regime-offensive-on-aleppo-city-2014'])) expect(storySpan(story('s', ...order), catalog)).toBe('February 2014 – 16 June 2016');
  });

  it('give an approximate first date to its month, or its year when that is all it has', () => {
    expect(storySpan(story('s', 'former-us-envoy-calls-hts-largest-al-qaeda-safe-haven'), catalog)).toBe('September 2001 – 27 May 2019');
    expect(storySpan(story('s', 'assad-regime-uses-chemical-weapons-by-2013'), catalog)).toBe('2011 – 2013');
  });

  it('number steps as the story does, skipping an event it cannot show', () => {
    const steps = storySteps(story('s', 'no-such-event', TANF), catalog);
    expect(steps.map((step) => [step.number, step.text, step.event.id, step.source?.id])).toEqual([[2, `about ${TANF}`, TANF, 'syrian-intifada-2015']]);
  });

  it('order stories by where they end, then by where they begin', () => {
    // 'late-first' ends in 2022 though its last step is in 2014; 'from-2014' and 'tanf-alone' end on the same day.
    const stories = [story('late-first', 'no-such-event', ALLIANCE, SPLIT), story('tanf-alone', TANF), story('from-2014', TANF, SPLIT), story('empty', 'no-such-event')];
    for (const order of permutations(stories)) {
      expect(storiesInOrder({ stories: order, eventById: catalog.eventById }).map((s) => s.id)).toEqual(['empty', 'from-2014', 'tanf-alone', 'late-first']);
    }
  });
});

describe('story mode at its ends', () => {
  const known = knownIds(catalog);
  const mode = (query: string) => storyMode(catalog, parseViewState(new URLSearchParams(query), known));

  it('has no previous step at the first, and no next at the last', () => {
    const first = mode('story=al-tanf-strike-2016&step=1')!;
    expect(first.previousHref).toBeUndefined();
    expect(first.nextHref).toBe('/?event=russia-steps-up-strikes-on-turkish-border-2015&story=al-tanf-strike-2016&step=2');
    expect(first).toMatchObject({ title: TANF_STORY.title, text: TANF_STORY.steps[0]!.text, step: 1, total: 8 });
    expect(first.leaveHref).toBe('/?event=us-halts-manned-flights-over-box-4-2015');
    const last = mode('story=al-tanf-strike-2016&step=8')!;
    expect(last.previousHref).toBe('/?event=russian-airstrike-on-hammad-camp-2016&story=al-tanf-strike-2016&step=7');
    expect(last.nextHref).toBeUndefined();
  });

  it('is off for a step the story does not have', () => {
    expect(storyMode(catalog, { actors: [], q: '', story: 'al-tanf-strike-2016', step: 9 })).toBeNull();
    expect(storyMode(catalog, { actors: [], q: '', story: 'al-tanf-strike-2016' })).toBeNull();
    expect(storyMode(catalog, { actors: [], q: '', story: 'no-such-story', step: 1 })).toBeNull();
  });

  it('draws each step at its event’s first place the map can draw', () => {
    const drawn = new Map(mapPlaces(catalog.places).flatMap((place) => (place.x === undefined || place.y === undefined ? [] : [[place.id, [place.x, place.y]]])));
    const expected = TANF_STORY.steps.flatMap(({ event }, at) => {
      const point = catalog.eventById.get(event)!.place?.ids.map((id) => drawn.get(id)).find(Boolean);
      return point ? [[...point, at + 1]] : [];
    });
    expect(expected.length).toBeGreaterThan(2);
    expect(mode('story=al-tanf-strike-2016&step=1')!.path).toEqual(expected);
    expect(expected.find(([, , step]) => step === 6)!.slice(0, 2)).toEqual(drawn.get('al-tanf'));
    // With al-Tanf off the map, step 6 has no point.
    const offMap = catalog.places.map((place) => (place.id === 'al-tanf' ? { ...place, lat: undefined, lon: undefined } : place));
    const state = parseViewState(new URLSearchParams('story=al-tanf-strike-2016&step=1'), known);
    expect(storyMode({ ...catalog, places: offMap }, state)!.path).toEqual(expected.filter(([, , step]) => step !== 6));
  });
});
