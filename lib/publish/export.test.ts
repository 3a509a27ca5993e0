import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { getCatalog, toPublicJson } from '@/lib/data/catalog';
import { CSV_COLUMNS, csvCell, csvRow, toCsv, toJsonExport } from '@/lib/publish/export';
import type { TimelineEvent } from '@/lib/data/schema';

const catalog = getCatalog();

describe('csvCell', () => {
  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const hostile of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const cell = csvCell(hostile);
      const rows = parse(`${cell}\r\n`) as string[][];
      expect(rows).toEqual([[`'${hostile}`]]);
    }
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('toCsv', () => {
  it('parses back to the same values, one row per event, hostile values included', () => {
    const hostile: TimelineEvent = {
      ...catalog.eventById.get('russian-airstrike-on-al-tanf-base-2016')!,
      id: 'hostile',
      title: '=cmd|"/c calc"!A1, "quoted", and\r\nbroken',
      summary: '<img src=x onerror=alert(1)>',
      notes: '@notes',
    };
    const events = [...catalog.events.slice(0, 5), hostile];
    const rows = parse(toCsv(events, catalog), { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(events.length);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    events.forEach((event, index) => {
      const expected = csvRow(event, catalog);
      for (const column of CSV_COLUMNS) {
        const value = expected[column];
        expect(rows[index]![column]).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
      }
    });
    expect(rows[5]!.title).toBe('\'=cmd|"/c calc"!A1, "quoted", and\r\nbroken');
  });

  it('splits actors into initiators and targets', () => {
    const row = csvRow(catalog.eventById.get('russian-airstrike-on-al-tanf-base-2016')!, catalog);
    expect(row.initiators).toBe('Russia');
    expect(row.targets).toBe('New Syrian Army');
    expect(row.other_actors).toContain('Jordan (claimant)');
  });

  it('gives each event its place ids, coordinates and geo precision', () => {
    const row = (id: string) => csvRow(catalog.eventById.get(id)!, catalog);
    expect(row('russian-airstrike-on-al-tanf-base-2016')).toMatchObject({ place_ids: 'al-tanf', latitude: '33.50583', longitude: '38.61778', geo_precision: '1' });
    // Near a town: 2. A governorate: 3. Several places: lists in the same order, the coarsest precision.
    expect(row('russian-airstrike-on-syrian-arab-coalition-2017')).toMatchObject({ place_ids: 'al-bab', geo_precision: '2' });
    expect(row('hussein-hamedani-killed-2015')).toMatchObject({ place_ids: 'aleppo-governorate', latitude: '36.2', geo_precision: '3' });
    expect(row('opposition-seizes-aleppo-and-idlib-2024')).toMatchObject({
      place_ids: 'aleppo-city; aleppo-governorate; idlib-governorate',
      latitude: '36.20124; 36.2; 35.7',
      longitude: '37.16117; 37.6; 36.7',
      geo_precision: '3',
    });
    // Given only as a country, or no place at all: no coordinates, no precision.
    expect(row('syrian-uprising-begins-2011')).toMatchObject({ place_ids: 'syria', latitude: '', longitude: '', geo_precision: '' });
    expect(row('september-11-attacks-2001')).toMatchObject({ place_ids: '', latitude: '', geo_precision: '' });
  });
});

describe('the day each event was last checked', () => {
  const tanf = catalog.eventById.get('russian-airstrike-on-al-tanf-base-2016')!;

  it('is the CSV’s last column, after every column it had before', () => {
    expect(CSV_COLUMNS.at(-1)).toBe('checked');
    expect(CSV_COLUMNS.at(-2)).toBe('permalink');
    expect(csvRow(tanf, catalog).checked).toBe(tanf.checked);
    expect(csvRow(tanf, catalog).checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is in the JSON export and the public dataset, beside each place’s reasons', () => {
    expect(toJsonExport([tanf], catalog).events[0]).toMatchObject({ checked: tanf.checked });
    const published = toPublicJson(catalog);
    expect(published.events.every((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.checked))).toBe(true);
    const explained = published.events.find((event) => event.id === 'russia-escalates-strikes-north-west-syria-2016');
    expect(explained?.place?.reasons).toEqual({ 'northern-syria': expect.stringContaining('names the north of Syria') });
  });
});

describe('toJsonExport', () => {
  it('carries the places the events name, and the geo precision of each place and event', () => {
    const exported = toJsonExport([catalog.eventById.get('russian-airstrike-on-al-tanf-base-2016')!], catalog);
    expect(exported.places).toEqual([{ ...catalog.placeById.get('al-tanf'), geoPrecision: 1 }]);
    expect(exported.events[0]).toMatchObject({ id: 'russian-airstrike-on-al-tanf-base-2016', place: { ids: ['al-tanf'] }, geoPrecision: 1 });
  });
});
