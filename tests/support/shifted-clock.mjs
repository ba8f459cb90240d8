// Preloaded into a server under test (`NODE_OPTIONS=--import <this file>`), as plain JavaScript.
// Its clock reads the instant written in the file MASTHEAD_TEST_CLOCK_FILE names, and runs on from
// there; the test rewrites the file to move it. `Date` is all it moves: Next's cache ages entries
// by `performance`, which keeps real time.
import { readFileSync, watchFile } from 'node:fs';

const file = process.env.MASTHEAD_TEST_CLOCK_FILE;
if (!file) throw new Error('shifted-clock.mjs needs MASTHEAD_TEST_CLOCK_FILE');

const RealDate = Date;
let offset = 0;

function readClock() {
  const at = RealDate.parse(readFileSync(file, 'utf8').trim());
  if (Number.isNaN(at)) throw new Error(`${file} holds no date`);
  offset = at - RealDate.now();
}

readClock();
watchFile(file, { interval: 50, persistent: false }, readClock);

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) =>
    Reflect.construct(target, args.length === 0 ? [RealDate.now() + offset] : args, newTarget),
  apply: () => new RealDate(RealDate.now() + offset).toString(),
  get: (target, key, receiver) =>
    key === 'now' ? () => RealDate.now() + offset : Reflect.get(target, key, receiver),
});
