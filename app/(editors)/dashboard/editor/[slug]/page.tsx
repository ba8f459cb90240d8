import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { StatusLabel } from '@/components/editor/status-label';
import { PostArticle } from '@/components/post/post-article';
import { requireEditor } from '@/lib/auth/guards/pages';
import { getUnreleasedPost, getUnreleasedText, statusOf } from '@/lib/content/editorial';
import { EDITOR_PATH } from '@/lib/paths';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

/** An unreleased post in full, as readers with access will see it once it is published. */
export default async function EditorPreviewPage({ params }: Props) {
  await requireEditor();
  const { slug } = await params;
  const post = getUnreleasedPost(slug);
  const text = post ? getUnreleasedText(slug) : undefined;
  if (!post || text === undefined) notFound();
  return (
    <>
      <aside
        aria-label="Preview"
        className="mb-8 rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950"
      >
        <p>
          <StatusLabel status={statusOf(post)} date={post.date} />: readers cannot see this post
          yet.{' '}
          <Link href={EDITOR_PATH} className="underline">
            All drafts and scheduled posts
          </Link>
        </p>
      </aside>
      <PostArticle
        post={post}
        toc={text.toc}
        bodyHtml={text.bodyHtml}
        gatedText={post.access !== 'public'}
      />
    </>
  );
}
