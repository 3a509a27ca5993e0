// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The benchmark builds other datasets side by side with the real one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH || 'tsconfig.json' },
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
