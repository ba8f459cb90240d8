/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build the site twice (with and without Clerk keys) side by side.
  distDir: process.env.MASTHEAD_DIST_DIR || '.next',
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
