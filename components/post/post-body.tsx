import { CodeCopier } from '@/components/mdx/code-copier';
import { COPY_BUTTON_ATTRIBUTE } from '@/components/mdx/copy-labels';

/**
 * A post's body as the content build rendered it (scripts/build-content.ts). As HTML set on one
 * element, React neither rebuilds nor hydrates the article's elements, however long the post.
 * Only a body with a code block mounts the copy buttons' listener.
 */
export function PostBody({ html }: { html: string }) {
  return (
    <>
      <div
        className="prose prose-stone max-w-none dark:prose-invert prose-headings:font-serif prose-th:font-sans prose-a:text-[var(--color-accent)] dark:prose-a:text-orange-300 prose-pre:bg-stone-900"
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {html.includes(COPY_BUTTON_ATTRIBUTE) ? <CodeCopier /> : null}
    </>
  );
}
