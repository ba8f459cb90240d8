import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { checkPosts, formatProblem } from '@/lib/content/check';
import { SUMMARY_PLACEHOLDER } from '@/lib/content/schema';
import { checkContent } from '@/scripts/check-content';

const publicDir = path.resolve(import.meta.dirname, '..', '..', 'public');
const FILE = 'content/posts/a-post.mdx';

// Lines 1-6 are the frontmatter; the body starts on line 7, so text appended after `good`
// with one blank line between starts on line 10.
const good = `---
title: "A post"
date: 2026-05-01
summary: "What it is about."
tags: [performance]
---

Body text.
`;

const withBody = (body: string, frontmatter = good) => `${frontmatter}\n${body}\n`;
const gated = good.replace('tags:', 'access: members\ntags:');

// The good post's date is in the past of this moment and a year ahead is not.
const now = new Date('2026-06-01T00:00:00Z');

async function problemsFor(source: string, others: { file: string; source: string }[] = []) {
  return (await checkPosts([{ file: FILE, source }, ...others], { publicDir, now })).map(
    formatProblem,
  );
}

describe('check-content', () => {
  it('passes a valid post, and the demo image in a Figure', async () => {
    expect(await problemsFor(good)).toEqual([]);
    expect(
      await problemsFor(
        withBody(
          '<Figure src="/images/caption-and-description.png" alt="Two cards" caption="A caption" />',
        ),
      ),
    ).toEqual([]);
  });

  // Each row: a small bad post, and the one line the editor reads: file:line: what is wrong; what to do.
  it.each([
    [
      'a missing required field',
      good.replace('title: "A post"\n', ''),
      `${FILE}:1: required field \`title\` is missing; add \`title: ...\` to the frontmatter`,
    ],
    [
      'an empty required field',
      good.replace('"What it is about."', '""'),
      `${FILE}:4: required field \`summary\` is empty; add \`summary: ...\` to the frontmatter`,
    ],
    [
      'a date that does not parse',
      good.replace('2026-05-01', '2026-13-45'),
      `${FILE}:3: \`date\` "2026-13-45" is not a date; write an ISO date such as 2026-09-14 or 2026-09-14T09:00:00Z`,
    ],
    [
      'a day the month does not have',
      good.replace('2026-05-01', '2026-02-30'),
      `${FILE}:3: \`date\` "2026-02-30" is not a date; write an ISO date such as 2026-09-14 or 2026-09-14T09:00:00Z`,
    ],
    [
      'a date that is not a date at all',
      good.replace('2026-05-01', 'next tuesday'),
      `${FILE}:3: \`date\` "next tuesday" is not a date; write an ISO date such as 2026-09-14 or 2026-09-14T09:00:00Z`,
    ],
    [
      'an unknown access level',
      gated.replace('members', 'vip'),
      `${FILE}:5: unknown access "vip"; use one of public, members, premium`,
    ],
    [
      'an unknown access level, and no paywall problem that assumes the post is public',
      withBody('Free.\n\n<Paywall />\n\nFor members.', gated.replace('members', 'vip')),
      `${FILE}:5: unknown access "vip"; use one of public, members, premium`,
    ],
    [
      'tags that are not a list',
      good.replace('[performance]', 'performance, static sites'),
      `${FILE}:5: \`tags\` must be a list of lowercase words joined by hyphens; write e.g. \`tags: [performance, static-sites]\``,
    ],
    [
      'a tag with capitals or spaces',
      good.replace('[performance]', '[Performance, static sites]'),
      `${FILE}:5: \`tags\` must be a list of lowercase words joined by hyphens; write e.g. \`tags: [performance, static-sites]\``,
    ],
    [
      'a draft flag that is not true or false',
      good.replace('tags:', 'draft: maybe\ntags:'),
      `${FILE}:5: \`draft\` must be true or false; write \`draft: true\` or remove the line`,
    ],
    [
      'an unknown field',
      good.replace('tags:', 'category: essays\ntags:'),
      `${FILE}:5: unknown field \`category\`; remove it or use one of title, date, summary, tags, access, draft, authors, image, updated`,
    ],
    [
      'a field in capitals, as the field it was meant to be, with nothing that follows from its absence',
      withBody(
        'Free.\n\n<Paywall />\n\nFor members.',
        good.replace('tags:', 'Access: members\ntags:'),
      ),
      `${FILE}:5: unknown field \`Access\`; did you mean \`access\`?`,
    ],
    [
      'a misspelt field',
      good.replace('tags:', 'author: ada\ntags:'),
      `${FILE}:5: unknown field \`author\`; did you mean \`authors\`?`,
    ],
    [
      'a required field misspelt, and not also as missing',
      good.replace('title:', 'Title:'),
      `${FILE}:2: unknown field \`Title\`; did you mean \`title\`?`,
    ],
    [
      'frontmatter that is not YAML',
      good.replace('title: "A post"', 'title: "A post'),
      expect.stringMatching(
        new RegExp(`^${FILE}:\\d: frontmatter is not valid YAML: .+; quote values`),
      ),
    ],
    [
      'a file with no frontmatter',
      'Just text.\n',
      `${FILE}:1: no frontmatter; start the file with a \`---\` line, the fields (title, date, summary), and a closing \`---\` line`,
    ],
    [
      'the new-post placeholder summary on a post to publish',
      good.replace('"What it is about."', `"${SUMMARY_PLACEHOLDER}"`),
      `${FILE}:4: the summary is still the placeholder that new-post wrote; write one or two sentences that tell a reader what the post is about`,
    ],
    [
      '<Paywall /> in a public post',
      withBody('<Paywall />'),
      `${FILE}:10: <Paywall /> in a public post; remove the marker, or set \`access: members\` or \`access: premium\` in the frontmatter`,
    ],
    [
      'a second <Paywall />',
      withBody('<Paywall />\n\nMore.\n\n<Paywall />', gated),
      `${FILE}:15: a second <Paywall /> (the first is on line 11); keep exactly one marker: everything above it is the public preview`,
    ],
    [
      '<Paywall /> inside a line of text',
      withBody('Read on <Paywall /> now.', gated),
      `${FILE}:11: <Paywall /> inside another element or inside a line of text; put \`<Paywall />\` on a line of its own, at the top level of the post, with blank lines around it`,
    ],
    [
      'MDX that does not compile',
      withBody('<Callout>\nnever closed'),
      expect.stringMatching(
        new RegExp(
          `^${FILE}:10: MDX does not compile: .+ \\(column \\d+\\); fix the MDX syntax there`,
        ),
      ),
    ],
    [
      'a stray "{" that MDX reads as code',
      withBody('Costs {a lot.'),
      expect.stringMatching(
        new RegExp(`^${FILE}:10: MDX does not compile: .+column \\d+\\); fix the MDX syntax there`),
      ),
    ],
    [
      'an unknown component, with the list of known ones',
      withBody('<Aside>Hi</Aside>'),
      `${FILE}:10: unknown component <Aside>; use one of <Paywall>, <Callout>, <Figure>`,
    ],
    [
      'an unknown Callout type',
      withBody('<Callout type="danger">Careful.</Callout>'),
      `${FILE}:10: unknown Callout type "danger"; use type="note" | "warning" | "tip"`,
    ],
    [
      'a Markdown image that does not exist',
      withBody('![A chart](/images/missing.png)'),
      `${FILE}:10: image "/images/missing.png" does not exist; add the file at public/images/missing.png or fix the path`,
    ],
    [
      'a Figure image that does not exist',
      withBody('<Figure src="/images/missing.png" alt="A chart" />'),
      `${FILE}:10: image "/images/missing.png" does not exist; add the file at public/images/missing.png or fix the path`,
    ],
    [
      'a cover image that does not exist',
      good.replace('tags:', 'image: /images/cover.jpg\ntags:'),
      `${FILE}:5: image "/images/cover.jpg" does not exist; add the file at public/images/cover.jpg or fix the path`,
    ],
    [
      'an image from another site',
      withBody('![A chart](https://example.com/chart.png)'),
      `${FILE}:10: image "https://example.com/chart.png" is not a file of this site; put the file in public/images and write its path, e.g. /images/photo.jpg`,
    ],
    [
      'a Figure without alt text',
      withBody('<Figure src="/images/caption-and-description.png" />'),
      `${FILE}:10: <Figure> without alt text; add alt="what the image shows" for readers who cannot see it`,
    ],
    [
      'a Markdown image without alt text',
      withBody('![](/images/caption-and-description.png)'),
      `${FILE}:10: image "/images/caption-and-description.png" has no alt text; write ![what the image shows](path)`,
    ],
    [
      'a link to a post that does not exist',
      withBody('See [the other post](/blog/no-such-post).'),
      `${FILE}:10: link to a post that does not exist: /blog/no-such-post; check the slug: it is the post's file name without .mdx`,
    ],
  ])('reports %s', async (_name, source, expected) => {
    expect(await problemsFor(source)).toEqual([expected]);
  });

  it('accepts a link to a post that exists, and to one of its headings', async () => {
    const other = {
      file: 'content/posts/other-post.mdx',
      source: withBody('## Part two\n\n## Costs & benefits\n\n## Part two'),
    };
    const links = [
      '/blog/other-post',
      '/blog/other-post/',
      '/blog/other-post#part-two',
      '/blog/other-post#costs--benefits',
      '/blog/other-post#part-two-1',
    ];
    expect(
      await problemsFor(withBody(links.map((link) => `[x](${link})`).join('\n')), [other]),
    ).toEqual([]);
  });

  describe('links', () => {
    const other = {
      file: 'content/posts/other-post.mdx',
      source: withBody('## Part two').replace('tags: [performance]', 'tags: [memberships]'),
    };
    const draft = {
      file: 'content/posts/a-draft.mdx',
      source: good.replace('tags: [performance]', 'tags: [secret-plans]\ndraft: true'),
    };
    const linksIn = async (body: string) =>
      problemsFor(withBody(`## Our section\n\n${body}`), [other, draft]);

    it('accepts every page of the site, the files under public/, other sites and this post’s own headings', async () => {
      const fine = [
        '/',
        '/blog',
        '/tags',
        '/tags/memberships',
        '/tags/performance',
        '/pricing',
        '/search?q=fonts',
        '/feed.xml',
        '/feed.json',
        '/authors/ada-lindqvist',
        '/sign-up',
        '/dashboard',
        '/blog/a-draft',
        '/images/caption-and-description.png',
        '#our-section',
        'https://example.com/pricng',
        'mailto:editors@example.com',
      ];
      expect(await linksIn(fine.map((link) => `[x](${link})`).join('\n'))).toEqual([]);
    });

    // Line 10 holds `## Our section`; the link stands on line 12.
    it.each([
      [
        'a page the site does not have',
        '[x](/pricng)',
        'link to a page this site does not have: /pricng; did you mean /pricing?',
      ],
      [
        'a page far from any',
        '[x](/about-us)',
        'link to a page this site does not have: /about-us; link to a post (/blog/<slug>), a tag, an author or one of /, /blog, ',
      ],
      [
        'a heading the post does not have',
        '[x](/blog/other-post#no-such-heading)',
        'link to a heading that post does not have: /blog/other-post#no-such-heading; link to one of its headings: #part-two',
      ],
      [
        'a heading mistyped',
        '[x](/blog/other-post#part-tow)',
        'link to a heading that post does not have: /blog/other-post#part-tow; did you mean #part-two?',
      ],
      [
        'a heading this post does not have',
        '[x](#no-such-heading)',
        'link to a heading this post does not have: #no-such-heading; link to one of its headings: #our-section',
      ],
      [
        'a relative link',
        '[x](blog/other-post)',
        "relative link: blog/other-post; write it from the site's root, /blog/other-post,",
      ],
      [
        'a relative link with ./',
        '[x](./other-post)',
        "relative link: ./other-post; write it from the site's root, /other-post,",
      ],
      [
        'a post mistyped',
        '[x](/blog/other-psot)',
        'link to a post that does not exist: /blog/other-psot; did you mean /blog/other-post?',
      ],
      [
        'a tag no published post has',
        '[x](/tags/secret-plans)',
        'link to a tag no published post has: /tags/secret-plans; use one of /tags/performance, /tags/memberships',
      ],
      [
        'an author without a page',
        '[x](/authors/nobody)',
        'link to an author page that does not exist: /authors/nobody; use one of /authors/ada-lindqvist, /authors/tomas-okafor',
      ],
      [
        'a later page of a tag that is not there',
        '[x](/tags/performance/page/2)',
        'link to a page of the tag performance that does not exist: /tags/performance/page/2; it has one page: link to /tags/performance',
      ],
      [
        'a later page of an author that is not there',
        '[x](/authors/ada-lindqvist/page/2)',
        'link to a page of the author ada-lindqvist that does not exist: /authors/ada-lindqvist/page/2; it has one page: link to /authors/ada-lindqvist',
      ],
      [
        'a later page of the index that is not there',
        '[x](/blog/page/2)',
        'link to a page of the blog index that does not exist: /blog/page/2; it has one page: link to /blog',
      ],
      [
        'a file that is not under public/',
        '[x](/images/nothing.png)',
        'link to a page this site does not have: /images/nothing.png',
      ],
      [
        'a reference-style link',
        '[x][ref]\n\n[ref]: /pricng',
        'link to a page this site does not have: /pricng',
      ],
      [
        'an <a> element',
        '<a href="/pricng">x</a>',
        'link to a page this site does not have: /pricng',
      ],
    ])('reports %s, at its line', async (_name, body, expected) => {
      const problems = await linksIn(body);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`${FILE}:${body.includes('[ref]:') ? 14 : 12}: ${expected}`);
    });
  });

  it('reports a duplicate slug and a slug that is not URL-safe, on the file', async () => {
    const problems = (
      await checkPosts(
        [
          { file: 'content/posts/2026/a-post.mdx', source: good },
          { file: FILE, source: good },
          { file: 'content/posts/Bad Name.mdx', source: good },
        ],
        { publicDir },
      )
    ).map(formatProblem);
    expect(problems).toEqual([
      `content/posts/a-post.mdx:1: duplicate slug "a-post" (also content/posts/2026/a-post.mdx); rename one of the two files: the slug is the file name and must be unique`,
      `content/posts/Bad Name.mdx:1: the file name "Bad Name" is not a URL-safe slug; rename the file to lowercase letters, digits and single hyphens, e.g. my-first-post.mdx`,
    ]);
  });

  it('reports every problem of every post at once, in file and line order', async () => {
    const problems = (
      await checkPosts(
        [
          {
            file: 'content/posts/b-post.mdx',
            source: withBody('<Aside />', good.replace('2026-05-01', 'soon')),
          },
          { file: FILE, source: good.replace('"A post"', '""') },
        ],
        { publicDir },
      )
    ).map(formatProblem);
    expect(problems.map((p) => p.split(': ')[0])).toEqual([
      `${FILE}:2`,
      'content/posts/b-post.mdx:3',
      'content/posts/b-post.mdx:10',
    ]);
  });

  it.each([
    [
      'a summary over 200 characters',
      good.replace('"What it is about."', `"${'A long summary. '.repeat(14)}"`),
      `${FILE}:4: warning: the summary has 224 characters; keep it under 200: feeds, search results and social cards cut it`,
    ],
    [
      'a date more than a year ahead, which is more likely a mistyped year than a schedule',
      good.replace('2026-05-01', '2062-05-20'),
      `${FILE}:3: warning: \`date\` 2062-05-20 is more than a year from now; check the year: a post dated in the future is scheduled, and stays off the site until that date`,
    ],
    [
      'a gated post with no preview',
      withBody('All of it is for members.', gated),
      `${FILE}:1: warning: a members post with no public preview; readers who may not open it see only the summary; add a \`<Paywall />\` line after the opening paragraphs`,
    ],
  ])('warns about %s', async (_name, source, expected) => {
    expect(await problemsFor(source)).toEqual([expected]);
  });

  it('does not warn about a post scheduled within the year', async () => {
    expect(await problemsFor(good.replace('2026-05-01', '2027-05-20'))).toEqual([]);
  });

  it('reports each stray file under content/posts by name: a .md post, anything else', async () => {
    const problems = await checkPosts([{ file: FILE, source: good }], {
      publicDir,
      now,
      strayFiles: ['content/posts/notes.txt', 'content/posts/saved-as.md'],
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/posts/notes.txt: not a post: only .mdx files are built; rename it to notes.mdx if it is a post, or move it out of content/posts/ (images go in public/images/)',
      'content/posts/saved-as.md: not a post: only .mdx files are built; rename it to saved-as.mdx',
    ]);
  });
});

describe('npm run check-content', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  async function projectWith(posts: Record<string, string>) {
    root = await mkdtemp(path.join(tmpdir(), 'masthead-check-'));
    await mkdir(path.join(root, 'content', 'posts'), { recursive: true });
    await mkdir(path.join(root, 'public'));
    for (const [name, source] of Object.entries(posts))
      await writeFile(path.join(root, 'content', 'posts', name), source);
    return root;
  }

  it('fails on an error and prints it as file:line', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(
      (await checkContent(await projectWith({ 'a-post.mdx': good.replace('2026-05-01', 'soon') })))
        .ok,
    ).toBe(false);
    expect(printed).toEqual([
      expect.stringMatching(/^content\/posts\/a-post\.mdx:3: `date` "soon" is not a date/),
    ]);
  });

  it('fails on a post saved as .md, naming the file, and on a stray file; passes over hidden files', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const project = await projectWith({
      'a-post.mdx': good,
      'b-post.md': good,
      'notes.txt': 'to do',
      '.DS_Store': '',
    });
    expect((await checkContent(project)).ok).toBe(false);
    expect(printed).toEqual([
      expect.stringMatching(
        /^content\/posts\/b-post\.md: not a post: .+; rename it to b-post\.mdx$/,
      ),
      expect.stringMatching(/^content\/posts\/notes\.txt: not a post: /),
    ]);
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/^check-content: 1 post, 2 errors, 0 warnings/),
    );
  });

  it('passes with warnings only', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(
      (await checkContent(await projectWith({ 'a-post.mdx': withBody('For members.', gated) }))).ok,
    ).toBe(true);
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/^check-content: 1 post, 0 errors, 1 warning /),
    );
  });
});
