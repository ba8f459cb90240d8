import { describe, expect, it } from 'vitest';

import { ANONYMOUS, decide, type Viewer } from '@/lib/auth/policy';

const member: Viewer = { kind: 'signed-in', userId: 'u1', premium: false, editor: false };
const subscriber: Viewer = { ...member, premium: true };
const editor: Viewer = { ...member, editor: true };
const pending: Viewer = { kind: 'anonymous', pendingTask: true };

describe('who may read the full text', () => {
  it.each([
    ['public', ANONYMOUS, { full: true }],
    ['public', pending, { full: true }],
    ['public', member, { full: true }],
    ['members', ANONYMOUS, { full: false, offer: 'sign-up' }],
    ['members', pending, { full: false, offer: 'sign-up' }],
    ['members', member, { full: true }],
    ['members', subscriber, { full: true }],
    ['members', editor, { full: true }],
    ['premium', ANONYMOUS, { full: false, offer: 'subscribe' }],
    ['premium', pending, { full: false, offer: 'subscribe' }],
    ['premium', member, { full: false, offer: 'upgrade' }],
    ['premium', subscriber, { full: true }],
    ['premium', editor, { full: true }],
  ] as const)('%s post, viewer %j: %j', (access, viewer, expected) => {
    expect(decide(access, viewer)).toEqual(expected);
  });
});
