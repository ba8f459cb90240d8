import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const noTests = {
  group: ['**/tests/**', '@/tests/**', 'tests/**'],
  message:
    'Move what this needs into lib/ or scripts/lib/, and have the tests import it from there.',
};

export default defineConfig([
  // Generated: builds, the content build, test output (as in .gitignore).
  globalIgnores([
    '.next/**',
    '.next-*/**',
    '.contentlayer/**',
    '.content/**',
    'out/**',
    'coverage/**',
    'test-results/**',
    'next-env.d.ts',
  ]),
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Readers' pages link with plain <a> on purpose: next/link would add client JavaScript and prefetching to static pages (app/(readers)/layout.tsx).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**', 'bench/**', 'proxy.ts'],
    rules: {
      // The site and the scripts never depend on the tests: what both need lives in lib/ or scripts/lib/.
      'no-restricted-imports': ['error', { patterns: [noTests] }],
    },
  },
  {
    files: [
      'app/(readers)/**',
      'app/*.{ts,tsx}',
      'app/feed.json/**',
      'app/feed.xml/**',
      'app/search.json/**',
      'lib/feeds/public-feed.ts',
      'lib/search/**',
      'lib/seo/**',
    ],
    rules: {
      // The public routes read no full text of a gated post or draft: the modules that do read it
      // from files no public route's trace holds (lib/content/restricted.ts), so a call from a public
      // page would put gated text in a public response. The leak scan checks the built site too.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noTests,
            {
              group: [
                '@/lib/content/restricted',
                '@/lib/content/editorial',
                '@/lib/auth/readable-posts',
                '@/lib/auth/gift/gifts',
                '@/lib/feeds/member-*',
                '**/content/restricted',
                '**/content/editorial',
                '**/readable-posts',
                '**/gift/gifts',
                '**/member-entries',
                '**/member-feed',
              ],
              message:
                'Public routes never read gated full texts or drafts: render them in the member area, the readings or the gift view.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: {
      // A .cjs file is CommonJS (Next loads some of its modules, a cache handler for one, with require): require is how it imports.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['components/mdx/**'],
    rules: {
      // Post images are next/image's srcset rendered as a plain server <img> (figure.tsx), or plain HTML for channels that leave the site (plain.tsx).
      '@next/next/no-img-element': 'off',
    },
  },
]);
