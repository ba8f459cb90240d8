/** What `within` gives when the work has not settled in time. */
export const LATE = Symbol('late');

/**
 * The work's result, or `LATE` once `ms` have passed: the caller never waits longer. The work
 * itself runs on (Clerk's SDK takes no abort signal); its late result or error is ignored.
 */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
