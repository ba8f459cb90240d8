/**
 * The request headers Next.js varies a page's answer on (its `Vary`): a client-side navigation
 * asks the same URL for an RSC payload, a prefetch or one segment instead of HTML.
 */
export const NEXT_VARY_HEADERS = [
  'RSC',
  'Next-Router-Prefetch',
  'Next-Router-State-Tree',
  'Next-Router-Segment-Prefetch',
  'Next-Url',
] as const;

export interface NginxConfigOptions {
  /** Folder of the config, its pid, logs, temporary files and cache. */
  dir: string;
  /** Address and port nginx listens on. */
  listen: string;
  /** `host:port` of each copy of the site. */
  upstreams: string[];
  /** Unprivileged user and group for the workers, when nginx starts as root. */
  user?: { name: string; group: string };
}

const variable = (header: string) => `$http_${header.toLowerCase().replaceAll('-', '_')}`;

/**
 * nginx as load balancer and shared cache in front of the copies, behaving like a careful CDN:
 *
 * - it stores only what the origin explicitly allows (`s-maxage` first, then `max-age`; no
 *   `proxy_cache_valid`, so an answer without Cache-Control, a 307 from the gate for instance,
 *   is never stored), and never anything `private`, `no-store`, `no-cache` or with `Set-Cookie`
 *   (nginx's own rules);
 * - its key holds the query (`_rsc`) and every header Next varies on, on top of nginx's own
 *   handling of `Vary`; a request with `Authorization` or a Clerk session cookie neither reads
 *   nor fills the cache: at a gated post's address, the site answers a signed-in reader with the
 *   rendering of their class, which must never come from (or go into) the shared cache, while
 *   anonymous readers keep getting the cached public page;
 * - it retries an idempotent request on another copy when one refuses the connection, resets it
 *   or does not answer; a copy that failed sits out for a second. Not on a `503`: the copies
 *   answer it in a Clerk outage, which all share, and nginx would count each as the copy failing
 *   (`max_fails`) and, with every copy marked failed, refuse the public pages too;
 * - no `proxy_cache_lock`: nginx has no "hit-for-pass", so requests for one private page would
 *   queue behind each other (waiters poll every 500 ms); `updating` with background updates
 *   already lets one request refresh an expired page while the others get the stale one.
 *
 * Connections to the copies are not kept alive: Node goes on serving requests on an open
 * keep-alive connection after `server.close()` (Next's answer to SIGTERM) and says
 * `Connection: keep-alive`, so a pooled connection keeps a stopping copy busy and then closes
 * under the balancer. One connection per request lets a copy drain and leave (with a pool, the
 * rolling restart in tests/stack/failover.test.ts never saw the first copy exit under load).
 */
export function nginxConfig({ dir, listen, upstreams, user }: NginxConfigOptions): string {
  const key = [
    '$scheme://$http_host$request_uri',
    ...NEXT_VARY_HEADERS.map((header) => `${header}=${variable(header)}`),
  ].join('|');
  return `${user ? `user ${user.name} ${user.group};\n` : ''}daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;

events {
  worker_connections 1024;
}

http {
  log_format stack '$time_iso8601 $status "$request" id=$request_id cache=$upstream_cache_status upstream="$upstream_addr" upstream_status="$upstream_status" ms=$request_time';
  access_log ${dir}/access.log stack;
  client_body_temp_path ${dir}/temp/client;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  server_tokens off;

  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=masthead:10m max_size=512m inactive=1d use_temp_path=off;

  # A Clerk session cookie (\`__session\`, suffixed or not) that holds a token.
  map $http_cookie $masthead_session {
    default "";
    "~(?:^|;)\\s*__session[^=;]*=[^;\\s]" 1;
  }

  upstream masthead_copies {
${upstreams.map((address) => `    server ${address} max_fails=1 fail_timeout=1s;`).join('\n')}
  }

  server {
    listen ${listen};

    # Next answers TRACE and TRACK with a 500 on the paths its proxy runs for, before any of the
    # site's code can refuse them (Node will not build a Request for them): refuse them here.
    if ($request_method !~ ^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$) {
      return 405;
    }

    location / {
      proxy_pass http://masthead_copies;
      proxy_http_version 1.1;
      proxy_set_header Connection close;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # Only Next's own proxy may send this; from outside it once skipped middleware (CVE-2025-29927).
      proxy_set_header X-Middleware-Subrequest "";
      # One id per request, in this log, in the copy's log line, and on the answer (a cached one too).
      proxy_set_header X-Request-Id $request_id;
      proxy_hide_header X-Request-Id;
      add_header X-Request-Id $request_id always;

      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 3;

      proxy_cache masthead;
      proxy_cache_key "${key}";
      proxy_cache_bypass $http_authorization $masthead_session;
      proxy_no_cache $http_authorization $masthead_session;
      proxy_cache_use_stale updating error timeout http_502 http_503 http_504;
      proxy_cache_background_update on;
      add_header X-Cache $upstream_cache_status always;
    }
  }
}
`;
}
