import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { chicago, eventCsl, formatCitations, mla, sourceCsl, storyCsl } from '@/lib/publish/citations';
import type { CslItem } from '@/lib/publish/csl-item';
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

describe('citations of an unrevised page', () => {
  const alliance = catalog.eventById.get('ansar-al-islam-al-qaeda-alliance-2003-2022')!;
  const unrevised = { ...alliance, added: '2026-11-21', revisions: undefined };

  it('date an event never revised by its first publication, and say so as its version', () => {
    const item = eventCsl(unrevised, permalink(alliance.id), accessed);
    expect(item).toEqual({
      id: alliance.id,
      type: 'webpage',
      title: 'Ansar al-Islam is effectively allied with al-Qaeda (2003–2022)',
      'container-title': 'The Syrian war, 2011–2024: a citable timeline',
      URL: permalink(alliance.id),
      accessed: { 'date-parts': [[2026, 11, 21]] },
      issued: { 'date-parts': [[2026, 11, 21]] },
      version: 'first published 21 November 2026',
    });
  });

  it('date a revised event by its latest revision, not its first', () => {
    const revised = {
      ...unrevised,
      revisions: [
        { date: '2026-11-25', reason: 'first fix' },
        { date: '2026-11-30', reason: 'second fix' },
      ],
    };
    expect(eventCsl(revised, permalink(alliance.id), accessed)).toMatchObject({
      issued: { 'date-parts': [[2026, 11, 30]] },
      version: 'revised 30 November 2026',
    });
  });
});

describe('citations of a story', () => {
  const story = catalog.storyById.get('al-tanf-strike-2016')!;
  const link = `https://timeline.example/stories/${story.id}`;

  it('cite the story page by its own title, the site, its version and its permalink', () => {
    const first = storyCsl({ ...story, added: '2026-12-02', revisions: undefined }, link, accessed);
    expect(first).toEqual({
      id: 'al-tanf-strike-2016',
      type: 'webpage',
      title: story.title,
      'container-title': 'The Syrian war, 2011–2024: a citable timeline',
      URL: link,
      accessed: { 'date-parts': [[2026, 11, 21]] },
      issued: { 'date-parts': [[2026, 12, 2]] },
      version: 'first published 2 December 2026',
    });
    expect(formatCitations(first).chicago).toBe(`“${story.title}.” The Syrian war, 2011–2024: a citable timeline, December 2, 2026. Accessed November 21, 2026. ${link}.`);
  });

  it('date a revised story by its latest revision', () => {
    const revised = storyCsl({ ...story, added: '2026-12-02', revisions: [{ date: '2026-12-05', reason: 'a step re-read' }] }, link, accessed);
    expect(revised).toMatchObject({ issued: { 'date-parts': [[2026, 12, 5]] }, version: 'revised 5 December 2026' });
  });
});

describe('citations of an article without author or address', () => {
  it('cite it by title, outlet and circa month, with no URL and no empty author', () => {
    const eurasia = sourceFormats('eurasia-review-2019');
    const title = catalog.sourceById.get('eurasia-review-2019')!.title;
    const outlet = 'Eurasia Review, republishing an RSIS (S. Rajaratnam School of International Studies) commentary';
    expect(eurasia.chicago).toBe(`“${title}.” ${outlet}, ca. May 2019.`);
    expect(eurasia.mla).toBe(`“${title}.” ${outlet}, c. May 2019. Accessed 21 Nov. 2026.`);
    expect(eurasia.ris).not.toMatch(/^(UR|AU) /m);
    expect(JSON.parse(eurasia.cslJson)[0]).not.toHaveProperty('URL');
    expect(JSON.parse(eurasia.cslJson)[0]).not.toHaveProperty('author');
    expect(JSON.parse(eurasia.cslJson)[0]).toMatchObject({ type: 'article-newspaper', issued: { 'date-parts': [[2019, 5]], circa: true } });
  });

  it('date an article known to its month or year by that much, in every style', () => {
    const tnr = catalog.sourceById.get('new-republic-2014')!;
    const month = formatCitations(sourceCsl({ ...tnr, published: '2014-11', publishedPrecision: 'month' }, accessed));
    expect(JSON.parse(month.cslJson)[0].issued).toEqual({ 'date-parts': [[2014, 11]] });
    expect(month.apa).toContain('(2014, November)');
    expect(month.chicago).toContain('The New Republic, November 2014.');
    expect(month.mla).toContain('The New Republic, Nov. 2014,');
    const year = formatCitations(sourceCsl({ ...tnr, published: '2014', publishedPrecision: 'year' }, accessed));
    expect(JSON.parse(year.cslJson)[0].issued).toEqual({ 'date-parts': [[2014]] });
    expect(year.apa).toContain('(2014)');
    expect(year.chicago).toContain('The New Republic, 2014.');
    const approximateYear = sourceCsl({ ...tnr, published: '2014', publishedPrecision: 'approximate' }, accessed);
    expect(approximateYear.issued).toEqual({ 'date-parts': [[2014]], circa: true });
    const undated = formatCitations(sourceCsl({ ...tnr, published: 'unknown' }, accessed));
    expect(JSON.parse(undated.cslJson)[0]).not.toHaveProperty('issued');
    expect(undated.chicago).toContain('The New Republic. Accessed November 21, 2026.');
  });

  it('split an author with several given names at the last one', () => {
    expect(sourceCsl({ ...catalog.sourceById.get('daily-beast-2016')!, author: '  Nancy   A. Youssef ' }, accessed).author).toEqual([{ family: 'Youssef', given: 'Nancy A.' }]);
    expect(sourceCsl({ ...catalog.sourceById.get('daily-beast-2016')!, author: 'Anonymous' }, accessed).author).toEqual([{ family: 'Anonymous', given: '' }]);
  });
});

describe('Chicago and MLA dates', () => {
  const item = (issued: CslItem['issued'], type: CslItem['type'] = 'article-newspaper'): CslItem => ({
    id: 'x',
    type,
    title: 'A title',
    'container-title': 'The Paper',
    accessed: { 'date-parts': [[2026, 1, 5]] },
    ...(issued && { issued }),
  });

  it('give a year alone, or circa a year, as the year', () => {
    expect(chicago(item({ 'date-parts': [[2014]] }))).toBe('“A title.” The Paper, 2014.');
    expect(chicago(item({ 'date-parts': [[2014]], circa: true }))).toBe('“A title.” The Paper, ca. 2014.');
    expect(mla(item({ 'date-parts': [[2014]] }))).toBe('“A title.” The Paper, 2014. Accessed 5 Jan. 2026.');
    expect(mla(item({ 'date-parts': [[2014]], circa: true }))).toBe('“A title.” The Paper, c. 2014. Accessed 5 Jan. 2026.');
  });

  it('write every month in its own form', () => {
    const months = Array.from({ length: 12 }, (_, at) => mla(item({ 'date-parts': [[2014, at + 1, 1]] })).split(', ')[1]);
    expect(months).toEqual(['1 Jan. 2014. Accessed 5 Jan. 2026.', '1 Feb. 2014. Accessed 5 Jan. 2026.', '1 Mar. 2014. Accessed 5 Jan. 2026.', '1 Apr. 2014. Accessed 5 Jan. 2026.', '1 May 2014. Accessed 5 Jan. 2026.', '1 June 2014. Accessed 5 Jan. 2026.', '1 July 2014. Accessed 5 Jan. 2026.', '1 Aug. 2014. Accessed 5 Jan. 2026.', '1 Sept. 2014. Accessed 5 Jan. 2026.', '1 Oct. 2014. Accessed 5 Jan. 2026.', '1 Nov. 2014. Accessed 5 Jan. 2026.', '1 Dec. 2014. Accessed 5 Jan. 2026.']);
    expect(chicago(item({ 'date-parts': [[2014, 12, 31]] }))).toBe('“A title.” The Paper, December 31, 2014.');
  });

  it('say when an undated work was read, in both styles', () => {
    expect(chicago(item(undefined))).toBe('“A title.” The Paper. Accessed January 5, 2026.');
    expect(mla(item(undefined))).toBe('“A title.” The Paper. Accessed 5 Jan. 2026.');
  });
});
