import type { SessionOrganization } from '@/lib/demo/fake-clerk/session-token';
import { EDITOR_PERMISSION, PREMIUM_FEATURE } from '@/lib/config';

/** The identities the demo offers, by the value of the sign-in form's `as` field. */
export const DEMO_IDENTITY_KEYS = ['member', 'subscriber', 'editor', 'team', 'pending'] as const;

export type DemoIdentityKey = (typeof DEMO_IDENTITY_KEYS)[number];

/** The form value that ends the demo session instead. */
export const SIGNED_OUT = 'signed-out';

export interface DemoIdentity {
  key: DemoIdentityKey;
  userId: string;
  /** A person's name, as Clerk's account button would show it. */
  name: string;
  /** What this identity is, in the site's terms. */
  role: string;
  /** What it sees on this site, and the Clerk set-up that gives it that in production. */
  sees: string;
  clerk: string;
  status: 'active' | 'pending';
  features: string[];
  plans: string[];
  org?: SessionOrganization;
}

const [editorOrgFeature, editorPermission] = EDITOR_PERMISSION.replace(/^org:/, '').split(':') as [
  string,
  string,
];

/**
 * Each identity's session claims are what a real Clerk instance would put in its session token
 * for such a person, so the gate, `auth()` and `has()` decide exactly as in production.
 */
export const DEMO_IDENTITIES: Record<DemoIdentityKey, DemoIdentity> = {
  member: {
    key: 'member',
    userId: 'user_demo_member',
    name: 'Mina Okafor',
    role: 'Member',
    sees: 'Members-only posts in full; premium posts as a preview with an upgrade offer.',
    clerk: 'A signed-in user with no plan.',
    status: 'active',
    features: [],
    plans: [],
  },
  subscriber: {
    key: 'subscriber',
    userId: 'user_demo_subscriber',
    name: 'Sam Reyes',
    role: 'Subscriber',
    sees: 'Every post in full, premium ones included.',
    clerk: `A user on the premium plan, whose Clerk Billing feature is ${PREMIUM_FEATURE}.`,
    status: 'active',
    features: [`u:${PREMIUM_FEATURE}`],
    plans: ['u:premium'],
  },
  editor: {
    key: 'editor',
    userId: 'user_demo_editor',
    name: 'Eda Lindqvist',
    role: 'Editor',
    sees: 'Every post in full, and the editors’ area: drafts and scheduled posts, previewed as they will be published.',
    clerk: `A member of the publication’s organization whose role has the permission ${EDITOR_PERMISSION}.`,
    status: 'active',
    features: [],
    plans: [],
    org: {
      id: 'org_demo_masthead',
      role: 'editor',
      slug: 'masthead',
      permissions: [editorPermission],
      feature: editorOrgFeature,
    },
  },
  team: {
    key: 'team',
    userId: 'user_demo_team',
    name: 'Tomás Berg',
    role: 'Team member',
    sees: 'Every post in full: the premium plan is paid by the team’s organization, not by the person.',
    clerk: `A member of an organization on the premium plan (the organization feature o:${PREMIUM_FEATURE}).`,
    status: 'active',
    features: [],
    plans: ['o:premium'],
    org: {
      id: 'org_demo_acme',
      role: 'member',
      slug: 'acme',
      permissions: [],
      feature: PREMIUM_FEATURE,
    },
  },
  pending: {
    key: 'pending',
    userId: 'user_demo_pending',
    name: 'Pat Lee',
    role: 'Pending session',
    sees: 'Public pages as anyone does; the member area sends it to its session task first.',
    clerk:
      'A signed-in user whose session has a task to finish (for example choosing an organization).',
    status: 'pending',
    features: [],
    plans: [],
  },
};

export function isDemoIdentityKey(value: unknown): value is DemoIdentityKey {
  return typeof value === 'string' && (DEMO_IDENTITY_KEYS as readonly string[]).includes(value);
}

/** The demo identity behind a user id, if it is one. */
export function demoIdentityOf(userId: string): DemoIdentity | undefined {
  return Object.values(DEMO_IDENTITIES).find((identity) => identity.userId === userId);
}
