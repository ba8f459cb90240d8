/** Debian's chromium (`apt-get install -y chromium`); playwright and lighthouse cannot download a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * How the browser tests and measurements start it: headless as root, and with nothing that calls
 * out to Google's services, whose connections this machine's closed network refuses by the dozen.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
