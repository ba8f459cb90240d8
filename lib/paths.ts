import { withNotice } from './notices/notices';

// The addresses themselves live in paths.mjs, plain JavaScript that next.config.mjs's settings
// import too; this module adds the one built with a TypeScript helper.
export * from './paths.mjs';

/** Where signing out lands: the home page, which says so once (lib/notices). */
export const SIGNED_OUT_PATH = withNotice('/', 'signed-out');
