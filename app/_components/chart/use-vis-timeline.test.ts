import { DataSet } from 'vis-data/esnext';
import { beforeEach, describe, expect, it } from 'vitest';
import { OPENING_MARKS } from '@/lib/timeline/opening-marks';
import type { LaneGroup } from './drawing';
import type { ChartItem } from './items';
import { hasLanes, revealItems } from './use-vis-timeline';

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

describe('revealItems', () => {
  const items = (count: number): ChartItem[] =>
    Array.from({ length: count }, (_, at) => ({ id: `event-${at}`, content: '', start: new Date(2015, 0, 1 + at), type: 'box' }));
  const startOf = (data: DataSet<ChartItem>, id: string) => new Date(data.get(id)?.start ?? 0).getFullYear();
  const drawnMarks = () => performance.getEntriesByName(OPENING_MARKS.drawn, 'mark').length;
  beforeEach(() => performance.clearMarks());

  it('makes every item out of view, then moves them all to their dates, a few in each task', async () => {
    const data = new DataSet<ChartItem>();
    const wanted = items(130);
    const calls: Array<{ what: 'made' | 'moved'; count: number }> = [];
    data.on('add', (_, payload) => calls.push({ what: 'made', count: payload?.items.length ?? 0 }));
    data.on('update', (_, payload) => calls.push({ what: 'moved', count: payload?.items.length ?? 0 }));
    expect(await revealItems(data, wanted, () => true)).toBe(true);
    expect(calls).toEqual([
      { what: 'made', count: 100 },
      { what: 'made', count: 30 },
      ...Array.from({ length: 8 }, () => ({ what: 'moved', count: 15 })),
      { what: 'moved', count: 10 },
    ]);
    expect(wanted.every((item) => startOf(data, String(item.id)) === 2015)).toBe(true);
    expect(drawnMarks()).toBe(1);
  });

  it('stops once a later drawing takes over, leaving what it had made out of view', async () => {
    const data = new DataSet<ChartItem>();
    let steps = 0;
    expect(await revealItems(data, items(130), () => ++steps <= 1)).toBe(false);
    expect(data.length).toBe(100);
    expect(data.get().every((item) => new Date(item.start).getFullYear() === 1900)).toBe(true);
    expect(drawnMarks()).toBe(0);
  });

  it('does not mark the items drawn when a later drawing takes over after the last step', async () => {
    let steps = 0;
    expect(await revealItems(new DataSet<ChartItem>(), items(10), () => ++steps <= 2)).toBe(false);
    expect(drawnMarks()).toBe(0);
  });
});
