import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError, defaultLocations, loadCatalog } from '@/lib/data/catalog';
import { compareEvents } from '@/lib/dates/partial-date';
import { eventDays } from '@/lib/view/filter';

describe('the real corpus', () => {
  // In CI the article texts are required, so this also proves every quote against its article.
  const catalog = loadCatalog({ ...defaultLocations(), requireArticles: process.env.CI === 'true' });

  it('passes every check', () => {
    expect(catalog.events.length).toBeGreaterThan(80);
  });

  it('is in chronological order: every neighbouring pair by first day, then last day, then id', () => {
    const outOfOrder = catalog.events.slice(1).flatMap((event, at) => {
      const previous = catalog.events[at]!;
      return compareEvents(previous, event) < 0 ? [] : [`${previous.id} before ${event.id}`];
    });
    expect(outOfOrder).toEqual([]);
    const firstDays = catalog.events.map((event) => eventDays(event).first);
    expect(firstDays).toEqual([...firstDays].sort());
  });

  it.each([
    ['Russia’s intervention begins', 'russia', '2015-09-30'],
    ['the Russian strike on al-Tanf', 'new-syrian-army', '2016-06-16'],
    ['the “Deterring Aggression” offensive', 'hayat-tahrir-al-sham', '2024-11-27'],
  ])('holds %s with its exact date', (_label, actor, start) => {
    const found = catalog.events.filter(
      (event) =>
        event.start === start &&
        event.precision === 'day' &&
        event.actors.some((a) => a.actor === actor && (a.role === 'initiator' || a.role === 'target')),
    );
    expect(found).toHaveLength(1);
  });

  it('holds HTS’s gains in Idlib in early 2019', () => {
    const found = catalog.events.filter(
      (event) =>
        event.start.startsWith('2019') &&
        event.place?.name.includes('Idlib') &&
        event.actors.some((a) => a.actor === 'hayat-tahrir-al-sham' && a.role === 'initiator'),
    );
    expect(found.length).toBeGreaterThanOrEqual(1);
  });
});

describe('loadCatalog', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  afterEach(() => warn.mockClear());

  function copyOfEvents(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'events-'));
    fs.cpSync(defaultLocations().eventsDir, dir, { recursive: true });
    return dir;
  }

  it('says loudly that the quote check was skipped, and where it looked, when the texts are missing', () => {
    const seedsDir = path.join(os.tmpdir(), 'no-such-seeds');
    loadCatalog({ eventsDir: defaultLocations().eventsDir, seedsDir, requireArticles: false });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`QUOTE CHECK SKIPPED: no article texts at ${seedsDir}`));
  });

  it('fails, never skips, when the texts are required and missing', () => {
    const load = () =>
      loadCatalog({ eventsDir: defaultLocations().eventsDir, seedsDir: '/no/such/seeds', requireArticles: true });
    expect(load).toThrow(DatasetError);
    expect(load).toThrow('the article texts are missing at /no/such/seeds');
  });

  it('fails when a published event disappears, so no permalink breaks', () => {
    const eventsDir = copyOfEvents();
    const old = path.join(eventsDir, 'records', 'hussein-hamedani-killed-2015.json');
    const record = JSON.parse(fs.readFileSync(old, 'utf8'));
    fs.rmSync(old);
    fs.writeFileSync(path.join(eventsDir, 'records', 'hamedani-killed-2015.json'), JSON.stringify({ ...record, id: 'hamedani-killed-2015' }));
    expect(() => loadCatalog({ ...defaultLocations(), eventsDir })).toThrow(
      'event "hussein-hamedani-killed-2015" › id: was published (events/published.json) but no event has this id any more',
    );
  });

  it('fails with the event id, the field and the problem when a file is broken', () => {
    const eventsDir = copyOfEvents();
    const file = path.join(eventsDir, 'records', 'russian-military-intervention-begins-2015.json');
    const record = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...record, end: '2014' }));
    expect(() => loadCatalog({ ...defaultLocations(), eventsDir })).toThrow(
      'event "russian-military-intervention-begins-2015" › end: "2014" is before the start "2015-09-30"',
    );
  });
});
