import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

// The font of the link-preview images: Noto Sans (Latin and Latin Extended, regular and bold), from
// the @fontsource/noto-sans package, read from disk. The image renderer fetches a font from the
// internet for any character its fonts lack; nothing may be fetched, so every text is first cut
// down to the characters these files draw (`drawable`), read from the files' own character maps.

/** The family text is set in; the Latin Extended files are its fallback, under names of their own. */
export const OG_FONT_FAMILY = 'Noto Sans';
const FILES = [
  ['latin', 400],
  ['latin', 700],
  ['latin-ext', 400],
  ['latin-ext', 700],
] as const;

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** One table of a WOFF 1.0 file, inflated; `null` when the file has none by that tag. */
export function woffTable(file: Buffer, tag: string): Buffer | null {
  if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font file');
  const count = file.readUInt16BE(12);
  for (let at = 0; at < count; at += 1) {
    const entry = 44 + at * 20;
    if (file.toString('latin1', entry, entry + 4) !== tag) continue;
    const offset = file.readUInt32BE(entry + 4);
    const compressed = file.readUInt32BE(entry + 8);
    const length = file.readUInt32BE(entry + 12);
    const data = file.subarray(offset, offset + compressed);
    return compressed < length ? inflateSync(data) : data;
  }
  return null;
}

/** Every code point a `cmap` table gives a glyph, from its Unicode subtables (formats 4 and 12). */
export function cmapCodePoints(cmap: Buffer): Set<number> {
  const points = new Set<number>();
  const count = cmap.readUInt16BE(2);
  for (let at = 0; at < count; at += 1) {
    const record = 4 + at * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    if (platform !== 0 && !(platform === 3 && (encoding === 1 || encoding === 10))) continue;
    const base = cmap.readUInt32BE(record + 4);
    const format = cmap.readUInt16BE(base);
    if (format === 4) addFormat4(cmap, base, points);
    else if (format === 12) addFormat12(cmap, base, points);
  }
  return points;
}

function addFormat4(cmap: Buffer, base: number, points: Set<number>) {
  const segments = cmap.readUInt16BE(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment += 1) {
    const end = cmap.readUInt16BE(ends + segment * 2);
    const start = cmap.readUInt16BE(starts + segment * 2);
    const delta = cmap.readUInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      const indexed = rangeOffset === 0 ? code : cmap.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2);
      const glyph = rangeOffset !== 0 && indexed === 0 ? 0 : (indexed + delta) & 0xffff;
      if (glyph !== 0) points.add(code);
    }
  }
}

function addFormat12(cmap: Buffer, base: number, points: Set<number>) {
  const groups = cmap.readUInt32BE(base + 12);
  for (let group = 0; group < groups; group += 1) {
    const at = base + 16 + group * 12;
    const start = cmap.readUInt32BE(at);
    const end = cmap.readUInt32BE(at + 4);
    const firstGlyph = cmap.readUInt32BE(at + 8);
    for (let code = start; code <= end; code += 1) if (firstGlyph + (code - start) !== 0) points.add(code);
  }
}

export interface OgFonts {
  fonts: OgFont[];
  /** Code points the fonts draw. */
  drawn: ReadonlySet<number>;
}

let loaded: OgFonts | null = null;

export function ogFonts(): OgFonts {
  if (!loaded) {
    // Read at run time from the installed package, as the catalog reads events/.
    const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');
    const fonts = FILES.map(([subset, weight]): OgFont => ({
      // The renderer uses one file per family name (the nearest weight), and falls back only to other families.
      name: subset === 'latin' ? OG_FONT_FAMILY : `${OG_FONT_FAMILY} ${subset}`,
      data: fs.readFileSync(path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal',
    }));
    const drawn = new Set<number>();
    for (const font of fonts) {
      const cmap = woffTable(font.data, 'cmap');
      if (cmap) for (const point of cmapCodePoints(cmap)) drawn.add(point);
    }
    loaded = { fonts, drawn };
  }
  return loaded;
}

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;

/**
 * The text as the fonts can draw it: whitespace made plain spaces, invisible and undrawable
 * characters dropped, and at most `maxLength` characters, cut at a word with an ellipsis.
 */
export function drawable(text: string, drawn: ReadonlySet<number>, maxLength = Infinity): string {
  const kept = [...text.normalize('NFC')]
    .map((char) => (/\s/u.test(char) ? ' ' : !INVISIBLE.test(char) && drawn.has(char.codePointAt(0)!) ? char : ''))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  const chars = [...kept];
  if (chars.length <= maxLength) return kept;
  const cut = chars.slice(0, maxLength - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > cut.length / 2 ? atWord : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
