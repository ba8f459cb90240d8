// Loaded by Next.js itself (next.config.mjs `cacheHandler`), at build and in the server, and bundled
// into the proxy: plain CommonJS, which Node and the bundler import alike.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js');

/**
 * Next's own cache of rendered pages, route handlers and share images (the same files, on disk,
 * as without a handler), except that a "not found" is never kept. Next keeps the 404 of every
 * address a page route was asked for (`/blog/<anything>`, `/tags/<anything>`, a share image's
 * unknown post): tens of kilobytes written per address, never removed, so that anyone could fill
 * the disk; and a 404 kept for a scheduled post's share image outlived its publication. Not kept,
 * a 404 is rendered again on each request (what an address that never existed costs), and a
 * scheduled post's page and images are drawn on the first request once its date has come.
 */
module.exports = class FoundOnlyCache extends FileSystemCache {
  /** @param {string} key @param {{ status?: number } | null} data @param {object} ctx */
  async set(key, data, ctx) {
    if (data?.status === 404) {
      // Next has just noted this address's lifetime in a process-wide map that nothing empties:
      // kept, it would grow by one entry per unknown address asked for.
      SharedCacheControls.cacheControls.delete(key);
      return;
    }
    return super.set(key, data, ctx);
  }
};
