/**
 * `value`, or a failure that names what the test needed: a fixture a test relies on must exist,
 * or the test's checks could pass on nothing.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null)
    throw new Error(`the test needs ${what}, and there is none`);
  return value;
}
