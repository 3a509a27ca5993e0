import { describe, expect, it } from 'vitest';
import { filterSummary } from './filter-summary';

const names = {
  actor: (id: string) => ({ russia: 'Russia', 'syrian-rebels': 'Syrian rebels' })[id],
  place: (id: string) => ({ 'aleppo-governorate': 'Aleppo governorate' })[id],
};

describe('filterSummary', () => {
  it('says when nothing is filtered', () => {
    expect(filterSummary({ actors: [], q: '' }, names)).toBe('No filter: every event');
  });

  it('names each filter once, in the order of the bar', () => {
    expect(
      filterSummary(
        { actors: ['russia', 'syrian-rebels'], match: 'all', q: 'aleppo', from: '2015-01-01', to: '2016-12-31', place: 'aleppo-governorate' },
        names,
      ),
    ).toBe('all of Russia, Syrian rebels · 1 January 2015 to 31 December 2016 · “aleppo” · at Aleppo governorate');
  });

  it('says any or all only for several actors, and an open end of the dates as such', () => {
    expect(filterSummary({ actors: ['russia'], match: 'all', q: '', to: '2016-12-31' }, names)).toBe('Russia · until 31 December 2016');
    expect(filterSummary({ actors: ['russia', 'syrian-rebels'], q: '', from: '2015-01-01' }, names)).toBe(
      'any of Russia, Syrian rebels · from 1 January 2015',
    );
  });

  it('falls back to the id of an actor and to “one place” when it has no name for them', () => {
    expect(filterSummary({ actors: ['nobody'], q: '', place: 'elsewhere' }, names)).toBe('nobody · at one place');
  });
});
