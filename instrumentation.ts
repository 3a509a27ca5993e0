import { siteUrlStartWarning } from '@/lib/publish/site';

// Next.js calls register() once when a server starts, before its first request: a server started
// with another address than its build's must say so before it serves pages that disagree with it.
export function register() {
  const warning = siteUrlStartWarning();
  if (warning === null) return;
  const rule = '!'.repeat(100);
  console.warn(`\n${rule}\n${warning}\n${rule}\n`);
}
