import { parseArgs } from 'node:util';

import { NewPostError, writeNewPost } from './lib/new-post';

try {
  // `npm run new-post -- "Title" [--author <id>]`; the title may also come unquoted, as several words.
  const { values, positionals } = parseArgs({
    options: { author: { type: 'string' } },
    allowPositionals: true,
  });
  // The preview is of the local dev server: a draft exists nowhere else until it is merged.
  const post = await writeNewPost(process.cwd(), positionals.join(' '), {
    siteUrl: `http://localhost:${process.env.PORT ?? 3000}`,
    author: values.author,
  });
  console.log(`Created ${post.file} (a draft by ${post.author}: only editors see it).`);
  console.log(`Preview:  ${post.previewUrl}   (run npm run dev first; editors only)`);
  console.log(
    `Sign in:  ${post.signInUrl}   (without Clerk keys, npm run dev offers a demo editor)`,
  );
  console.log(
    `Publish:  fill in the summary, set draft: false, and merge; content/README.md explains the rest.`,
  );
} catch (error) {
  const usage =
    error instanceof TypeError &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS');
  if (!(error instanceof NewPostError) && !usage) throw error;
  console.error(`new-post: ${(error as Error).message}`);
  process.exitCode = 1;
}
