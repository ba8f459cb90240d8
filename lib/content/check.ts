import path from 'node:path';

import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

import { FrontmatterError, parsePostFile, type ParsedFile } from './frontmatter';
import { imageExists, isLocalImage } from './images';
import { stringAttribute } from './mdx-plugins';
import { ContentProblem, mdxProblem, parseMdx } from './mdx-tree';
import { splitParsedAtPaywall } from './paywall';
import { type Access, CALLOUT_TYPES, isAccess, MDX_COMPONENTS, meantField, readFrontmatter, SLUG_PATTERN, SUMMARY_SOFT_LIMIT } from './schema';

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

export interface CheckOptions {
  /** Folder that `/images/...` paths in posts point into. */
  publicDir: string;
  /** The stray files under `content/posts/` (see kindOfFile): each one is an error. */
  strayFiles?: string[];
  /** What "now" is for a date too far ahead; the current time unless a test sets it. */
  now?: Date;
  /** Called after each post, for a progress line on large sets. */
  onProgress?: (checked: number, total: number) => void;
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

function checkFrontmatter(file: string, parsed: ParsedFile, publicDir: string, now: Date): Problem[] {
  const { data, keyLines } = parsed;
  const lineOf = (field: string) => keyLines[field] ?? 1;
  const { problems } = readFrontmatter(data);
  const errors: Problem[] = problems.map(({ field, message, fix }) => ({ file, line: lineOf(field), severity: 'error', message, fix }));
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
  if (typeof data.date === 'string' && !problems.some((problem) => problem.field === 'date') && Date.parse(data.date) - now.getTime() > FAR_FUTURE_MS) {
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
  if (data.access === undefined) return Object.keys(data).some((key) => meantField(key) === 'access') ? null : 'public';
  return isAccess(data.access) ? data.access : null;
}

/** The problem with a post's image address, if any: it must name a file under public/. */
function imageProblem(src: string, publicDir: string): { message: string; fix: string } | null {
  if (!isLocalImage(src)) {
    return { message: `image "${src}" is not a file of this site`, fix: 'put the file in public/images and write its path, e.g. /images/photo.jpg' };
  }
  if (!imageExists(publicDir, src)) return { message: `image "${src}" does not exist`, fix: `add the file at public${src} or fix the path` };
  return null;
}

function checkBodyTree(tree: Root, report: (line: number | undefined, message: string, fix: string) => void, ctx: { slugs: Set<string>; publicDir: string }) {
  const known = new Set<string>(MDX_COMPONENTS);
  const reportImage = (line: number | undefined, src: string) => {
    const problem = imageProblem(src, ctx.publicDir);
    if (problem) report(line, problem.message, problem.fix);
  };
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name;
      if (name && /^[A-Z]/.test(name) && !known.has(name)) {
        report(line, `unknown component <${name}>`, `use one of ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`);
      }
      if (name === 'Callout') {
        const type = stringAttribute(node, 'type') ?? 'note';
        if (!(CALLOUT_TYPES as readonly string[]).includes(type)) {
          report(line, `unknown Callout type "${type}"`, `use type="${CALLOUT_TYPES.join('" | "')}"`);
        }
      }
      if (name === 'Figure') {
        const src = stringAttribute(node, 'src');
        if (!stringAttribute(node, 'alt')?.trim()) report(line, '<Figure> without alt text', 'add alt="what the image shows" for readers who cannot see it');
        if (!src) report(line, '<Figure> without src', 'add src="/images/<file>" for a file in public/images');
        else reportImage(line, src);
      }
    }
    if (node.type === 'image') {
      if (!node.alt?.trim()) report(line, `image "${node.url}" has no alt text`, 'write ![what the image shows](path)');
      reportImage(line, node.url);
    }
    if (node.type === 'link') {
      const slug = /^\/blog\/([^/?#]+)\/?(?:[?#].*)?$/.exec(node.url)?.[1];
      if (slug !== undefined && !ctx.slugs.has(slug)) {
        report(line, `link to a post that does not exist: ${node.url}`, "check the slug: it is the post's file name without .mdx");
      }
    }
  });
}

const compiler = createProcessor();

async function checkBody(file: string, parsed: ParsedFile, ctx: { slugs: Set<string>; publicDir: string }): Promise<Problem[]> {
  const problems: Problem[] = [];
  const toFileLine = (line: number | undefined) => (line === undefined ? undefined : line + parsed.bodyLineOffset);
  const report = (line: number | undefined, message: string, fix: string) => problems.push({ file, line: toFileLine(line), severity: 'error', message, fix });

  // One parse serves every check: the compile runs the MDX transforms on a copy of the tree.
  let tree: Root;
  try {
    tree = parseMdx(parsed.body);
    // createProcessor's types describe run() from the estree stage; at run time it takes the mdast
    // that a parse gives, and runs remark, rehype and recma on it as compile() would.
    await compiler.run(structuredClone(tree) as never);
  } catch (error) {
    const problem = error instanceof ContentProblem ? error : mdxProblem(error);
    report(problem.line, problem.message, problem.fix);
    return problems;
  }
  checkBodyTree(tree, report, ctx);

  const access = declaredAccess(parsed.data);
  if (access === null) return problems;
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
  return problems;
}

async function checkPost(file: string, source: string, slugs: Set<string>, publicDir: string, now: Date): Promise<Problem[]> {
  let parsed: ParsedFile;
  try {
    parsed = parsePostFile(source);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return [{ file, line: error.line, severity: 'error', message: error.message, fix: error.fix }];
  }
  return [...checkFrontmatter(file, parsed, publicDir, now), ...(await checkBody(file, parsed, { slugs, publicDir }))];
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
  return { file, severity: 'error', message: `not a post: only ${POST_EXTENSION} files are built`, fix };
}

/** Checks every post at once and reports every problem, in file order. */
export async function checkPosts(files: SourceFile[], options: CheckOptions): Promise<Problem[]> {
  const problems: Problem[] = [];
  const slugs = new Set(files.map((f) => slugOf(f.file)));
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
  for (const [index, { file, source }] of files.entries()) {
    problems.push(...(await checkPost(file, source, slugs, options.publicDir, now)));
    options.onProgress?.(index + 1, files.length);
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
