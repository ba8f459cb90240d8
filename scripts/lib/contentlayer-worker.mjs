import { parentPort, workerData } from 'node:worker_threads';

import { generateDotpkg, getConfig, runMain } from 'contentlayer2/core';

/**
 * `contentlayer2 build` through its programmatic API (@contentlayer2/core, which its CLI's build
 * command runs): the config read from `contentlayer.config.ts` in the project folder given, then
 * `.contentlayer/` generated. `customCwd` names that folder, where the CLI reads it from `PWD`. On
 * a failure runMain prints contentlayer2's report and calls process.exit(1), which in a worker
 * thread ends this thread only. Plain JavaScript: a worker thread does not inherit tsx's loader.
 */
const { root } = /** @type {{ root: import('contentlayer2/utils').AbsolutePosixFilePath }} */ (
  workerData
);
const run = runMain({ tracingServiceName: 'masthead-content', verbose: false, customCwd: root });
const config = await run(getConfig({}));
const info = await run(generateDotpkg({ config, verbose: false }));
parentPort?.postMessage(info.documentCount);
