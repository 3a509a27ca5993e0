import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { eventCsl, formatCitations, sourceCsl } from '@/lib/publish/citations';
import { getCatalog } from '@/lib/data/catalog';

const catalog = getCatalog();
const accessed = new Date(2026, 10, 21);
const permalink = (id: string) => `https://timeline.example/events/${id}`;
const eventFormats = (id: string) => formatCitations(eventCsl(catalog.eventById.get(id)!, permalink(id), accessed));
const sourceFormats = (id: string) => formatCitations(sourceCsl(catalog.sourceById.get(id)!, accessed));

function firstParsed(text: string): Record<string, unknown> {
  const parsed = new Cite(text).data[0];
  expect(parsed).toBeTypeOf('object');
  return parsed as Record<string, unknown>;
}

describe('citations of an event', () => {
  const tanf = eventFormats('russian-airstrike-on-al-tanf-base-2016');
  const title = 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf (16 June 2016)';

  it('give the title with its date, the site, the date of the version cited and the permalink in every style', () => {
    // The al-Tanf event was first published on 21 November 2026 and revised on 2 December 2026.
    expect(tanf.apa).toBe(
      `${title}. (2026, December 2). The Syrian War, 2011–2024: A Citable Timeline. ${permalink('russian-airstrike-on-al-tanf-base-2016')}`,
    );
    expect(tanf.chicago).toBe(
      `“${title}.” The Syrian war, 2011–2024: a citable timeline, December 2, 2026. Accessed November 21, 2026. ${permalink('russian-airstrike-on-al-tanf-base-2016')}.`,
    );
    expect(tanf.mla).toBe(
      `“${title}.” The Syrian war, 2011–2024: a citable timeline, 2 Dec. 2026, ${permalink('russian-airstrike-on-al-tanf-base-2016')}. Accessed 21 Nov. 2026.`,
    );
    expect(JSON.parse(tanf.cslJson)).toMatchObject([{ version: 'revised 2 December 2026', issued: { 'date-parts': [[2026, 12, 2]] } }]);
  });

  it('write biblatex that a real parser reads without a warning: an @online entry with its title, site, version, date, URL and access date', () => {
    const library = parseBibtex(tanf.bibtex);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const entry = library.entries[0]!;
    expect(entry.type).toBe('online');
    expect(entry.key).toBe('russian-airstrike-on-al-tanf-base-2016');
    expect(entry.fields).toEqual({
      title,
      organization: ['The Syrian war, 2011–2024: a citable timeline'],
      version: 'revised 2 December 2026',
      date: '2026-12-02',
      url: permalink('russian-airstrike-on-al-tanf-base-2016'),
      urldate: '2026-11-21',
    });
    // Nothing that classic BibTeX or Zotero misreads: no month with a day in it, no access date in a note.
    expect(tanf.bibtex).not.toMatch(/month|note|howpublished/);
  });

  it('write RIS that Zotero reads as a Web Page: TY ELEC, the date as DA, the access date as Y2, one line per tag', () => {
    expect(tanf.ris.split('\n')).toEqual([
      'TY  - ELEC',
      `TI  - ${title}`,
      'T2  - The Syrian war, 2011–2024: a citable timeline',
      'PY  - 2026',
      'DA  - 2026/12/02/',
      `UR  - ${permalink('russian-airstrike-on-al-tanf-base-2016')}`,
      'Y2  - 2026/11/21/',
      'ER  - ',
    ]);
    const read = firstParsed(tanf.ris);
    expect(read).toMatchObject({ title, URL: permalink('russian-airstrike-on-al-tanf-base-2016'), issued: { 'date-parts': [[2026, 12, 2]] } });
  });

  it('carry an approximate date as the text shows it', () => {
    const summer = eventFormats('regime-offensive-on-aleppo-city-2014');
    expect(summer.mla).toContain('(summer 2014 (approx.)).”');
    expect(firstParsed(summer.ris).title).toContain('summer 2014 (approx.)');
  });
});

describe('citations of an article', () => {
  it('cite an article with its author and exact date', () => {
    const orton = sourceFormats('syrian-intifada-2015');
    expect(orton.chicago).toBe('Orton, Kyle. “Russia Teams Up With Islamic State Against Syria’s Rebels.” The Syrian Intifada (Kyle Orton\'s blog), October 11, 2015.');
    expect(orton.mla).toBe('Orton, Kyle. “Russia Teams Up With Islamic State Against Syria’s Rebels.” The Syrian Intifada (Kyle Orton\'s blog), 11 Oct. 2015. Accessed 21 Nov. 2026.');
    expect(orton.apa).toContain('Orton, K. (2015, October 11).');
  });

  it('cite an article whose author is not known by its title', () => {
    const tnr = sourceFormats('new-republic-2014');
    expect(tnr.apa.startsWith('Al Qaeda’s Alliance with ISIS Exposes the U.S.’s Strategic Myopia. (2014, November 17).')).toBe(true);
    expect(tnr.mla.startsWith('“Al Qaeda')).toBe(true);
    expect(parseBibtex(tnr.bibtex).entries[0]!.fields.author).toBeUndefined();
    expect(tnr.ris).not.toMatch(/^AU /m);
  });

  it('mark an approximate publication date as circa, keeping only the month', () => {
    const beast = sourceFormats('daily-beast-2016');
    expect(beast.chicago).toContain('The Daily Beast, ca. June 2016.');
    expect(beast.mla).toContain('The Daily Beast, c. June 2016,');
    expect(parseBibtex(beast.bibtex).entries[0]!.fields.date).toBe('2016-06');
    expect(beast.ris).toMatch(/^DA {2}- 2016\/06\/\/$/m);
  });

  it('write a newspaper article as biblatex @article (newspaper) and RIS NEWS, with its author, paper, date, URL and access date', () => {
    const beast = sourceFormats('daily-beast-2016');
    const library = parseBibtex(beast.bibtex);
    expect(library.errors).toEqual([]);
    expect(library.entries[0]).toMatchObject({
      type: 'article',
      fields: {
        entrysubtype: 'newspaper',
        author: [{ lastName: 'Youssef', firstName: 'Nancy A.' }],
        title: 'Russia Pounds the Achilles’ Heel of America’s ISIS War',
        journaltitle: 'The Daily Beast',
        url: 'https://www.thedailybeast.com/russia-pounds-the-achilles-heel-of-americas-isis-war',
        urldate: '2026-11-21',
      },
    });
    expect(beast.ris).toMatch(/^TY {2}- NEWS\nAU {2}- Youssef, Nancy A\.\n/);
    expect(beast.ris).toContain('\nT2  - The Daily Beast\n');
    expect(beast.ris).toContain('\nY2  - 2026/11/21/\n');
  });

  it('write a blog post as biblatex @online and RIS BLOG', () => {
    const orton = sourceFormats('syrian-intifada-2015');
    expect(parseBibtex(orton.bibtex).entries[0]).toMatchObject({ type: 'online', fields: { date: '2015-10-11', urldate: '2026-11-21' } });
    expect(orton.ris).toMatch(/^TY {2}- BLOG\n/);
    expect(orton.ris).toContain('\nDA  - 2015/10/11/\n');
  });
});
