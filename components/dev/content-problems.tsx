/**
 * In `npm run dev`, what the content check refuses, over every page: the dev server keeps
 * showing the last version that passed, and without this the editor would see no sign of it
 * outside the terminal. The root layout renders it in development only.
 */
export function ContentProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div
      role="alert"
      className="border-b-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-950 dark:bg-red-950 dark:text-red-50"
    >
      <p className="font-semibold">
        The content check failed: this page shows the last version that passed it. Fix and save:
      </p>
      <ul className="mt-2 space-y-1">
        {/* Two links on one line may break alike: the same message twice. */}
        {problems.map((problem, index) => (
          <li key={`${index}:${problem}`}>
            <code className="break-words whitespace-pre-wrap">{problem}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
