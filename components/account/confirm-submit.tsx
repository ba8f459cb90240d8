'use client';

import { type ReactNode, useId, useRef } from 'react';

/**
 * A submit button that asks first, in a native modal `<dialog>`: focus moves into it (to the
 * button that keeps things as they are), Escape closes it, and a screen reader hears its title and
 * what will happen. Without JavaScript the button submits at once, as a plain form.
 */
export function ConfirmSubmit({
  title,
  consequence,
  confirm,
  cancel,
  disabled,
  className,
  children,
}: {
  title: string;
  consequence: string;
  confirm: string;
  cancel: string;
  disabled?: boolean;
  className: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const consequenceId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="submit"
        disabled={disabled}
        className={className}
        onClick={(event) => {
          event.preventDefault();
          dialog.current?.showModal();
        }}
      >
        {children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={consequenceId}
        className="m-auto max-w-md rounded-lg border border-stone-300 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id={titleId} className="font-serif text-xl font-semibold">
          {title}
        </h2>
        <p id={consequenceId} className="mt-2">
          {consequence}
        </p>
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button
            type="button"
            onClick={close}
            className="rounded-md border border-stone-400 px-4 py-2 font-semibold dark:border-stone-600"
          >
            {cancel}
          </button>
          {/* Inside the form, so it submits it, with whatever the form holds. */}
          <button
            type="submit"
            onClick={close}
            className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 dark:bg-red-300 dark:text-stone-950 dark:hover:bg-red-200"
          >
            {confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
