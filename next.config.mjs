/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build the site twice (with and without Clerk keys) side by side.
  distDir: process.env.MASTHEAD_DIST_DIR || '.next',
  // A self-contained server (`<distDir>/standalone/server.js`) for containers and N copies.
  output: 'standalone',
  // With the readers' `revalidate`, public pages answer `s-maxage=300, stale-while-revalidate=86100`:
  // a CDN may keep serving a page for a day while it fetches the new one.
  expireTime: 86400,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
