import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';

/** The setting naming the front's addresses, whose `X-Request-Id` this server takes as its own. */
export const TRUSTED_FRONT_VARIABLE = 'MASTHEAD_TRUSTED_FRONT';

/** An id short and plain enough to write into a log line and a header as it came. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,100}$/;

/** `::ffff:127.0.0.1` is how Node names an IPv4 peer on a dual-stack socket. */
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/** The front's addresses, from a comma-separated list of IP addresses; anything else in it is ignored. */
export function trustedFront(setting: string | undefined): ReadonlySet<string> {
  const addresses = (setting ?? '').split(',').map((item) => plainAddress(item.trim()));
  return new Set(addresses.filter((address) => isIP(address) !== 0));
}

/**
 * The request's id: the one the front sent when the connection comes from the front's address
 * (a client can send the header, but cannot connect from there), else a new one. A client's own
 * id is never taken: it could forge another request's lines into its own.
 */
export function requestId(
  header: string | string[] | undefined,
  peer: string | undefined,
  front: ReadonlySet<string>,
): string {
  const sent = typeof header === 'string' ? header : undefined;
  if (sent && peer && front.has(plainAddress(peer)) && WELL_FORMED.test(sent)) return sent;
  return randomUUID();
}
