import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Versions below these have known security advisories.
const PATCHED = { next: '16.2.6', react: '19.2.6', 'react-dom': '19.2.6' } as const;

function installedVersion(name: string): string {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || !('version' in manifest) || typeof manifest.version !== 'string') {
    throw new Error(`${name} has no version in its package.json`);
  }
  return manifest.version;
}

/** Compares `major.minor.patch` numerically; pre-release tags count as below their release. */
export function atLeast(version: string, minimum: string): boolean {
  const [core = '', pre] = version.split('-', 2);
  const parts = core.split('.').map(Number);
  const wanted = minimum.split('.').map(Number);
  for (let at = 0; at < 3; at += 1) {
    if ((parts[at] ?? 0) !== (wanted[at] ?? 0)) return (parts[at] ?? 0) > (wanted[at] ?? 0);
  }
  return pre === undefined;
}

describe('dependencies with known advisories', () => {
  it('compares versions numerically', () => {
    expect(atLeast('16.10.0', '16.2.6')).toBe(true);
    expect(atLeast('16.2.5', '16.2.6')).toBe(false);
    expect(atLeast('16.2.6-canary.1', '16.2.6')).toBe(false);
    expect(atLeast('19.2.6', '19.2.6')).toBe(true);
  });

  it.each(Object.entries(PATCHED))('%s is at least %s', (name, minimum) => {
    expect(atLeast(installedVersion(name), minimum)).toBe(true);
  });
});
