import { missingClerkVariables } from '@/lib/auth/config/clerk';

/** What a site without Clerk keys says where sign-in would be: what to set, or how to try the demo. */
export function AuthNotConfigured() {
  const { required, recommended } = missingClerkVariables();
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Sign-in is not configured</h1>
      <p className="mt-4">
        This copy of Masthead was built without a Clerk instance, so the member area, sign-in and
        the private API are closed. The public posts, feeds and search work as usual.
      </p>
      <h2 className="mt-8 font-serif text-2xl font-semibold">To connect Clerk</h2>
      <p className="mt-2">
        Set these variables (see <code>.env.example</code>), then build and start again:
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {required.map((name) => (
          <li key={name}>
            <code>{name}</code> (required)
          </li>
        ))}
        {recommended.map((name) => (
          <li key={name}>
            <code>{name}</code> (recommended in production)
          </li>
        ))}
      </ul>
      <p className="mt-3">
        The README’s section “Connecting a real Clerk instance” says where each value comes from.
      </p>
      <h2 className="mt-8 font-serif text-2xl font-semibold">
        To try the member area without Clerk
      </h2>
      <p className="mt-2">
        Run <code>npm run demo</code>: it builds the site with simulated identities (member,
        subscriber, editor and more) and no keys.
      </p>
      <p className="mt-8">
        <a href="/" className="underline">
          Back to the publication
        </a>
      </p>
    </>
  );
}
