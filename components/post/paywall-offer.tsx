import type { Offer } from '@/lib/auth/policy';
import { postHref, PRICING_PATH, SIGN_IN_PATH, SIGN_UP_PATH } from '@/lib/paths';

/** Back to the post once the reader has signed in, signed up or subscribed. */
const returningTo = (path: string, slug: string) =>
  `${path}?redirect_url=${encodeURIComponent(postHref(slug))}`;

const copy: Record<
  Offer,
  { title: string; text: string; action: string; href: (slug: string) => string; signIn?: string }
> = {
  'sign-up': {
    title: 'The rest of this post is for members',
    text: 'Membership is free: create an account to read every members-only post.',
    action: 'Sign up to keep reading',
    href: (slug) => returningTo(SIGN_UP_PATH, slug),
    signIn: 'Already a member? Sign in',
  },
  subscribe: {
    title: 'The rest of this post is for subscribers',
    text: 'Premium posts are the deep dives: subscribe to read them in full.',
    action: 'See plans',
    href: (slug) => returningTo(PRICING_PATH, slug),
    signIn: 'Already a subscriber? Sign in',
  },
  upgrade: {
    title: 'This post is part of the premium plan',
    text: 'Your membership opens members-only posts; premium posts come with a subscription.',
    action: 'Upgrade to premium',
    href: (slug) => returningTo(PRICING_PATH, slug),
  },
};

/**
 * The call to action in place of a text the viewer may not read. Every link comes back to the
 * post's one address, where a reader who may now read it gets the whole text.
 */
export function PaywallOffer({ offer, slug }: { offer: Offer; slug: string }) {
  const { title, text, action, href, signIn } = copy[offer];
  return (
    <section
      aria-labelledby="paywall-offer-title"
      className="my-10 rounded-lg border border-stone-300 bg-stone-50 p-6 dark:border-stone-700 dark:bg-stone-900"
    >
      <h2 id="paywall-offer-title" className="font-serif text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{text}</p>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <a
          href={href(slug)}
          className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90"
        >
          {action}
        </a>
        {signIn ? (
          <a href={returningTo(SIGN_IN_PATH, slug)} className="font-medium underline">
            {signIn}
          </a>
        ) : null}
      </p>
    </section>
  );
}
