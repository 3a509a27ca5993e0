import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteUrl, siteUrlWarning } from '@/lib/publish/site';

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
});
