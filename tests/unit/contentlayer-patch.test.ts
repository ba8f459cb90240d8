import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

/**
 * patches/@contentlayer2+source-files+*.patch, applied by `npm ci` (postinstall: patch-package).
 * The module is not among the package's exports, so it is imported by its file.
 */
const file = path.resolve(
  import.meta.dirname,
  '../../node_modules/@contentlayer2/source-files/dist/fetchData/DocumentTypeMap.js',
);

interface PathsOption {
  _tag: 'Some' | 'None';
  value?: string[];
}
interface TypeMap {
  add(type: string, filePath: string): TypeMap;
  getFilePaths(type: string): PathsOption;
}

describe("contentlayer2's list of files by document type (patched)", () => {
  it('appends each file to the one list instead of copying the list every time (quadratic in the number of posts)', async () => {
    const { DocumentTypeMap } = (await import(pathToFileURL(file).href)) as {
      DocumentTypeMap: { init(): TypeMap };
    };
    const empty = DocumentTypeMap.init();
    const one = empty.add('Post', 'posts/a.mdx');
    const listOfOne = one.getFilePaths('Post').value;
    const three = one.add('Post', 'posts/b.mdx').add('Post', 'posts/c.mdx');

    expect(three.getFilePaths('Post').value).toEqual(['posts/a.mdx', 'posts/b.mdx', 'posts/c.mdx']);
    expect(three.getFilePaths('Post').value).toBe(listOfOne);
    expect(empty.getFilePaths('Post')._tag).toBe('None');
    expect(three.getFilePaths('Page')._tag).toBe('None');
  });
});
