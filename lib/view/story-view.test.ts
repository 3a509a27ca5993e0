import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { storiesInOrder, storyMode, storySpan, storySteps } from '@/lib/view/story-view';
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
