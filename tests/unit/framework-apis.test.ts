import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The site's own code: what `next build` bundles or loads. */
function siteFiles(): string[] {
  const under = (dir: string) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .map((entry) => path.join(dir, entry))
      .filter(
        (file) => statSync(path.join(root, file)).isFile() && /\.(tsx?|mjs|cjs|js)$/.test(file),
      );
  return [
    ...under('app'),
    ...under('components'),
    ...under('lib'),
    'proxy.ts',
    'next.config.mjs',
    'instrumentation.ts',
  ];
}

/**
 * Next.js internals a site must not lean on: each works until a minor release changes it. The
 * documented ways instead: `NextResponse.next({ request: { headers } })` and `NextResponse.rewrite()`
 * rather than the proxy's header protocol, routes Next renders itself rather than a loopback fetch
 * to the server's own address, and `dynamicParams = false` rather than a subclass of its cache.
 */
const INTERNALS: [string, RegExp][] = [
  ['the proxy’s private header protocol', /x-middleware-/i],
  ['the server’s undocumented own address', /__NEXT_PRIVATE/],
  ['a module of Next’s own build', /['"]next\/dist\//],
  ['Next’s internal cache', /incremental-cache|FileSystemCache|SharedCacheControls/],
];

describe('the site uses documented Next.js APIs only', () => {
  const files = siteFiles();

  it('reads the whole site', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'proxy.ts',
        path.join('app', 'layout.tsx'),
        path.join('lib', 'paths.ts'),
      ]),
    );
  });

  it.each(INTERNALS)('names nowhere %s', (_, pattern) => {
    expect(
      files.filter((file) => pattern.test(readFileSync(path.join(root, file), 'utf8'))),
    ).toEqual([]);
  });
});
