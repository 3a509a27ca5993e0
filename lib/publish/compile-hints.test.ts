import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPILE_HINT, hintChartChunks, withCompileHint } from './compile-hints';

describe('withCompileHint', () => {
  it('puts the hint on the first line, once', () => {
    const once = withCompileHint('(globalThis.TURBOPACK||=[]).push([])');
    expect(once.startsWith(COMPILE_HINT)).toBe(true);
    expect(withCompileHint(once)).toBe(once);
  });
});

describe('hintChartChunks', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const build = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, 'static', 'chunks'), { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'static', 'chunks', name), text);
    return dir;
  };
  const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, 'static', 'chunks', name), 'utf8');

  it('hints the scripts that hold vis-timeline, and no other file', () => {
    const dir = build({ 'vis.js': 'x.className="vis-itemset"', 'app.js': 'render()', 'vis.css': '.vis-itemset{}' });
    expect(hintChartChunks(dir)).toEqual(['vis.js']);
    expect(read(dir, 'vis.js')).toBe(`${COMPILE_HINT}x.className="vis-itemset"`);
    expect(read(dir, 'app.js')).toBe('render()');
    expect(read(dir, 'vis.css')).toBe('.vis-itemset{}');
    hintChartChunks(dir);
    expect(read(dir, 'vis.js')).toBe(`${COMPILE_HINT}x.className="vis-itemset"`);
  });

  it('fails a build in which no script holds vis-timeline', () => {
    expect(() => hintChartChunks(build({ 'app.js': 'render()' }))).toThrow(/no script holds vis-timeline/);
  });
});
