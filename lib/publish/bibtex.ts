import { isoDate, type CslItem } from './csl-item';

// biblatex, written out rather than by citation-js, whose classic BibTeX puts a day into `month`
// (`month = {dec 1}`, which no parser accepts) and makes our pages `@misc`, a Document in Zotero.
// Zotero's BibTeX importer reads `@online` as a Web Page, `date` as its date and `urldate` as its
// access date (translators' BibTeX.js), and biber reads the same fields.

const ENTRY_TYPES: Record<CslItem['type'], string> = {
  webpage: 'online',
  'post-weblog': 'online',
  'article-newspaper': 'article',
};

const SPECIAL = /[\\{}#$%&_^~]/g;
const ESCAPES: Record<string, string> = { '\\': '\\textbackslash{}', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' };

/** Text as a braced BibTeX value: LaTeX's special characters escaped, everything else (UTF-8) as it is. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPECIAL, (char) => ESCAPES[char] ?? `\\${char}`);
}

/**
 * Our titles are already cased as they should read. Each word with a capital is braced, so that
 * neither a style that title-cases nor an importer that sentence-cases (Better BibTeX) re-cases it;
 * braces around the whole title would be dropped by such importers, and Zotero drops these too.
 */
function protectCase(text: string): string {
  return text
    .split(' ')
    .map((word) => (/\p{Lu}/u.test(word) ? `{${word}}` : word))
    .join(' ');
}

export function bibtex(item: CslItem): string {
  const fields: Array<[string, string]> = [];
  if (item.type === 'article-newspaper') fields.push(['entrysubtype', 'newspaper']);
  if (item.author?.length) fields.push(['author', item.author.map((name) => escapeBibtex(`${name.family}, ${name.given}`)).join(' and ')]);
  fields.push(['title', protectCase(escapeBibtex(item.title))]);
  fields.push([item.type === 'article-newspaper' ? 'journaltitle' : 'organization', escapeBibtex(item['container-title'])]);
  if (item.version) fields.push(['version', escapeBibtex(item.version)]);
  if (item.issued) fields.push(['date', isoDate(item.issued)]);
  // A URL is verbatim in biblatex: only its braces would break the value.
  if (item.URL) fields.push(['url', item.URL.replace(/[{}]/g, encodeURIComponent)]);
  fields.push(['urldate', isoDate(item.accessed)]);
  const key = item.id.replace(/[^A-Za-z0-9_:.-]/g, '');
  return [`@${ENTRY_TYPES[item.type]}{${key},`, ...fields.map(([name, value]) => `  ${name} = {${value}},`), '}'].join('\n');
}
