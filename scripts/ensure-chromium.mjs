// The end-to-end tests drive Debian's Chromium (Playwright's own browser download is not reachable
// from our machines). Install it on a fresh machine where we can; otherwise say what to do.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(browser)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(
      `No Chromium at ${browser}. Install Debian's "chromium" package (sudo apt-get install -y chromium), ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  console.log(`No Chromium at ${browser}: installing Debian's chromium package.`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
