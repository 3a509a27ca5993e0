// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The benchmark builds other datasets side by side with the real one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
