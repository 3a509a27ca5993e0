import { Cite } from '@citation-js/core';
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
  const title = 'Russian jets bomb the U.S.-backed New Syrian Army base at al-Tanf (16 June 2016)';

  it('give the title with its date, the site, the date of the version cited and the permalink in every style', () => {
    // The al-Tanf event was first published on 21 November 2026 and revised on 1 December 2026.
    expect(tanf.apa).toBe(
      `${title}. (2026, December 1). The Syrian War, 2011–2024: A Citable Timeline. ${permalink('russian-airstrike-on-al-tanf-base-2016')}`,
    );
    expect(tanf.chicago).toBe(
      `“${title}.” The Syrian war, 2011–2024: a citable timeline, December 1, 2026. Accessed November 21, 2026. ${permalink('russian-airstrike-on-al-tanf-base-2016')}.`,
    );
    expect(tanf.mla).toBe(
      `“${title}.” The Syrian war, 2011–2024: a citable timeline, 1 Dec. 2026, ${permalink('russian-airstrike-on-al-tanf-base-2016')}. Accessed 21 Nov. 2026.`,
    );
    expect(JSON.parse(tanf.cslJson)).toMatchObject([{ version: 'revised 1 December 2026', issued: { 'date-parts': [[2026, 12, 1]] } }]);
  });

  it('write BibTeX and RIS that parse back to the same title, address and access date', () => {
    const bib = firstParsed(tanf.bibtex);
    expect(bib.title).toBe(title);
    expect(bib.URL).toBe(permalink('russian-airstrike-on-al-tanf-base-2016'));
    expect(tanf.bibtex).toContain('accessed 2026-11-21');

    const ris = firstParsed(tanf.ris);
    expect(ris.title).toBe(title);
    expect(ris.URL).toBe(permalink('russian-airstrike-on-al-tanf-base-2016'));
    // citation-js writes the access date of a web page as M1, but does not read it back when the page is undated.
    expect(tanf.ris).toMatch(/^M1 {2}- 2026\/11\/21\/$/m);
    // One line per tag: reference managers do not join wrapped values.
    expect(tanf.ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });

  it('write CSL-JSON that citation-js reads as it is', () => {
    expect(firstParsed(tanf.cslJson)).toMatchObject({ title, type: 'webpage' });
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
    expect(firstParsed(tnr.bibtex).author).toBeUndefined();
  });

  it('mark an approximate publication date as circa, keeping only the month', () => {
    const beast = sourceFormats('daily-beast-2016');
    expect(beast.chicago).toContain('The Daily Beast, ca. June 2016.');
    expect(beast.mla).toContain('The Daily Beast, c. June 2016,');
    expect(firstParsed(beast.bibtex)).toMatchObject({ issued: { 'date-parts': [[2016, 6]] } });
    expect(firstParsed(beast.ris).issued).toMatchObject({ 'date-parts': [[2016]] });
  });
});
