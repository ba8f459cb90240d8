import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, inject, it } from 'vitest';

import { memberApiKey, oauthToken } from '../support/clerk-backend';
import { feedUrlPath } from '../support/feed-url';
import { publishedSlugs } from '../support/gated-text';
import { required } from '../support/required';

// Every `curl` line in docs/api.md's shell blocks, run as written by a shell against the test
// site, with the variables the page names set: an example that stops working fails here.

const run = promisify(execFile);
const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/api.md'), 'utf8');
const curlLines = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((block) => block[1]!.split('\n'))
  .filter((line) => line.startsWith('curl '));

describe('the curl examples in docs/api.md', () => {
  it('cover API keys, OAuth tokens and the feed URL', () => {
    expect(curlLines.some((line) => line.includes('$MASTHEAD_API_KEY'))).toBe(true);
    expect(curlLines.some((line) => line.includes('$OAUTH_TOKEN'))).toBe(true);
    expect(curlLines.some((line) => line.includes('$FEED_URL'))).toBe(true);
  });

  it.each(curlLines)('%s', async (line) => {
    const userId = `user_docs${randomBytes(6).toString('hex')}`;
    const env = {
      ...process.env,
      SITE: inject('siteUrl'),
      SLUG: required(publishedSlugs('members')[0], 'a published members post'),
      MASTHEAD_API_KEY: (await memberApiKey(userId)).secret!,
      OAUTH_TOKEN: (await oauthToken(userId, ['posts:read', 'feed:read'])).token,
      FEED_URL: `${inject('siteUrl')}${feedUrlPath(
        (await memberApiKey(userId, { scopes: ['feed:read'] })).secret!,
      )}`,
    };
    // `-f` makes curl exit non-zero on any answer of 400 or more.
    const { stdout } = await run('sh', ['-c', line], { env });
    if (stdout.trimStart().startsWith('<')) expect(stdout).toContain('<rss');
    else expect(JSON.parse(stdout)).toBeTypeOf('object');
  });
});
