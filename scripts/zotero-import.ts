import { citedSources } from '@/lib/data/event-sources';
import { getCatalog } from '@/lib/data/catalog';
import { eventCsl, formatCitations, sourceCsl } from '@/lib/publish/citations';
import type { CitationFormats } from '@/lib/publish/cite-response';
import type { CslItem } from '@/lib/publish/csl-item';
import { absoluteUrl, eventPath } from '@/lib/publish/site';

// What Zotero makes of our citations: posts an event's BibTeX, RIS and CSL-JSON (and those of the
// articles it cites) to a Zotero translation-server's /import and prints each item's type, title,
// URL, date and access date. It needs a translation-server on loopback (ZOTERO_URL, default
// http://127.0.0.1:1969), which CI does not have: without one it says so and skips.
//   npx tsx --conditions=react-server scripts/zotero-import.ts [event-id]

const ZOTERO = process.env.ZOTERO_URL ?? 'http://127.0.0.1:1969';
const EVENT = process.argv[2] ?? 'russian-airstrike-on-al-tanf-base-2016';
const FORMATS = ['bibtex', 'ris', 'cslJson'] as const satisfies ReadonlyArray<keyof CitationFormats>;
const FIELDS = ['itemType', 'title', 'url', 'date', 'accessDate'] as const;

async function answers(): Promise<boolean> {
  try {
    await fetch(`${ZOTERO}/`, { signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

async function importInto(text: string): Promise<Array<Record<string, unknown>>> {
  const response = await fetch(`${ZOTERO}/import`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: text });
  if (!response.ok) throw new Error(`/import answered ${response.status}: ${await response.text()}`);
  const items: unknown = await response.json();
  if (!Array.isArray(items)) throw new Error('/import answered something other than a list of items');
  // Zotero turns a BibTeX `note` into a child note: only the items themselves are wanted.
  return items.filter((item: unknown): item is Record<string, unknown> => typeof item === 'object' && item !== null && Object.getOwnPropertyDescriptor(item, 'itemType')?.value !== 'note');
}

async function main() {
  if (!(await answers())) {
    const rule = '!'.repeat(80);
    console.warn(`${rule}\nSKIPPED: no Zotero translation-server answers at ${ZOTERO} (set ZOTERO_URL). Nothing was checked.\n${rule}`);
    return;
  }
  const catalog = getCatalog();
  const event = catalog.eventById.get(EVENT);
  if (!event) throw new Error(`no event ${EVENT}`);
  const accessed = new Date();
  const works: Array<[string, CslItem]> = [
    [`event ${event.id}`, eventCsl(event, absoluteUrl(eventPath(event.id)), accessed)],
    ...citedSources(event, catalog.sourceById).map((source): [string, CslItem] => [`source ${source.id}`, sourceCsl(source, accessed)]),
  ];
  let failures = 0;
  for (const [name, csl] of works) {
    const formats = formatCitations(csl);
    // An article we have no address for has no URL to import.
    const required = FIELDS.filter((field) => field !== 'url' || csl.URL !== undefined);
    for (const format of FORMATS) {
      const items = await importInto(formats[format]);
      const item = items[0] ?? {};
      const missing = required.filter((field) => typeof item[field] !== 'string' || item[field] === '');
      if (items.length !== 1 || missing.length > 0) failures += 1;
      console.log(`${name} ${format}: ${FIELDS.map((field) => `${field}=${JSON.stringify(item[field] ?? null)}`).join(' ')}${missing.length ? `  MISSING ${missing.join(', ')}` : ''}`);
    }
  }
  if (failures > 0) {
    console.error(`\n${failures} import(s) lacked a field or gave other than one item`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
