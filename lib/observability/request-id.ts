import { randomUUID } from 'node:crypto';

/** An id short and plain enough to write into a log line and a header as it came. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,100}$/;

/** `::ffff:127.0.0.1` is how Node names an IPv4 peer on a dual-stack socket. */
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/** The front's addresses (`MASTHEAD_TRUSTED_FRONT`, IP addresses as lib/env.mjs checked them), as a peer's address is compared. */
export function trustedFront(addresses: readonly string[]): ReadonlySet<string> {
  return new Set(addresses.map(plainAddress));
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
