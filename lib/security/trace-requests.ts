import 'server-only';

import { Server, type ServerResponse } from 'node:http';

type Emit = (this: Server, event: string | symbol, ...args: unknown[]) => boolean;

/** instrumentation.ts, the only caller, is one bundle whose `register()` runs once per process: a module-level flag suffices. */
let installed = false;

/**
 * Answers `TRACE` with 405 before Next.js sees it. Next.js builds a fetch `Request` for the proxy,
 * and the Fetch standard forbids that method, so every TRACE on a path the proxy sees threw there,
 * before any of this site's code ran: a 500 and a stack trace in the log per request, which anyone
 * could send. No route answers TRACE, and no hook of Next.js runs before its proxy, so the check
 * sits on the server's `request` event. (Node's parser refuses TRACK itself with 400.)
 */
export function refuseTraceRequests(): void {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit as Emit;
  const refusing: Emit = function (this: Server, event, ...args) {
    const [req, res] = args as [{ method?: string }, ServerResponse];
    if (event === 'request' && req.method === 'TRACE') {
      res.writeHead(405, {
        Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end('Method Not Allowed\n');
      return true;
    }
    return emit.call(this, event, ...args);
  };
  Server.prototype.emit = refusing as Server['emit'];
}
