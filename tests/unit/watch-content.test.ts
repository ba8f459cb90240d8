import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ContentProblems } from '@/components/dev/content-problems';
import { copyProject, type ProjectCopy } from '@/scripts/lib/temp-copy';

const POST = 'content/posts/static-first-publishing.mdx';
const PUBLISHED = 'content: the dev server now shows the new content';
const KEPT =
  'content: the dev server keeps showing the last good content; fix the problem above and save again';

/**
 * The content half of `npm run dev` (scripts/watch-content.ts, which runs `contentlayer2 dev`)
 * on a copy of the project, as an editor meets it: save an MDX syntax error, then the fix.
 */
describe('npm run dev, content watcher', () => {
  let copy: ProjectCopy;
  let watcher: ChildProcess;
  const lines: string[] = [];
  const waiters: { text: string; count: number; resolve: () => void }[] = [];

  /** Resolves once `text` has been printed `count` times; the test's timeout bounds the wait. */
  function printed(text: string, count = 1): Promise<void> {
    return new Promise((resolve) => {
      waiters.push({ text, count, resolve });
      notify();
    });
  }
  function notify() {
    for (const waiter of [...waiters]) {
      if (lines.filter((line) => line === waiter.text).length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  beforeAll(async () => {
    copy = await copyProject(path.resolve(import.meta.dirname, '..', '..'), 'watch');
    // As `npm run dev` does with `npm run content`: contentlayer's index is there before the watcher starts.
    // contentlayer2 takes its project folder from PWD before the working directory.
    const env = { ...process.env, PWD: copy.dir };
    await promisify(execFile)(
      process.execPath,
      [path.join('node_modules', 'contentlayer2', 'bin', 'cli.cjs'), 'build'],
      { cwd: copy.dir, env },
    );
    watcher = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/watch-content.ts'], {
      cwd: copy.dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [watcher.stdout, watcher.stderr]) {
      if (stream)
        createInterface({ input: stream }).on('line', (line) => void (lines.push(line), notify()));
    }
    await printed(PUBLISHED);
  }, 120_000);

  afterAll(async () => {
    if (watcher?.exitCode === null) {
      const exited = new Promise((resolve) => watcher.once('exit', resolve));
      watcher.kill('SIGTERM');
      await exited;
    }
    await copy?.remove();
  });

  it("shows an MDX syntax error as the check's file:line message, without contentlayer2's raw report", async () => {
    const file = path.join(copy.dir, POST);
    const original = await readFile(file, 'utf8');
    const brokenLine = original.split('\n').length + 2;
    const problemsFile = path.join(copy.dir, '.content', 'dev-problems.json');
    const shown = async () => JSON.parse(await readFile(problemsFile, 'utf8')) as string[];
    expect(await shown()).toEqual([]);
    await appendFile(file, '\n<Callout>\nnever closed {oops\n');
    await printed(KEPT);
    // What the dev server shows over every page while the post is broken.
    const banner = await shown();
    expect(banner).toHaveLength(1);
    expect(banner[0]).toMatch(
      new RegExp(
        `^${POST.replaceAll('.', '\\.')}:${brokenLine}: MDX does not compile: .+; fix the MDX syntax there`,
      ),
    );
    await writeFile(file, original);
    await printed(PUBLISHED, 2);
    expect(await shown()).toEqual([]);

    const output = lines.join('\n');
    expect(output).toContain(`${POST}:${brokenLine}: MDX does not compile: `);
    expect(output).not.toMatch(
      /_mdx_bundler_entry_point|possibly a bug in Contentlayer|SourceFetchDataError|✘ \[ERROR\]/,
    );
  }, 120_000);
});

describe('the dev banner of content problems', () => {
  const problem =
    'content/posts/a-post.mdx:12: link to a page this site does not have: /pricng; did you mean /pricing?';

  it('shows each file:line message, and nothing when there is none', () => {
    const html = renderToStaticMarkup(createElement(ContentProblems, { problems: [problem] }));
    expect(html).toContain('role="alert"');
    expect(html).toContain('this page shows the last version that passed it');
    expect(html).toContain(
      '<code class="break-words whitespace-pre-wrap">content/posts/a-post.mdx:12: link to a page this site does not have: /pricng; did you mean /pricing?</code>',
    );
    expect(renderToStaticMarkup(createElement(ContentProblems, { problems: [] }))).toBe('');
  });

  it('is rendered by the root layout in development only', async () => {
    const layout = await readFile(
      path.resolve(import.meta.dirname, '..', '..', 'app', 'layout.tsx'),
      'utf8',
    );
    expect(layout).toContain(
      "{process.env.NODE_ENV === 'development' ? <ContentProblems problems={devProblems} /> : null}",
    );
  });
});
