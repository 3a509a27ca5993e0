import { siteUrlWarning } from '@/lib/publish/site';

// Runs before every build (npm's prebuild): a production build without SITE_URL writes the default
// address into every permalink, citation and embed code, so it says so, loudly. It does not fail:
// local and CI builds are meant to run without it.
const warning = siteUrlWarning();
if (warning) {
  const rule = '!'.repeat(100);
  console.warn(`\n${rule}\n${warning}\n${rule}\n`);
}
