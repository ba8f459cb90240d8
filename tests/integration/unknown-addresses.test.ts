import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { request } from '../support/http';
import { imageSuffixes } from '../support/share-images';

const root = path.resolve(import.meta.dirname, '..', '..');
const distDir = path.join(root, inject('distDir'));
const marker = () => `zz${randomBytes(6).toString('hex')}`;

async function pathsUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String);
}

/** What unknown addresses leave behind on the server: nothing under the build's distDir. */
describe('unknown addresses leave nothing behind', () => {
  it('writes nothing under distDir for unknown posts, index pages, tags, tag pages and share images, however often they are asked', async () => {
    const word = marker();
    const { og, twitter } = await imageSuffixes();
    const page = 7000 + Math.floor(Math.random() * 1_000_000);
    const addresses = [
      `/blog/${word}`,
      `/blog/page/${page}`,
      `/tags/${word}`,
      `/tags/${word}/page/2`,
      `/tags/performance/page/${page}`,
      `/blog/${word}/${og}`,
      `/blog/${word}/${twitter}`,
    ];
    for (let round = 0; round < 2; round++) {
      for (const address of addresses) {
        const reply = await request(address);
        expect(reply.status, address).toBe(404);
      }
    }
    const written = (await pathsUnder(path.join(distDir, 'server'))).filter(
      (file) => file.includes(word) || file.includes(`page/${page}`),
    );
    expect(written).toEqual([]);
  });
});
