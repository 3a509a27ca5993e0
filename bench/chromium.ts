// Debian's Chromium, for the end-to-end tests and the benchmark: Playwright's own browser download
// is not reachable from our machines. Without the background-networking flags, Chromium's calls
// home are refused by the closed network, many at a time.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
