import { defineConfig, devices } from '@playwright/test';
import { buildTarget } from './bench/build';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './bench/chromium';

const port = Number(process.env.E2E_PORT ?? 3210);
const largePort = Number(process.env.E2E_LARGE_PORT ?? 3212);
const hostilePort = Number(process.env.E2E_HOSTILE_PORT ?? 3213);
/** A page of another site that frames the embeds (e2e/embed.spec.ts reads the same variable). */
const hostPort = Number(process.env.E2E_HOST_PORT ?? 3219);
const large = buildTarget(10_000);
const hostile = buildTarget('hostile');
/** The public address the hostile build is made for (e2e/hostile-data.spec.ts expects it in the pages). */
const HOSTILE_SITE_URL = 'https://hostile.example';
// The large-dataset and hostile builds take a minute or two each; E2E_SKIP_LARGE=1 and
// E2E_SKIP_HOSTILE=1 leave them out while iterating.
const withLarge = process.env.E2E_SKIP_LARGE !== '1';
const withHostile = process.env.E2E_SKIP_HOSTILE !== '1';

const browser = { ...devices['Desktop Chrome'], launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: process.env.CI === 'true',
  retries: 0,
  workers: process.env.CI === 'true' ? 2 : undefined,
  reporter: [['list']],
  // Two workers share two cores with three production servers: a cold route (the first citation a
  // server formats) can take more than the default five seconds to answer.
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: /(large-dataset|hostile-data)\.spec\.ts/, use: { ...browser, baseURL: `http://127.0.0.1:${port}` } },
    // A dataset whose every text carries script and markup payloads, in a build of its own.
    ...(withHostile ? [{ name: 'hostile-data', testMatch: /hostile-data\.spec\.ts/, use: { ...browser, baseURL: `http://127.0.0.1:${hostilePort}` } }] : []),
    // The same kind of journeys against 10,000 generated events, in a build of their own.
    ...(withLarge
      ? [{ name: 'large-dataset', testMatch: /large-dataset\.spec\.ts/, use: { ...browser, baseURL: `http://127.0.0.1:${largePort}` } }]
      : []),
  ],
  webServer: [
    {
      // The journeys run against the production build (`npm run build` comes first in `npm test`).
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `node e2e/host-page.mjs ${hostPort}`,
      url: `http://127.0.0.1:${hostPort}/`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    ...(withHostile
      ? [
          {
            // Built for a public address and started without SITE_URL: the server must answer as the
            // address its pages carry (e2e/hostile-data.spec.ts follows their oEmbed discovery link).
            command: `npx tsx --conditions=react-server bench/build.ts hostile && env -u SITE_URL npx next start -H 127.0.0.1 -p ${hostilePort}`,
            url: `http://127.0.0.1:${hostilePort}/data/timeline-index.json`,
            reuseExistingServer: false,
            timeout: 300_000,
            env: { ...hostile.env, SITE_URL: HOSTILE_SITE_URL },
          },
        ]
      : []),
    ...(withLarge
      ? [
          {
            command: `npx tsx --conditions=react-server bench/build.ts 10000 && npx next start -H 127.0.0.1 -p ${largePort}`,
            url: `http://127.0.0.1:${largePort}/data/timeline-index.json`,
            reuseExistingServer: false,
            timeout: 600_000,
            env: large.env,
          },
        ]
      : []),
  ],
});
