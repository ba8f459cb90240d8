import { describe, expect, it } from 'vitest';

import { ContentlayerOutput } from '@/scripts/lib/contentlayer-output';

const POST = 'content/posts/static-first-publishing.mdx';

// What `contentlayer2 dev` printed for an MDX syntax error saved in a post: stdout, then stderr.
const MDX_ERROR = [
  'File updated: posts/static-first-publishing.mdx',
  'Error: Found 1 problems in 1 documents.',
  '',
  ' └── Encountered unexpected errors while processing of 1 documents. This is possibly a bug in Contentlayer. Please open an issue.',
  '     ',
  '     • "posts/static-first-publishing.mdx": UnexpectedMDXError: Error: Build failed with 1 error:',
  '     _mdx_bundler_entry_point-0534e24e-f84b-4b58-aca6-c237f5de5518.mdx:72:18: ERROR: [plugin: @mdx-js/esbuild] Cannot process MDX file with esbuild:',
  '       72:19: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
  '     ',
  '',
  'SourceFetchDataError: {',
  '  "_tag": "HandledFetchDataError"',
  '}',
  '\u001b[31m✘ [ERROR]\u001b[0m Cannot process MDX file with esbuild:',
  '  72:19: Unexpected end of file in expression, expected a corresponding closing brace for `{` [plugin @mdx-js/esbuild]',
  '',
  '    _mdx_bundler_entry_point-0534e24e-f84b-4b58-aca6-c237f5de5518.mdx:72:18:',
  '      72 │ never closed {oops',
  '         ╵                   ^',
];
const FIXED = [
  'File updated: posts/static-first-publishing.mdx',
  'Generated 10 documents in .contentlayer',
];

function output() {
  const printed: string[] = [];
  let checks = 0;
  const filter = new ContentlayerOutput(
    (line) => printed.push(line),
    () => checks++,
  );
  return { filter, printed, checks: () => checks };
}

describe("contentlayer2 dev's output in npm run dev", () => {
  it('passes ordinary lines through and runs no check for them', () => {
    const { filter, printed, checks } = output();
    for (const line of [
      'Contentlayer config change detected. Updating type definitions and data...',
      'Generated 10 documents in .contentlayer',
      ...FIXED,
    ])
      filter.line(line);
    expect(printed).toEqual([
      'Contentlayer config change detected. Updating type definitions and data...',
      'Generated 10 documents in .contentlayer',
      ...FIXED,
    ]);
    expect(checks()).toBe(0);
  });

  it("holds back an MDX error's report, runs the check, and drops the report when the check found an error in that post", () => {
    const { filter, printed, checks } = output();
    for (const line of MDX_ERROR) filter.line(line);
    expect(checks()).toBe(1);
    expect(printed).toEqual(['File updated: posts/static-first-publishing.mdx']);

    filter.settle(filter.mark(), new Set([POST]));
    for (const line of FIXED) filter.line(line);
    expect(printed.join('\n')).not.toMatch(
      /_mdx_bundler_entry_point|possibly a bug in Contentlayer|HandledFetchDataError|✘/,
    );
    expect(printed).toEqual(['File updated: posts/static-first-publishing.mdx', ...FIXED]);
  });

  it('drops the rest of a report that arrives after the check explained it', () => {
    const { filter, printed } = output();
    for (const line of MDX_ERROR.slice(0, 6)) filter.line(line);
    filter.settle(filter.mark(), new Set([POST]));
    for (const line of MDX_ERROR.slice(6)) filter.line(line);
    expect(printed).toEqual(['File updated: posts/static-first-publishing.mdx']);
  });

  it('prints the report when the check passes: a problem the check does not know is never hidden', () => {
    const { filter, printed } = output();
    for (const line of MDX_ERROR) filter.line(line);
    filter.settle(filter.mark(), new Set());
    expect(printed).toEqual(MDX_ERROR);
  });

  it('prints the report when the check found errors, but not in the post the report names', () => {
    const { filter, printed } = output();
    for (const line of MDX_ERROR) filter.line(line);
    filter.settle(filter.mark(), new Set(['content/posts/another-post.mdx']));
    expect(printed).toEqual(MDX_ERROR);
  });

  it('leaves a report that began after the check started for the next check to judge', () => {
    const { filter, printed, checks } = output();
    const mark = filter.mark();
    for (const line of MDX_ERROR) filter.line(line);
    filter.settle(mark, new Set());
    expect(printed).toEqual(['File updated: posts/static-first-publishing.mdx']);
    expect(checks()).toBe(1);
    filter.settle(filter.mark(), new Set([POST]));
    expect(printed).toEqual(['File updated: posts/static-first-publishing.mdx']);
  });
});
