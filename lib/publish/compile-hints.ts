import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { VIS_TIMELINE_MARK } from './chart-chunk-mark';

// V8 compiles a function on the main thread the first time it is called, unless the script asks for
// all of its functions as it loads (Chromium 136 and later; other engines read a comment): then they
// are compiled on a background thread while the script streams in. vis-timeline is one module of
// 335 KB, and compiled lazily its evaluation, its construction and its first draw took 89, 41 and
// 86 ms with the CPU slowed four times, as Lighthouse slows it; 48, 23 and 65 ms with the hint.
// Turbopack keeps no comment of ours in a chunk, so the hint goes into the built chunk after the
// build (scripts/postbuild.ts).

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** `source` with the hint on its first line, once. */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}

/**
 * Writes the hint into the scripts of the build in `dir` that hold vis-timeline, and names them. A
 * build without one fails: a change in how the library is bundled would otherwise lose the hint
 * unnoticed.
 */
export function hintChartChunks(dir: string): string[] {
  const chunks = path.join(dir, 'static', 'chunks');
  const hinted: string[] = [];
  for (const name of fs.readdirSync(chunks).filter((file) => file.endsWith('.js'))) {
    const file = path.join(chunks, name);
    const source = fs.readFileSync(file, 'utf8');
    if (!source.includes(VIS_TIMELINE_MARK)) continue;
    const hintedSource = withCompileHint(source);
    if (hintedSource !== source) fs.writeFileSync(file, hintedSource);
    hinted.push(name);
  }
  if (hinted.length === 0) throw new Error(`${chunks}: no script holds vis-timeline (“${VIS_TIMELINE_MARK}”), so its compile hint has nowhere to go`);
  return hinted;
}
