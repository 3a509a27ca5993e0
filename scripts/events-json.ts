import { DatasetError, loadCatalog, toPublicJson } from '@/lib/data/catalog';

try {
  process.stdout.write(`${JSON.stringify(toPublicJson(loadCatalog()), null, 2)}\n`);
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
