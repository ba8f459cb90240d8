import type { Metadata } from 'next';
import Link from 'next/link';

import { ProblemList } from '@/components/editor/problem-list';
import { StatusLabel } from '@/components/editor/status-label';
import { PostTitleLink } from '@/components/post/post-title-link';
import { requireEditor } from '@/lib/auth/guards/pages';
import { ACCESS_LABELS } from '@/lib/content/access-labels';
import { getUnreleasedPosts, statusOf } from '@/lib/content/editorial';
import { editorPostHref } from '@/lib/paths';

export const metadata: Metadata = { title: 'Editors', robots: { index: false } };

export default async function EditorIndexPage() {
  await requireEditor();
  const posts = getUnreleasedPosts();
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Drafts and scheduled posts</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        Every post that readers cannot see yet, with what the content check found in it. Open one to
        read it exactly as it will be published.
      </p>
      {posts.length === 0 ? (
        <p className="mt-8">Nothing is waiting: every post is published.</p>
      ) : (
        <ul className="mt-8 divide-y divide-stone-200 dark:divide-stone-800">
          {posts.map((post) => (
            <li key={post.slug} className="py-5">
              <PostTitleLink href={editorPostHref(post.slug)} title={post.title} link={Link} />
              <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                <StatusLabel status={statusOf(post)} date={post.date} />
                <span>{`Access: ${ACCESS_LABELS[post.access].label}`}</span>
                <code>{post.file}</code>
              </p>
              <div className="mt-2">
                <ProblemList file={post.file} problems={post.problems} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
