/** The widest a post image is shown (the text column, `max-w-3xl` less its padding). */
export const POST_IMAGE_SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';

/** MDX hands the build-time dimensions over as strings (`width="1200"`); next/image wants numbers. */
export function pixels(value: number | string | undefined): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
