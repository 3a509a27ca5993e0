import { siteUrlStartWarning } from '@/lib/publish/site';

// Next.js calls register() once when a server starts, before its first request: a server started
// with another address than its build's must say so before it serves pages that disagree with it.
export async function register() {
  const warning = siteUrlStartWarning();
  if (warning !== null) {
    const rule = '!'.repeat(100);
    console.warn(`\n${rule}\n${warning}\n${rule}\n`);
  }
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // The events are read, checked and indexed as the server starts, not on the first reader's
  // request: at 10,000 events that took five seconds, more than ten on a busy machine.
  const [{ getCatalog }, { timelineIndexUrl }] = await Promise.all([import('@/lib/data/catalog'), import('@/lib/view/view')]);
  timelineIndexUrl(getCatalog());
}
