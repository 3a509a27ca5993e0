import { DataSet } from 'vis-data/esnext';
import { describe, expect, it } from 'vitest';
import type { LaneGroup } from './drawing';
import { hasLanes } from './use-vis-timeline';

const lane = (id: string, count: number): LaneGroup => ({
  id,
  content: id,
  order: 0,
  className: '',
  label: { key: id, name: id, shortName: id, camp: 'other', count, height: 20 },
});

describe('hasLanes', () => {
  const shown = () => new DataSet<LaneGroup>([lane('russia', 3), lane('syrian-rebels', 5)]);

  it('holds for the same lanes in the same order, whatever their labels say', () => {
    expect(hasLanes(shown(), [lane('russia', 30), lane('syrian-rebels', 1)])).toBe(true);
  });

  it('fails for other lanes, the same lanes in another order, fewer lanes or one band', () => {
    expect(hasLanes(shown(), [lane('russia', 3), lane('iran', 5)])).toBe(false);
    expect(hasLanes(shown(), [lane('syrian-rebels', 5), lane('russia', 3)])).toBe(false);
    expect(hasLanes(shown(), [lane('russia', 3)])).toBe(false);
    expect(hasLanes(shown(), null)).toBe(false);
  });

  it('holds for one band shown and one band wanted', () => {
    expect(hasLanes(new DataSet<LaneGroup>(), null)).toBe(true);
    expect(hasLanes(new DataSet<LaneGroup>(), [lane('russia', 3)])).toBe(false);
  });
});
