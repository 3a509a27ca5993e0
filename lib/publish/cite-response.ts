// The answer of `/api/cite/<id>`, shared by the route that makes it and the control that reads it.
// Browser-safe: the control parses the answer with `parseCiteResponse` rather than trusting it.

export interface CitationFormats {
  apa: string;
  chicago: string;
  mla: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

export type FormatKey = keyof CitationFormats;

/** The formats in the order a reader is offered them, with their names. */
export const FORMAT_LABELS: Record<FormatKey, string> = {
  apa: 'APA',
  chicago: 'Chicago',
  mla: 'MLA',
  bibtex: 'BibTeX',
  ris: 'RIS',
  cslJson: 'CSL-JSON',
};

export const FORMAT_KEYS = Object.keys(FORMAT_LABELS) as FormatKey[];

export interface CiteResponse {
  permalink: string;
  event: CitationFormats;
  sources: Array<{ id: string; title: string; outlet: string; formats: CitationFormats }>;
}

function isFormats(value: unknown): value is CitationFormats {
  return typeof value === 'object' && value !== null && FORMAT_KEYS.every((key) => typeof Object.getOwnPropertyDescriptor(value, key)?.value === 'string');
}

function field(value: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

/** The answer if it has the shape above, keeping only the sources that do; otherwise `null`. Never throws. */
export function parseCiteResponse(value: unknown): CiteResponse | null {
  if (typeof value !== 'object' || value === null) return null;
  const permalink = field(value, 'permalink');
  const event = field(value, 'event');
  const sources = field(value, 'sources');
  if (typeof permalink !== 'string' || !isFormats(event) || !Array.isArray(sources)) return null;
  const parsedSources = sources.flatMap((source: unknown) => {
    if (typeof source !== 'object' || source === null) return [];
    const [id, title, outlet, formats] = ['id', 'title', 'outlet', 'formats'].map((key) => field(source, key));
    return typeof id === 'string' && typeof title === 'string' && typeof outlet === 'string' && isFormats(formats) ? [{ id, title, outlet, formats }] : [];
  });
  return { permalink, event, sources: parsedSources };
}
