import type { PostProblem } from '@/lib/content/editorial-index';

export function ProblemList({ file, problems }: { file: string; problems: PostProblem[] }) {
  if (problems.length === 0)
    return <p className="text-sm text-stone-600 dark:text-stone-400">No problems found.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {problems.map((problem, index) => (
        <li key={index}>
          <span className="font-semibold">
            {problem.severity === 'error' ? 'Error' : 'Warning'}
          </span>{' '}
          <code>{problem.line ? `${file}:${problem.line}` : file}</code>: {problem.message};{' '}
          {problem.fix}
        </li>
      ))}
    </ul>
  );
}
