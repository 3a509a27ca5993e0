import type { CslItem, DateParts } from './csl-item';

// RIS, written out as Zotero's RIS translator reads it (and writes it): TY ELEC is a Web Page, BLOG
// a Blog Post, NEWS a Newspaper Article; DA the date, PY its year, Y2 the access date, T2 the
// site, blog or newspaper. One line per tag: reference managers do not join wrapped values.

const TYPES: Record<CslItem['type'], string> = { webpage: 'ELEC', 'post-weblog': 'BLOG', 'article-newspaper': 'NEWS' };

const pad = (value: number | undefined, width = 2) => (value === undefined ? '' : String(value).padStart(width, '0'));

/** `YYYY/MM/DD/`, with the parts the date lacks left empty. */
function risDate(parts: DateParts): string {
  const [year, month, day] = parts['date-parts'][0];
  return `${pad(year, 4)}/${pad(month)}/${month === undefined ? '' : pad(day)}/`;
}

const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;

export function ris(item: CslItem): string {
  const lines = [line('TY', TYPES[item.type])];
  for (const name of item.author ?? []) lines.push(line('AU', `${name.family}, ${name.given}`));
  lines.push(line('TI', item.title));
  lines.push(line('T2', item['container-title']));
  if (item.issued) {
    lines.push(line('PY', pad(item.issued['date-parts'][0][0], 4)));
    lines.push(line('DA', risDate(item.issued)));
  }
  if (item.URL) lines.push(line('UR', item.URL));
  lines.push(line('Y2', risDate(item.accessed)));
  lines.push('ER  - ');
  return lines.join('\n');
}
