import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageVersion, readPrerenderedHome, removePrerenderedHome, writePrerenderedHome } from './prerendered-home';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prerendered-home-'));
  fs.writeFileSync(path.join(dir, 'BUILD_ID'), 'build-1\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the prerendered home page', () => {
  it('is read back as written, for the build it was made from', () => {
    writePrerenderedHome(dir, { version: 'v1', html: '<html></html>' });
    expect(readPrerenderedHome(dir)).toEqual({ buildId: 'build-1', version: 'v1', html: '<html></html>' });
    removePrerenderedHome(dir);
    expect(readPrerenderedHome(dir)).toBeNull();
  });

  it('is never served by another build', () => {
    writePrerenderedHome(dir, { version: 'v1', html: '<html></html>' });
    fs.writeFileSync(path.join(dir, 'BUILD_ID'), 'build-2\n');
    expect(readPrerenderedHome(dir)).toBeNull();
  });

  it('is absent when the file is missing or unreadable, and cannot be written without a build', () => {
    expect(readPrerenderedHome(dir)).toBeNull();
    fs.writeFileSync(path.join(dir, 'prerendered-home.json'), '{"buildId":"build-1","version":3}');
    expect(readPrerenderedHome(dir)).toBeNull();
    fs.writeFileSync(path.join(dir, 'prerendered-home.json'), 'not json');
    expect(readPrerenderedHome(dir)).toBeNull();
    fs.rmSync(path.join(dir, 'BUILD_ID'));
    expect(() => writePrerenderedHome(dir, { version: 'v1', html: '' })).toThrow(/no build/);
  });

  it('has a version that changes with the build and with the dataset', () => {
    const version = pageVersion('build-1', '"dataset-a"');
    expect(version).toMatch(/^[\w-]{16}$/);
    expect(pageVersion('build-1', '"dataset-a"')).toBe(version);
    expect(pageVersion('build-2', '"dataset-a"')).not.toBe(version);
    expect(pageVersion('build-1', '"dataset-b"')).not.toBe(version);
  });
});
