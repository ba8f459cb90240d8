import { describe, expect, it } from 'vitest';

import { ContentProblem } from '@/lib/content/mdx-tree';
import { splitAtPaywall } from '@/lib/content/paywall';
import type { Access } from '@/lib/content/schema';

function problemOf(body: string, access: Access = 'members'): ContentProblem {
  try {
    splitAtPaywall(body, access);
  } catch (error) {
    if (error instanceof ContentProblem) return error;
    throw error;
  }
  throw new Error('expected a ContentProblem');
}

describe('the paywall split', () => {
  it('keeps only what stands above the marker as the preview', () => {
    const body =
      'Open paragraph.\n\n## Heading\n\nMore open text.\n\n<Paywall />\n\nSecret paragraph.\n';
    const { preview } = splitAtPaywall(body, 'premium');
    expect(preview).toBe('Open paragraph.\n\n## Heading\n\nMore open text.');
    expect(preview).not.toContain('Secret');
  });

  it('has no preview without a marker', () => {
    expect(splitAtPaywall('All of it is gated.\n', 'members').preview).toBeNull();
    expect(splitAtPaywall('A public post.\n', 'public').preview).toBeNull();
  });

  it('has no preview when the marker opens the post', () => {
    expect(splitAtPaywall('<Paywall />\n\nGated.\n', 'members').preview).toBeNull();
  });

  it('rejects a marker in a public post, with its line', () => {
    const problem = problemOf('One.\n\n<Paywall />\n\nTwo.\n', 'public');
    expect(problem.line).toBe(3);
    expect(problem.message).toContain('public post');
  });

  it('rejects a second marker, at the second one', () => {
    const problem = problemOf('One.\n\n<Paywall />\n\nTwo.\n\n<Paywall />\n\nThree.\n');
    expect(problem.line).toBe(7);
    expect(problem.message).toContain('second');
  });

  it('rejects a marker inside another element or inside text', () => {
    expect(problemOf('One.\n\n<Callout>\n\n<Paywall />\n\n</Callout>\n').line).toBe(5);
    expect(problemOf('One <Paywall /> two.\n').message).toContain('inside');
    expect(problemOf('- item\n\n  <Paywall />\n').message).toContain('inside');
  });

  it('ignores the marker in a code block', () => {
    expect(splitAtPaywall('```mdx\n<Paywall />\n```\n', 'members').preview).toBeNull();
  });
});
