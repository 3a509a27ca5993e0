import 'server-only';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { format } from 'date-fns';
import { eventVersion } from '@/lib/data/versions';
import { formatDay, formatEventDate, parsePartialDate } from '@/lib/dates/partial-date';
import type { Source, Story, TimelineEvent } from '@/lib/data/schema';
import type { CitationFormats } from './cite-response';
import { SITE_NAME } from '@/lib/publish/site';
import { bibtex } from './bibtex';
import type { CslItem, DateParts } from './csl-item';
import { ris } from './ris';

// Citations of an event (our page) and of the articles behind it, all from one CSL-JSON item.
// citation-js formats APA; BibTeX and RIS are written by ./bibtex and ./ris so that reference
// managers import each as what it is; Chicago and MLA have no style file we can ship here, and our
// item types are simple, so those two are written out below.

function dateParts(date: Date): DateParts {
  return { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] };
}

export function eventCitationTitle(event: TimelineEvent): string {
  return `${event.title} (${formatEventDate(event)})`;
}

/** Our page for an event, at the version being cited: dated with its latest revision (or first publication). */
export function eventCsl(event: TimelineEvent, permalink: string, accessed: Date): CslItem {
  const { published, modified, latest } = eventVersion(event);
  const version = parsePartialDate(modified);
  return {
    id: event.id,
    type: 'webpage',
    title: eventCitationTitle(event),
    'container-title': SITE_NAME,
    URL: permalink,
    accessed: dateParts(accessed),
    ...(version && { issued: { 'date-parts': [[version.year, version.month, version.day]] } }),
    version: latest ? `revised ${formatDay(modified)}` : `first published ${formatDay(published)}`,
  };
}

/** A story's page, at the version being cited, like an event's. */
export function storyCsl(story: Story, permalink: string, accessed: Date): CslItem {
  const { published, modified, latest } = eventVersion(story);
  const version = parsePartialDate(modified);
  return {
    id: story.id,
    type: 'webpage',
    title: story.title,
    'container-title': SITE_NAME,
    URL: permalink,
    accessed: dateParts(accessed),
    ...(version && { issued: { 'date-parts': [[version.year, version.month, version.day]] } }),
    version: latest ? `revised ${formatDay(modified)}` : `first published ${formatDay(published)}`,
  };
}

export function sourceCsl(source: Source, accessed: Date): CslItem {
  const published = parsePartialDate(source.published);
  const approximate = source.publishedPrecision === 'approximate';
  const item: CslItem = {
    id: source.id,
    type: source.outlet.includes('blog') ? 'post-weblog' : 'article-newspaper',
    title: source.title,
    'container-title': source.outlet,
    accessed: dateParts(accessed),
  };
  if (published) {
    // An approximate date keeps only its year and month, marked circa. A part the date lacks is left
    // out, not written as null: citeproc reads `[2014, 11, null]` as no date at all ("n.d.").
    const { year, month } = published;
    const day = approximate ? undefined : published.day;
    const parts: DateParts['date-parts'][0] = month === undefined ? [year] : day === undefined ? [year, month] : [year, month, day];
    item.issued = { 'date-parts': [parts], ...(approximate && { circa: true }) };
  }
  if (source.url) item.URL = source.url;
  if (source.author) item.author = [splitName(source.author)];
  return item;
}

function splitName(name: string): { family: string; given: string } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return { family, given: parts.join(' ') };
}

function apa(item: CslItem): string {
  return String(new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function mlaDate(parts: DateParts): string {
  const [year, month, day] = parts['date-parts'][0];
  const shown = [day, month === undefined ? undefined : MLA_MONTHS[month - 1], year].filter((part) => part !== undefined).join(' ');
  return parts.circa ? `c. ${shown}` : shown;
}

function chicagoDate(parts: DateParts): string {
  const [year, month, day] = parts['date-parts'][0];
  if (month === undefined) return `${parts.circa ? 'ca. ' : ''}${year}`;
  const shown = format(new Date(year, month - 1, day ?? 1), day === undefined ? 'MMMM yyyy' : 'MMMM d, yyyy');
  return parts.circa ? `ca. ${shown}` : shown;
}

function authorInverted(item: CslItem): string | undefined {
  const first = item.author?.[0];
  return first ? `${first.family}, ${first.given}` : undefined;
}

/** Chicago (notes-bibliography), bibliography entry. */
export function chicago(item: CslItem): string {
  const parts: string[] = [];
  const author = authorInverted(item);
  if (author) parts.push(`${author}.`);
  parts.push(`“${item.title}.”`);
  parts.push(item.issued ? `${item['container-title']}, ${chicagoDate(item.issued)}.` : `${item['container-title']}.`);
  // Our own pages can be revised: their citation says when they were read as well as their version's date.
  if (!item.issued || item.type === 'webpage') parts.push(`Accessed ${chicagoDate(item.accessed)}.`);
  if (item.URL) parts.push(`${item.URL}.`);
  return parts.join(' ');
}

/** MLA 9th edition, works-cited entry. */
export function mla(item: CslItem): string {
  const parts: string[] = [];
  const author = authorInverted(item);
  if (author) parts.push(`${author}.`);
  parts.push(`“${item.title}.”`);
  const container = [item['container-title'], item.issued && mlaDate(item.issued), item.URL].filter(Boolean).join(', ');
  parts.push(`${container}.`);
  parts.push(`Accessed ${mlaDate(item.accessed)}.`);
  return parts.join(' ');
}

export function formatCitations(item: CslItem): CitationFormats {
  return { apa: apa(item), chicago: chicago(item), mla: mla(item), bibtex: bibtex(item), ris: ris(item), cslJson: JSON.stringify([item], null, 2) };
}
