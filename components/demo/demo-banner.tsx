/** On every page of a demo build: what it is, and that it must never be deployed. */
export function DemoBanner() {
  return (
    <aside
      aria-label="Demo notice"
      className="bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      <strong className="font-semibold">Demo build.</strong> Sign-in identities are simulated; never
      deploy this build.
    </aside>
  );
}
