import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/data/catalog';
import { generateDataset, writeDataset } from './generate-dataset';

describe('the generated benchmark dataset', () => {
  it('passes every check against its own article texts, without the real articles', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-'));
    const eventsDir = path.join(dir, 'events');
    const seedsDir = path.join(dir, 'articles');
    writeDataset(generateDataset(300, 7), eventsDir, seedsDir);
    const catalog = loadCatalog({ eventsDir, seedsDir, requireArticles: true });
    expect(catalog.events).toHaveLength(300);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is the same for the same seed', () => {
    expect(generateDataset(50, 3).events).toEqual(generateDataset(50, 3).events);
  });
});
