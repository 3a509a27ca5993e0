import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The rules of the module graph that the compiler does not check: no import cycles (in the app, the
// benchmark and the scripts alike), and nothing a browser loads ever reaches a server module (one
// that says `import 'server-only'`) or zod.

const ROOT = process.cwd();
const SOURCE = /\.(ts|tsx)$/;

interface Module {
  file: string;
  /** Modules it imports at run time (type-only imports are erased). */
  values: string[];
  /** Every module it imports, types included. */
  all: string[];
  packages: string[];
  client: boolean;
  serverOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = path.join(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) return path.normalize(candidate);
  }
  return null;
}

function readModule(file: string): Module {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const values: string[] = [];
  const all: string[] = [];
  const packages: string[] = [];
  const statement = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(statement)) {
    const typeOnly = match[1] !== undefined || /^import\s+\{\s*(?:type\s+[\w$]+\s*,?\s*)+\}/.test(match[0]);
    const specifier = match[2]!;
    const target = resolve(file, specifier);
    if (target === null) {
      if (!typeOnly) packages.push(specifier);
      continue;
    }
    all.push(target);
    if (!typeOnly) values.push(target);
  }
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const target = resolve(file, match[1]!);
    if (target) values.push(target);
  }
  return { file, values, all, packages, client: /^['"]use client['"]/.test(text), serverOnly: packages.includes('server-only') };
}

const modules = new Map(['lib', 'app'].flatMap(sourceFiles).map((file) => [path.normalize(file), readModule(file)]));
/** Everything the cycle check walks: the app's modules, and the command-line tools that import them. */
const graph = new Map([...modules, ...['bench', 'scripts', '.'].flatMap(toolFiles).map((file) => [path.normalize(file), readModule(file)] as const)]);

/** The benchmark's and the scripts' modules, and the root's (proxy.ts): no folder below. */
function toolFiles(dir: string): string[] {
  return dir === '.' ? fs.readdirSync(ROOT).filter((name) => SOURCE.test(name) && !name.endsWith('.d.ts')) : sourceFiles(dir);
}

function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file)?.all ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** What a browser loads with a client component: every module reachable through run-time imports. */
function browserReach(): Map<string, string> {
  const reachedFrom = new Map<string, string>();
  const queue = [...modules.values()].filter((module) => module.client).map((module) => module.file);
  for (const file of queue) reachedFrom.set(file, file);
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of modules.get(file)?.values ?? []) {
      if (reachedFrom.has(next)) continue;
      reachedFrom.set(next, reachedFrom.get(file)!);
      queue.push(next);
    }
  }
  return reachedFrom;
}

describe('the module graph', () => {
  it('reads the imports it checks', () => {
    expect(modules.get(path.normalize('lib/data/catalog.ts'))?.serverOnly).toBe(true);
    expect(modules.get(path.normalize('app/_components/timeline-chart.tsx'))?.client).toBe(true);
    expect(modules.get(path.normalize('lib/timeline/index-list.ts'))?.values).toContain(path.normalize('lib/timeline/mask.ts'));
    expect(graph.get(path.normalize('bench/run.ts'))?.all).toContain(path.normalize('bench/targets.ts'));
    expect(graph.get(path.normalize('proxy.ts'))?.values).toContain(path.normalize('lib/publish/timeline-cache.ts'));
  });

  it('has no import cycles', () => {
    expect(cycles().map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('keeps server modules and zod out of everything a browser loads', () => {
    const leaks = [...browserReach()].flatMap(([file, from]) => {
      const loaded = modules.get(file)!;
      if (loaded.serverOnly) return [`${file} is server-only but ${from} loads it in the browser`];
      if (loaded.packages.includes('zod')) return [`${file} imports zod and ${from} loads it in the browser`];
      return [];
    });
    expect(leaks).toEqual([]);
  });

  it('marks every module that reads the disk or the schema as server-only', () => {
    const unmarked = [...modules.values()]
      .filter((one) => !one.serverOnly && (one.packages.some((name) => /^(node:)?fs$|^zod$/.test(name)) || one.values.includes(path.normalize('lib/data/schema.ts'))))
      .map((one) => one.file);
    expect(unmarked).toEqual([]);
  });
});
