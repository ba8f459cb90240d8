import path from 'node:path';

import type { SourceFile } from '../../lib/content/check';
import { parsePostFile } from '../../lib/content/frontmatter';
import { bundleBody } from '../../lib/content/mdx-pipeline';
import { splitAtPaywall } from '../../lib/content/paywall';
import { isAccess } from '../../lib/content/schema';

/** The last compile of each post's preview: the dev watcher recompiles only the previews that changed. */
const compiled = new Map<string, { preview: string; code: Promise<string> }>();

function compile(slug: string, preview: string): Promise<string> {
  const known = compiled.get(slug);
  if (known?.preview === preview) return known.code;
  const code = bundleBody(preview);
  compiled.set(slug, { preview, code });
  return code;
}

/** At most this many compiles at once: each holds a syntax tree and an esbuild job. */
const CONCURRENCY = 4;

/**
 * The compiled public preview of every members' and premium post, by slug (the MDX source above
 * its `<Paywall />`; a gated post without a marker has none). The only body code a public page
 * of a gated post ever receives. Compiled here, beside contentlayer2 rather than inside it, so
 * that it runs on the core contentlayer2 leaves idle. Only call this on files the check passed.
 */
export async function compilePreviews(files: SourceFile[]): Promise<Map<string, string>> {
  const jobs: { slug: string; preview: string }[] = [];
  for (const { file, source } of files) {
    const { data, body } = parsePostFile(source);
    const access = isAccess(data.access) ? data.access : 'public';
    if (access === 'public') continue;
    const { preview } = splitAtPaywall(body, access);
    if (preview !== null) jobs.push({ slug: path.basename(file, '.mdx'), preview });
  }
  const previews = new Map<string, string>();
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift())
      previews.set(job.slug, await compile(job.slug, job.preview));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return previews;
}
