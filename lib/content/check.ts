import path from 'node:path';

import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

import { AUTHORS } from '../config';
import { FrontmatterError, parsePostFile, type ParsedFile } from './frontmatter';
import { imageExists, isLocalImage } from './images';
import { linkProblem, type LinkTargets } from './links';
import { createCheckCompiler } from './mdx-pipeline';
import { stringAttribute } from './mdx-plugins';
import { ContentProblem, mdxProblem, parseMdx } from './mdx-tree';
import { splitParsedAtPaywall } from './paywall';
import {
  type Access,
  CALLOUT_TYPES,
  isAccess,
  MDX_COMPONENTS,
  meantField,
  readFrontmatter,
  SLUG_PATTERN,
  SUMMARY_SOFT_LIMIT,
} from './schema';
import { headingIds } from './toc';

export interface Problem {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  message: string;
  fix: string;
}

export interface SourceFile {
  /** Path as the editor knows it, e.g. `content/posts/hello.mdx`. */
  file: string;
  source: string;
}

/** Bodies known to compile with the current pipeline (scripts/lib/check-cache.ts), and what to tell it. */
export interface CompiledBodies {
  compiledBefore(body: string): boolean;
  compiled(body: string): void;
}

export interface CheckOptions {
  /** Folder that `/images/...` paths in posts point into. */
  publicDir: string;
  /** The stray files under `content/posts/` (see kindOfFile): each one is an error. */
  strayFiles?: string[];
  /** What "now" is for a date too far ahead; the current time unless a test sets it. */
  now?: Date;
  /** Called after each post, for a progress line on large sets. */
  onProgress?: (checked: number, total: number) => void;
  /** Bodies that compiled in the last check: they are parsed and checked, not compiled again. */
  compiledBodies?: CompiledBodies;
  /** Each post's own check from an earlier run: only a post whose source changed is checked again. */
  checkedPosts?: CheckedPosts;
}

export const POST_EXTENSION = '.mdx';

/**
 * What a file under `content/posts/` (its path below that folder) is to the build: a post (an
 * `.mdx` file), hidden (`.DS_Store`, an editor's swap file: the system's and the editor's, which
 * the build passes over too), or stray: anything else, which the check reports.
 */
export function kindOfFile(pathInPosts: string): 'post' | 'hidden' | 'stray' {
  if (pathInPosts.split(/[\\/]/).some((part) => part.startsWith('.'))) return 'hidden';
  return pathInPosts.endsWith(POST_EXTENSION) ? 'post' : 'stray';
}

/** A date further ahead than this is more likely a mistyped year than a schedule. */
const FAR_FUTURE_MS = 366 * 24 * 60 * 60 * 1000;

export function slugOf(file: string): string {
  return path.basename(file, POST_EXTENSION);
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${tag}${problem.message}; ${problem.fix}`;
}

function checkFrontmatter(
  file: string,
  parsed: ParsedFile,
  publicDir: string,
  now: Date,
): Problem[] {
  const { data, keyLines } = parsed;
  const lineOf = (field: string) => keyLines[field] ?? 1;
  const { problems } = readFrontmatter(data);
  const errors: Problem[] = problems.map(({ field, message, fix }) => ({
    file,
    line: lineOf(field),
    severity: 'error',
    message,
    fix,
  }));
  // The schema knows what an image address looks like; whether the file is there is for the check.
  if (typeof data.image === 'string' && !problems.some((problem) => problem.field === 'image')) {
    const problem = imageProblem(data.image, publicDir);
    if (problem) errors.push({ file, line: lineOf('image'), severity: 'error', ...problem });
  }
  if (typeof data.summary === 'string' && data.summary.length > SUMMARY_SOFT_LIMIT) {
    errors.push({
      file,
      line: lineOf('summary'),
      severity: 'warning',
      message: `the summary has ${data.summary.length} characters`,
      fix: `keep it under ${SUMMARY_SOFT_LIMIT}: feeds, search results and social cards cut it`,
    });
  }
  if (
    typeof data.date === 'string' &&
    !problems.some((problem) => problem.field === 'date') &&
    Date.parse(data.date) - now.getTime() > FAR_FUTURE_MS
  ) {
    errors.push({
      file,
      line: lineOf('date'),
      severity: 'warning',
      message: `\`date\` ${data.date} is more than a year from now`,
      fix: 'check the year: a post dated in the future is scheduled, and stays off the site until that date',
    });
  }
  return errors;
}

/**
 * The access level the frontmatter declares, or null when it cannot be told: an access that is
 * not a level, or a key that was meant to be `access` (`Access: members`). The paywall checks
 * then stay quiet rather than judge the post as public.
 */
function declaredAccess(data: Record<string, unknown>): Access | null {
  if (data.access === undefined)
    return Object.keys(data).some((key) => meantField(key) === 'access') ? null : 'public';
  return isAccess(data.access) ? data.access : null;
}

/** The problem with a post's image address, if any: it must name a file under public/. */
function imageProblem(src: string, publicDir: string): { message: string; fix: string } | null {
  if (!isLocalImage(src)) {
    return {
      message: `image "${src}" is not a file of this site`,
      fix: 'put the file in public/images and write its path, e.g. /images/photo.jpg',
    };
  }
  if (!imageExists(publicDir, src))
    return {
      message: `image "${src}" does not exist`,
      fix: `add the file at public${src} or fix the path`,
    };
  return null;
}

/** A link as written, checked once every post's headings are known (see checkLinks). */
interface WrittenLink {
  file: string;
  line: number | undefined;
  url: string;
}

/** Reports what one body gets wrong on its own, and hands back its links (body lines) for checkLinks. */
function checkBodyTree(
  tree: Root,
  report: (line: number | undefined, message: string, fix: string) => void,
  publicDir: string,
): { line: number | undefined; url: string }[] {
  const links: { line: number | undefined; url: string }[] = [];
  const known = new Set<string>(MDX_COMPONENTS);
  const reportImage = (line: number | undefined, src: string) => {
    const problem = imageProblem(src, publicDir);
    if (problem) report(line, problem.message, problem.fix);
  };
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name;
      if (name && /^[A-Z]/.test(name) && !known.has(name)) {
        report(
          line,
          `unknown component <${name}>`,
          `use one of ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
        );
      }
      const href = name === 'a' ? stringAttribute(node, 'href') : undefined;
      if (href !== undefined) links.push({ line, url: href });
      if (name === 'Callout') {
        const type = stringAttribute(node, 'type') ?? 'note';
        if (!(CALLOUT_TYPES as readonly string[]).includes(type)) {
          report(
            line,
            `unknown Callout type "${type}"`,
            `use type="${CALLOUT_TYPES.join('" | "')}"`,
          );
        }
      }
      if (name === 'Figure') {
        const src = stringAttribute(node, 'src');
        if (!stringAttribute(node, 'alt')?.trim())
          report(
            line,
            '<Figure> without alt text',
            'add alt="what the image shows" for readers who cannot see it',
          );
        if (!src)
          report(
            line,
            '<Figure> without src',
            'add src="/images/<file>" for a file in public/images',
          );
        else reportImage(line, src);
      }
    }
    if (node.type === 'image') {
      if (!node.alt?.trim())
        report(line, `image "${node.url}" has no alt text`, 'write ![what the image shows](path)');
      reportImage(line, node.url);
    }
    // A reference-style link's address stands in its definition (`[x]: /blog/y`).
    if (node.type === 'link' || node.type === 'definition') links.push({ line, url: node.url });
  });
  return links;
}

const compiler = createCheckCompiler();

/**
 * A parsed body compiled as the published build compiles it (same plugins), so that the check
 * accepts exactly what publishes; the output is a function body for @mdx-js/mdx's `run`.
 */
export async function compileChecked(tree: Root): Promise<string> {
  // createProcessor's types describe run() from the estree stage; at run time it takes the mdast
  // that a parse gives, and runs remark, rehype and recma on it as compile() would.
  return compiler.stringify(await compiler.run(tree as never));
}

/** What a body gets wrong on its own, its heading ids (null when it does not parse) and its links. */
interface BodyCheck {
  problems: Problem[];
  headings: Set<string> | null;
  links: WrittenLink[];
}

async function checkBody(
  file: string,
  parsed: ParsedFile,
  publicDir: string,
  compiledBodies: CompiledBodies | undefined,
): Promise<BodyCheck> {
  const problems: Problem[] = [];
  const toFileLine = (line: number | undefined) =>
    line === undefined ? undefined : line + parsed.bodyLineOffset;
  const report = (line: number | undefined, message: string, fix: string) =>
    problems.push({ file, line: toFileLine(line), severity: 'error', message, fix });

  // One parse serves every check: the compile runs the MDX transforms on a copy of the tree.
  let tree: Root;
  try {
    tree = parseMdx(parsed.body);
    if (!compiledBodies?.compiledBefore(parsed.body)) {
      await compileChecked(structuredClone(tree));
      compiledBodies?.compiled(parsed.body);
    }
  } catch (error) {
    const problem = error instanceof ContentProblem ? error : mdxProblem(error);
    report(problem.line, problem.message, problem.fix);
    return { problems, headings: null, links: [] };
  }
  const links = checkBodyTree(tree, report, publicDir).map(({ line, url }) => ({
    file,
    line: toFileLine(line),
    url,
  }));
  const headings = new Set(headingIds(tree).map(({ id }) => id));
  const checked = { problems, headings, links };

  const access = declaredAccess(parsed.data);
  if (access === null) return checked;
  try {
    const { preview } = splitParsedAtPaywall(tree, parsed.body, access, parsed.bodyLineOffset);
    if (access !== 'public' && preview === null) {
      problems.push({
        file,
        line: 1,
        severity: 'warning',
        message: `a ${access} post with no public preview`,
        fix: 'readers who may not open it see only the summary; add a `<Paywall />` line after the opening paragraphs',
      });
    }
  } catch (error) {
    if (!(error instanceof ContentProblem)) throw error;
    report(error.line, error.message, error.fix);
  }
  return checked;
}

/** One post's own problems, and what other posts' links may point at in it. */
interface PostCheck extends BodyCheck {
  /** Whether it is to be published (not a draft): it then counts on the blog index and its tags' and authors' pages. */
  toPublish: boolean;
  tags: string[];
  authors: string[];
}

/** The strings of a frontmatter list, whatever else it holds (the frontmatter check reports that). */
function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

async function checkPost(
  file: string,
  source: string,
  publicDir: string,
  now: Date,
  compiledBodies: CompiledBodies | undefined,
): Promise<PostCheck> {
  let parsed: ParsedFile;
  try {
    parsed = parsePostFile(source);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return {
      problems: [
        { file, line: error.line, severity: 'error', message: error.message, fix: error.fix },
      ],
      headings: null,
      links: [],
      toPublish: false,
      tags: [],
      authors: [],
    };
  }
  const body = await checkBody(file, parsed, publicDir, compiledBodies);
  const { data } = parsed;
  return {
    ...body,
    problems: [...checkFrontmatter(file, parsed, publicDir, now), ...body.problems],
    toPublish: data.draft !== true,
    tags: strings(data.tags),
    authors: strings(data.authors),
  };
}

/**
 * Each post's own check (its problems, headings, links and tags) from the last run, by file and
 * source, for the dev watcher (scripts/watch-content.ts), which checks after every save: a check
 * given it checks again only the posts whose source changed, then every link against every post's
 * headings as always. It keeps the posts of the last run only, so a removed post is forgotten. A
 * post's check also reads the images under `public/`: whoever keeps it calls `clear` when they change.
 */
export class CheckedPosts {
  private byFile = new Map<string, { source: string; check: Promise<PostCheck> }>();

  get empty(): boolean {
    return this.byFile.size === 0;
  }

  /** The post's check: the one kept, if its source is the same, or a new one. */
  checked(file: string, source: string, check: () => Promise<PostCheck>): Promise<PostCheck> {
    const kept = this.byFile.get(file);
    if (kept?.source === source) return kept.check;
    const entry = { source, check: check() };
    this.byFile.set(file, entry);
    // A check that throws is not kept: the next run tries again.
    entry.check.catch(() => {
      if (this.byFile.get(file) === entry) this.byFile.delete(file);
    });
    return entry.check;
  }

  /**
   * Starts a post's check before the run that will ask for it: the watcher calls this as a post is
   * saved, so that its check runs while contentlayer2 compiles it. A failure is the run's to report.
   */
  ahead(file: string, source: string, { publicDir, now }: Pick<CheckOptions, 'publicDir' | 'now'>) {
    this.checked(file, source, () =>
      checkPost(file, source, publicDir, now ?? new Date(), undefined),
    ).catch(() => {});
  }

  /** Forgets every post but these files. */
  keepOnly(files: ReadonlySet<string>): void {
    for (const file of this.byFile.keys()) if (!files.has(file)) this.byFile.delete(file);
  }

  clear(): void {
    this.byFile.clear();
  }
}

/** Every link of every post, against the site's routes and the headings of the posts they name. */
function checkLinks(links: WrittenLink[], targets: LinkTargets): Problem[] {
  return links.flatMap(({ file, line, url }) => {
    const problem = linkProblem(url, slugOf(file), targets);
    return problem ? [{ file, line, severity: 'error' as const, ...problem }] : [];
  });
}

/** A file under `content/posts/` that the build would not read as a post, or would fail on. */
function notAPost(file: string): Problem {
  const name = path.basename(file);
  const extension = path.extname(name);
  const renamed = `${path.basename(name, extension)}${POST_EXTENSION}`;
  const fix =
    extension === '.md' || extension === '.markdown'
      ? `rename it to ${renamed}`
      : `rename it to ${renamed} if it is a post, or move it out of content/posts/ (images go in public/images/)`;
  return {
    file,
    severity: 'error',
    message: `not a post: only ${POST_EXTENSION} files are built`,
    fix,
  };
}

/** Checks every post at once and reports every problem, in file order. */
export async function checkPosts(files: SourceFile[], options: CheckOptions): Promise<Problem[]> {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { file } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const slug = slugOf(file);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({
        file,
        line: 1,
        severity: 'error',
        message: `the file name "${slug}" is not a URL-safe slug`,
        fix: 'rename the file to lowercase letters, digits and single hyphens, e.g. my-first-post.mdx',
      });
    }
    const key = slug.toLowerCase();
    const other = seen.get(key);
    if (other) {
      problems.push({
        file,
        line: 1,
        severity: 'error',
        message: `duplicate slug "${slug}" (also ${other})`,
        fix: 'rename one of the two files: the slug is the file name and must be unique',
      });
    } else {
      seen.set(key, file);
    }
  }
  for (const file of options.strayFiles ?? []) problems.push(notAPost(file));
  const now = options.now ?? new Date();
  const posts = new Map<string, Set<string> | null>();
  const tags = new Map<string, number>();
  const authors = new Map(AUTHORS.map(({ id }) => [id, 0]));
  const links: WrittenLink[] = [];
  let published = 0;
  const check = (file: string, source: string) => () =>
    checkPost(file, source, options.publicDir, now, options.compiledBodies);
  for (const [index, { file, source }] of files.entries()) {
    const post = options.checkedPosts
      ? await options.checkedPosts.checked(file, source, check(file, source))
      : await check(file, source)();
    problems.push(...post.problems);
    links.push(...post.links);
    posts.set(slugOf(file), post.headings);
    if (post.toPublish) {
      published += 1;
      for (const tag of post.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
      for (const id of post.authors) {
        const count = authors.get(id);
        if (count !== undefined) authors.set(id, count + 1);
      }
    }
    options.onProgress?.(index + 1, files.length);
  }
  options.checkedPosts?.keepOnly(new Set(files.map(({ file }) => file)));
  problems.push(
    ...checkLinks(links, { posts, tags, authors, published, publicDir: options.publicDir }),
  );
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
