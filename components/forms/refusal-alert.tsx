/** Why a form's request was refused, if it was, announced to screen readers as it appears. */
export function RefusalAlert({
  message,
  className = 'mt-3',
}: {
  message: string | null;
  className?: string;
}) {
  if (message === null) return null;
  return (
    <p role="alert" className={`${className} text-sm`}>
      {message}
    </p>
  );
}
