// The one shape every citation of ours starts from: a CSL-JSON item (what citeproc and citation-js
// read), from which the BibTeX and RIS writers work too.

export type DateParts = { 'date-parts': [[number, number?, number?]]; circa?: boolean };

export interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper' | 'post-weblog';
  title: string;
  'container-title': string;
  URL?: string;
  accessed: DateParts;
  issued?: DateParts;
  /** Which version of our page is cited. */
  version?: string;
  author?: Array<{ family: string; given: string }>;
  publisher?: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The date as ISO 8601 (`2016`, `2016-06`, `2016-06-16`), as far as it is known. */
export function isoDate(parts: DateParts): string {
  const [year, month, day] = parts['date-parts'][0];
  return [pad(year, 4), month === undefined ? undefined : pad(month), month === undefined || day === undefined ? undefined : pad(day)]
    .filter((part) => part !== undefined)
    .join('-');
}
