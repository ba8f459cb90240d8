import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { prometheusBinary } from './lib/prometheus';
import { projectRoot, type Stack, startStack } from './lib/stack';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.MASTHEAD_STACK_PORT ?? '8080' },
    copies: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const port = Number(args.port);
const copies = Number(args.copies);
if (!Number.isInteger(port) || port < 1)
  throw new Error(`--port must be a port number, got "${args.port}"`);
if (!Number.isInteger(copies) || copies < 1)
  throw new Error(`--copies must be a whole number, got "${args.copies}"`);

const progress = (line: string) => process.stderr.write(`[stack] ${line}\n`);

// Canonical URLs, feeds and the authorized party of session tokens are this address unless set.
const env = {
  ...process.env,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL || `http://localhost:${port}`,
};

function build(): Promise<void> {
  progress(`building the site for ${env.NEXT_PUBLIC_SITE_URL} (npm run build)`);
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code})`)),
    );
  });
}

async function main() {
  if (!args['skip-build']) await build();
  const prometheusPort = existsSync(prometheusBinary()) ? port + 10 + copies + 1 : undefined;
  if (!prometheusPort)
    progress(
      `no ${prometheusBinary()}: the copies' metrics are not scraped (apt-get install -y prometheus)`,
    );
  const stack: Stack = await startStack({
    distDir: '.next',
    port,
    copies,
    env: { NEXT_PUBLIC_SITE_URL: env.NEXT_PUBLIC_SITE_URL },
    log: progress,
    prometheusPort,
  });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    progress(`${signal}: stopping the copies (they finish what they serve) and nginx`);
    await stack.stop();
    progress('stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(
    `\nMasthead: ${stack.url} (nginx in front of ${copies} copies; response header X-Cache says HIT, MISS, BYPASS...)`,
  );
  if (stack.prometheus)
    console.log(
      `Prometheus: ${stack.prometheus.url} (the copies' metrics, alerting rules from ops/prometheus/alerts.yml)`,
    );
  console.log(`nginx config, logs and cache: ${stack.dir}. Ctrl-C stops everything.\n`);
  for (const [index, copy] of stack.copies.entries()) {
    copy.process?.once('exit', (code, signal) => {
      if (!stopping)
        progress(
          `copy ${index + 1} exited (${code ?? signal}); nginx sends its requests to the others`,
        );
    });
  }
}

await main();
