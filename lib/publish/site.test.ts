import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteUrl, siteUrlStartWarning, siteUrlWarning } from '@/lib/publish/site';

const env = (SITE_URL?: string): NodeJS.ProcessEnv => ({ NODE_ENV: 'production', ...(SITE_URL !== undefined && { SITE_URL }) });

describe('SITE_URL', () => {
  it('gives the public address, without a trailing slash, and paths under it', () => {
    expect(siteUrl(env('https://timeline.example.org/'))).toBe('https://timeline.example.org');
    expect(absoluteUrl('/events/x', env('https://example.org/timeline/'))).toBe('https://example.org/timeline/events/x');
  });

  it('falls back to the local address, and a build then warns loudly, naming the variable', () => {
    for (const value of [undefined, '', '  ', 'timeline.example.org', 'ftp://example.org']) {
      expect(siteUrl(env(value))).toBe('http://localhost:3000');
      expect(siteUrlWarning(env(value)), String(value)).toMatch(/^WARNING: SITE_URL is not/);
      expect(siteUrlWarning(env(value))).toContain('Set SITE_URL to the public address');
    }
    expect(siteUrlWarning(env('https://timeline.example.org'))).toBeNull();
  });

  it('is, in a server, the address it was built with unless SITE_URL is set again when it starts', () => {
    expect(siteUrl(env(), 'https://timeline.example.org/')).toBe('https://timeline.example.org');
    expect(siteUrl(env(''), 'https://timeline.example.org')).toBe('https://timeline.example.org');
    expect(siteUrl(env('https://mirror.example.net'), 'https://timeline.example.org')).toBe('https://mirror.example.net');
    // A build without SITE_URL (or with an unusable one) was made for the local address.
    expect(siteUrl(env(), '')).toBe('http://localhost:3000');
    expect(siteUrl(env(), 'timeline.example.org')).toBe('http://localhost:3000');
  });

  it('says nothing at start when SITE_URL is unset or the build’s, and outside a server build', () => {
    expect(siteUrlStartWarning(env(), 'https://timeline.example.org')).toBeNull();
    expect(siteUrlStartWarning(env(' '), 'https://timeline.example.org')).toBeNull();
    expect(siteUrlStartWarning(env('https://timeline.example.org/'), 'https://timeline.example.org')).toBeNull();
    expect(siteUrlStartWarning(env('http://localhost:3000'), '')).toBeNull();
    expect(siteUrlStartWarning(env('https://timeline.example.org'), undefined)).toBeNull();
  });

  it('warns loudly at start when SITE_URL differs from the build’s address, naming both and the way out', () => {
    expect(siteUrlStartWarning(env('https://mirror.example.net'), 'https://timeline.example.org')).toBe(
      [
        'WARNING: this server was started with SITE_URL=https://mirror.example.net, but it was built with https://timeline.example.org.',
        'Its pages, permalinks, citations and embed codes were written at build time and point at https://timeline.example.org;',
        'oEmbed, the sitemap and the feeds now answer for https://mirror.example.net, so the pages’ oEmbed discovery links point at answers that refuse them.',
        'Rebuild with SITE_URL=https://mirror.example.net (SITE_URL=https://mirror.example.net npm run build), or start the server without SITE_URL to serve as https://timeline.example.org.',
      ].join('\n'),
    );
    // A build without SITE_URL was made for the local address.
    expect(siteUrlStartWarning(env('https://timeline.example.org'), '')).toMatch(/^WARNING: this server was started with SITE_URL=https:\/\/timeline\.example\.org, but it was built with http:\/\/localhost:3000\./);
    expect(siteUrlStartWarning(env('timeline.example.org'), 'https://timeline.example.org')).toBe(
      'WARNING: SITE_URL is not an http(s) address ("timeline.example.org"); this server answers as https://timeline.example.org, the address it was built with.\nStart it without SITE_URL, or with the address it was built with.',
    );
  });
});
