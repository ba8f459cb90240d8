import { availableParallelism } from 'node:os';

import {
  PRIVATE_SITE_VARIABLE,
  privateSiteRedirects,
  readPrivateSiteSetting,
} from './lib/auth/config/private-site-setting.mjs';
import {
  DEMO_IDENTITIES_VARIABLE,
  DEMO_PUBLISHABLE_KEY,
  demoWithClerkKeysProblem,
  readDemoSetting,
} from './lib/demo/demo-setting.mjs';
import { readEnv } from './lib/env.mjs';
import { clerkFrontendApi, securityHeaderRoutes } from './lib/security/headers.mjs';

const { privateSite, problem } = readPrivateSiteSetting(readEnv(PRIVATE_SITE_VARIABLE));
if (problem) console.warn(problem);

const demoSetting = readDemoSetting(readEnv(DEMO_IDENTITIES_VARIABLE));
const demoProblem =
  demoSetting.problem ?? (demoSetting.demo ? demoWithClerkKeysProblem(process.env) : undefined);
if (demoProblem) throw new Error(demoProblem);
const demo = demoSetting.demo;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build the site several times (with and without Clerk keys, public and private) side by side.
  distDir: readEnv('MASTHEAD_DIST_DIR'),
  // A self-contained server (`<distDir>/standalone/server.js`) for containers and N copies.
  output: 'standalone',
  // Each post's public text is a file that its pages and the feeds read (lib/content/public-text.ts)
  // rather than import: traced into the standalone server with every route that may read it.
  // The full texts of gated posts and drafts (lib/content/restricted.ts) only with the routes that
  // render one: the readings, gift links, the editors' post view, the private API's post and the
  // members' feeds. Turbopack also follows the module's read into the trace of every route that
  // imports it (all in the member area, 2026-12-06); these keys keep the routes that need the files
  // from depending on that analysis. Keys are route globs matched against any part of a route
  // (`/gift/**` also matches the private API's `/api/private/posts/[slug]/gift`), so each names a
  // member-area route only; the leak scan checks that no public route's trace names the files.
  outputFileTracingIncludes: {
    '/**': ['./.content/public-text/*.json'],
    ...Object.fromEntries(
      [
        '/gated-reading/**',
        '/gift/**',
        '/dashboard/editor/*',
        '/api/private/posts/*',
        '/api/private/feed*',
      ].map((route) => [route, ['./.content/restricted-text/*.json']]),
    ),
  },
  // With the readers' `revalidate`, public pages answer `s-maxage=60, stale-while-revalidate=86340`:
  // a CDN may keep serving a page for a day while it fetches the new one.
  expireTime: 86400,
  poweredByHeader: false,
  // Posts' images live in public/images: anything else asked of the image optimizer, such as a
  // member page it would fetch through the proxy, is refused (400) before it is fetched.
  images: { localPatterns: [{ pathname: '/images/**' }] },
  reactStrictMode: true,
  // Next prerenders with one worker fewer than there are cores, while its main process waits:
  // on a 2-core machine that is one worker. One per core keeps every core prerendering, which a
  // large archive's build feels most.
  experimental: { cpus: availableParallelism() },
  // The build type-checks the site's own code; `npm test` type-checks everything, tests and
  // scripts included, so that no build waits on checking code it does not ship.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // A private preview is a build of its own: the proxy's matcher and the redirect below are fixed
  // at build time, so the setting is built in where the proxy and pages read it.
  // Demo identities likewise: a demo build is one of its own, with the fictitious instance's
  // publishable key built in (the server generates its signing key when it starts).
  env: {
    [PRIVATE_SITE_VARIABLE]: String(privateSite),
    [DEMO_IDENTITIES_VARIABLE]: String(demo),
    ...(demo ? { NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: DEMO_PUBLISHABLE_KEY } : {}),
  },
  redirects: async () => [
    // Members once read gated posts in full in the member area; every post now has one address,
    // where whoever may read it reads it (bookmarks and old links land there).
    { source: '/dashboard/posts/:slug', destination: '/blog/:slug', permanent: true },
    ...privateSiteRedirects(privateSite),
  ],
  // Security headers on every response (lib/security/headers.mjs); the proxy sets the same on what it answers.
  headers: async () =>
    securityHeaderRoutes({
      frontendApi: clerkFrontendApi(readEnv('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY')),
      development: readEnv('NODE_ENV') === 'development',
    }),
};

export default nextConfig;
