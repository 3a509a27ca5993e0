import path from 'node:path';
import { hintChartChunks } from '@/lib/publish/compile-hints';
import { distDir } from '@/lib/publish/prerendered-home';
import { prerenderHome } from './prerender-home';

// Everything that runs after `next build`, in this one list: npm's postbuild runs it, and so does
// bench/build.ts after each build of its own.
// 1. V8's compile hint into vis-timeline's chunk (lib/publish/compile-hints.ts).
// 2. The stored `/` that proxy.ts answers with (lib/publish/prerendered-home.ts).

const ROOT = path.resolve(__dirname, '..');

async function main() {
  console.log(`compile hint written into ${hintChartChunks(distDir(ROOT)).join(', ')}`);
  console.log(`prerendered / for build ${await prerenderHome(ROOT)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
