import type { ReactNode } from 'react';

import type { TocEntry } from '@/lib/content/toc';
import type { PostMeta } from '@/lib/content/types';

import { PostBody } from './post-body';
import { PostHeader } from './post-header';
import { TableOfContents } from './table-of-contents';
import { TagList } from './tag-list';

interface Props {
  post: PostMeta;
  /** The headings of the text shown: the whole text's, or the preview's. */
  toc: TocEntry[];
  /** The text shown, as the content build rendered it; null for a gated post with no preview. */
  bodyHtml: string | null;
  /** The whole text of a gated post: marked as the part that is not free (components/post/post-json-ld.tsx). */
  gatedText?: boolean;
  /** Between the header and the contents: a gift link's or a preview's notice. */
  notice?: ReactNode;
  /** After the text: the offer in place of what the reader may not read, or the gift form. */
  children?: ReactNode;
}

/**
 * A post as every page shows it (the public page, a signed-in reader's rendering, a gift link,
 * an editor's preview), so that no reader meets a different page for the same post.
 */
export function PostArticle({ post, toc, bodyHtml, gatedText = false, notice, children }: Props) {
  return (
    <article>
      <PostHeader post={post} />
      {notice}
      <TableOfContents entries={toc} />
      {bodyHtml && gatedText ? (
        <div className="paywalled">
          <PostBody html={bodyHtml} />
        </div>
      ) : null}
      {bodyHtml && !gatedText ? <PostBody html={bodyHtml} /> : null}
      {children}
      <footer className="mt-10">
        <TagList tags={post.tags} />
      </footer>
    </article>
  );
}
