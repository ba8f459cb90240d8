import path from 'node:path';

import type { SourceFile } from '../../lib/content/check';
import { parsePostFile } from '../../lib/content/frontmatter';
import { bundleBody } from '../../lib/content/mdx-pipeline';
import { splitAtPaywall } from '../../lib/content/paywall';
import { isAccess } from '../../lib/content/schema';

interface KnownPreview {
  source: string;
  /** The MDX above the post's `<Paywall />`; null for a public post or one without a marker. */
  preview: string | null;
  code: Promise<string> | null;
}

/**
 * Each post's preview as last split from its source, and its compile, by file: the dev watcher,
 * which asks after every save, splits again only the posts whose source changed and compiles only a
 * preview that changed (an edit below the marker leaves it as it was). It holds the posts of the
 * last call only.
 */
let known = new Map<string, KnownPreview>();

/**
 * Forgets every preview: a compile reads the images' sizes, so the watcher calls this when an
 * image under `public/images` changes.
 */
export function forgetPreviews(): void {
  known = new Map();
}

/** The preview of a post's source (see KnownPreview). */
function previewOf(source: string): string | null {
  const { data, body } = parsePostFile(source);
  const access = isAccess(data.access) ? data.access : 'public';
  return access === 'public' ? null : splitAtPaywall(body, access).preview;
}

/**
 * Splits and compiles a post's preview before the call that will ask for it: the watcher calls
 * this as a post is saved, beside CheckedPosts.ahead. A post the split fails on is left to the check.
 */
export function previewAhead(file: string, source: string): void {
  const kept = known.get(file);
  if (kept?.source === source) return;
  let preview: string | null;
  try {
    preview = previewOf(source);
  } catch {
    return;
  }
  const code =
    preview === null ? null : kept?.preview === preview ? kept.code : bundleBody(preview);
  // Awaited, and its failure reported, by the compilePreviews that asks for it.
  code?.catch(() => {});
  known.set(file, { source, preview, code });
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
  const jobs: { preview: string; resolve: (code: Promise<string>) => void }[] = [];
  const current = new Map<string, KnownPreview>();
  for (const { file, source } of files) {
    const kept = known.get(file);
    if (kept?.source === source) {
      current.set(file, kept);
      continue;
    }
    const preview = previewOf(source);
    const code =
      preview === null
        ? null
        : kept?.preview === preview
          ? kept.code
          : new Promise<string>((resolve) => jobs.push({ preview, resolve }));
    current.set(file, { source, preview, code });
  }
  known = current;
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const code = bundleBody(job.preview);
      job.resolve(code);
      await code.catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const compiled = await Promise.all(
    [...current].map(
      async ([file, { code }]) => [path.basename(file, '.mdx'), await code] as const,
    ),
  );
  return new Map(compiled.filter((entry): entry is [string, string] => entry[1] !== null));
}
