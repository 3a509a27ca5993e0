import path from 'node:path';
import { hintChartChunks } from '@/lib/publish/compile-hints';
import { distDir } from '@/lib/publish/prerendered-home';

// Runs after `next build` (npm's postbuild; bench/build.ts for its own builds): asks V8 to compile
// vis-timeline's chunk as it loads. See lib/publish/compile-hints.ts.

const dir = distDir(path.resolve(__dirname, '..'));
console.log(`compile hint written into ${hintChartChunks(dir).join(', ')}`);
