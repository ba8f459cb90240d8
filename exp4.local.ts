import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildAndStart, generateTestKeys, removeProxy, stopAndRemove } from './scripts/lib/bench-site';

const keys = await generateTestKeys();
const neverMatch = async (dir: string) => {
  const file = path.join(dir, 'proxy.ts');
  const s = await readFile(file, 'utf8');
  const i = s.indexOf('export const config = {');
  await writeFile(file, s.slice(0, i) + "export const config = { matcher: ['/never-matches-anything'] };\n");
};
const a = await buildAndStart({ label: 'exp-a', port: 4355, keys });
const b = await buildAndStart({ label: 'exp-b', port: 4356, keys, alter: removeProxy });
const c = await buildAndStart({ label: 'exp-c', port: 4357, keys, alter: neverMatch });
const sites = [['ours', a], ['none', b], ['never', c]] as const;
try {
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 3; j++) {
      const [name, site] = sites[(i + j) % 3];
      const r = await autocannon({ url: site.running.url + '/blog/static-first-publishing', connections: 20, duration: 5 });
      console.log(`round ${i}`, name, Math.round(r.requests.total / r.duration), 'req/s p99', r.latency.p99);
    }
  }
} finally { await stopAndRemove(a); await stopAndRemove(b); await stopAndRemove(c); }
