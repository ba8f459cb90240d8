import { NewPostError, writeNewPost } from './lib/new-post';

const title = process.argv.slice(2).join(' ');
try {
  // The preview is of the local dev server: a draft exists nowhere else until it is merged.
  const post = await writeNewPost(process.cwd(), title, { siteUrl: `http://localhost:${process.env.PORT ?? 3000}` });
  console.log(`Created ${post.file} (a draft: only editors see it).`);
  console.log(`Preview:  ${post.previewUrl}   (run npm run dev first; editors only)`);
  console.log(`Sign in:  ${post.signInUrl}   (without Clerk keys, npm run dev offers a demo editor)`);
  console.log(`Publish:  fill in the summary, set draft: false, and merge; content/README.md explains the rest.`);
} catch (error) {
  if (!(error instanceof NewPostError)) throw error;
  console.error(`new-post: ${error.message}`);
  process.exitCode = 1;
}
