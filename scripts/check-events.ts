import { DatasetError, loadCatalog } from '@/lib/data/catalog';

// Runs before every build (npm's prebuild) so that a bad event stops the build with a readable list.
try {
  const catalog = loadCatalog();
  console.log(
    `events: ${catalog.events.length} events, ${catalog.actors.length} actors, ${catalog.sources.length} sources: all checks passed`,
  );
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
