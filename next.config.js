// @ts-check

// As strict as the app allows. Next.js bootstraps each page with inline scripts (its React Server
// Component payload) and most pages are static, so there is no per-request nonce: scripts are
// limited to this origin plus those inline bootstraps, and no data is ever written into a script
// (JSON-LD is a data block, and its `<` is escaped). vis-timeline positions items with inline
// styles, hence 'unsafe-inline' for styles. The development server alone also needs eval: React
// rebuilds server call stacks with it there (never in a production build).
const development = process.env.NODE_ENV === 'development';
const policy = (frameAncestors) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join('; ');

// Only the embeds (/embed and below) may be framed: by any site, or by those EMBED_FRAME_ANCESTORS
// lists at build time (space-separated origins such as https://news.example; anything else in it
// is dropped). Every other page refuses frames, with X-Frame-Options for older browsers too.
const embedAncestors =
  (process.env.EMBED_FRAME_ANCESTORS ?? '')
    .split(/\s+/)
    .filter((origin) => /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(origin))
    .join(' ') || '*';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
const refuseFraming = [
  { key: 'Content-Security-Policy', value: policy("'none'") },
  { key: 'X-Frame-Options', value: 'DENY' },
];
const allowFraming = [{ key: 'Content-Security-Policy', value: policy(embedAncestors) }];

// Every answer gets the one cache policy, declared in lib/publish/cache-policy.json with its
// exceptions and their reasons: no list of pages to keep up to date. Next.js answers the
// prerendered pages with their ETag and a 304 itself; left alone it would tell a CDN to keep them
// for a year, and never to keep a page rendered on request (such as /embed).
const cachePolicy = require('./lib/publish/cache-policy.json');
const exceptedPaths = cachePolicy.exceptions.flatMap((exception) => ('path' in exception ? [exception.path] : []));
const sharedCache = {
  source: `/:path((?!(?:${exceptedPaths.join('|')})$).*)`,
  headers: [{ key: 'Cache-Control', value: cachePolicy.shared }],
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The benchmark builds other datasets side by side with the real one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH || 'tsconfig.json' },
  // The address this build writes into its pages, written into its server's code too: a server
  // started without SITE_URL answers as that address (lib/publish/site.ts), and one started with
  // another says so (instrumentation.ts).
  compiler: { defineServer: { 'process.env.BUILT_SITE_URL': process.env.SITE_URL ?? '' } },
  poweredByHeader: false,
  // proxy.ts answers `/` itself only when a document is asked for, and must tell an in-app
  // navigation (an RSC payload request) apart: Next.js would hide those headers from it otherwise.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/:path((?!embed(?:/|$)).*)', headers: refuseFraming },
      { source: '/embed', headers: allowFraming },
      { source: '/embed/:path*', headers: allowFraming },
      sharedCache,
    ];
  },
};

module.exports = nextConfig;
