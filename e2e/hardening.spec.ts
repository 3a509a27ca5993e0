import { expect, test, type Page } from '@playwright/test';
import { injectedMarkup, NOTHING_INJECTED } from './helpers';

const TANF = 'russian-airstrike-on-al-tanf-base-2016';

const PAGES = ['/', `/?event=${TANF}`, `/events/${TANF}`, '/actors/islamic-state', '/sources/daily-beast-2016', '/places/al-tanf', '/events/no-such-event'];
const DOCUMENTS = ['/data/events.json', '/data/export.csv?actors=russia', '/data/timeline-index.json', `/api/cite/${TANF}`, '/sitemap.xml', '/robots.txt'];

async function watchForTrouble(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    async check() {
      const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      expect([...problems, ...csp.map((violation) => `CSP: ${violation}`)]).toEqual([]);
    },
  };
}

for (const path of [...PAGES, ...DOCUMENTS]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expect([200, 404]).toContain(response.status());
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('no page type makes the browser report a CSP violation', async ({ page }) => {
  const trouble = await watchForTrouble(page);
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // The interactive parts too: the chart, the filters and the citations.
  await page.goto(`/?event=${TANF}`);
  await expect(page.locator('[data-timeline-chart][data-chart-live] .vis-item').first()).toBeVisible();
  await page.getByRole('region', { name: /al-Tanf/ }).getByText('Cite this event').click();
  await expect(page.getByRole('textbox', { name: 'This event (APA)' })).toHaveValue(/\(2026, December 2\)/);
  await page.getByText('Actors (any)').click();
  await page.getByRole('checkbox', { name: /^Russia \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/actors=russia/);
  await trouble.check();
});

const HOSTILE_URLS = [
  '/?actors=%3Cscript%3Ealert(1)%3C/script%3E',
  '/?actors=russia,nobody,%22%3E%3Csvg%20onload%3Dalert(1)%3E',
  `/?actors=${Array.from({ length: 300 }, () => 'russia').join(',')}`,
  `/?${Array.from({ length: 200 }, (_, n) => `actors=a${n}`).join('&')}`,
  '/?from=2016-13-45&to=0000-00-00',
  '/?from=2020-01-01&to=2010-01-01',
  '/?from=2015-02-29&to=9999-99-99',
  `/?q=${'a'.repeat(8_000)}`,
  '/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '/?q=%22%27%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/?q=%E2%80%AEevil',
  '/?event=..%2F..%2Fetc%2Fpasswd',
  '/?event=%3Cscript%3Ealert(1)%3C/script%3E',
  '/?event=russian-airstrike-on-al-tanf-base-2016&event=other',
  '/?q=javascript:alert(1)',
  '/?place=%3Csvg%20onload%3Dalert(1)%3E&place=al-tanf',
  '/places/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/events/..%2F..%2F..%2Fetc%2Fpasswd',
  '/events/%2e%2e%2f%2e%2e%2fpackage.json',
  '/actors/%00',
  '/sources/..%5C..%5Cwindows',
  '/events/russian-airstrike-on-al-tanf-base-2016%22onmouseover%3Dalert(1)',
];

const HOSTILE_DOCUMENT_URLS = [
  '/data/export.csv?q=%3D1%2B1&actors=%3Cscript%3E',
  '/data/export.json?from=2020-01-01&to=2010-01-01&event=%00',
  '/api/cite/%3Cscript%3E?accessed=%3Cscript%3E',
  `/api/cite/${TANF}?accessed=9999-99-99`,
  '/api/cite/..%2F..%2Fpackage.json',
];

test('hostile requests for documents and downloads are answered, never with a server error', async ({ request }) => {
  for (const url of HOSTILE_DOCUMENT_URLS) {
    const response = await request.get(url);
    expect([200, 404], url).toContain(response.status());
    expect(await response.text(), url).not.toContain('<script>');
  }
});

test('hostile and malformed URLs give a rendered page or a 404, never a server error or injected markup', async ({ page }) => {
  // One page load per hostile address, one after another: on two loaded cores this took over 30 s.
  test.setTimeout(90_000);
  const trouble = await watchForTrouble(page);
  for (const url of HOSTILE_URLS) {
    const response = await page.goto(url);
    const status = response?.status() ?? 0;
    expect([200, 404], `${url} → ${status}`).toContain(status);
    expect(await injectedMarkup(page), url).toEqual(NOTHING_INJECTED);
  }
  await trouble.check();
});

test('a URL longer than the server accepts is refused with a client error, not a server error', async ({ request }) => {
  const response = await request.get(`/?q=${'a'.repeat(20_000)}`);
  expect([414, 431]).toContain(response.status());
});
