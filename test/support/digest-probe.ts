// Prints, as JSON, the digests builder `assemble` gives fixed inputs (and, for contrast, node:zlib's gzip of the
// same tar): run under two Node versions by test/integration/reproducible.test.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { assembleBytes, type SourceImage } from '../../src/build/assemble.js';
import { postgrestLayer, type AssemblyPlan } from '../../src/build/recipe.js';
import { writeTar } from '../../src/build/tar.js';

const sha256 = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** 4 MB that compress like a binary does: a seeded hash stream with runs of repeats. */
function binary(): Buffer {
  const parts: Buffer[] = [];
  let block = Buffer.from('pgrst-cloudrun reproducibility probe');
  for (let i = 0; parts.length * 32 < 4 * 1024 * 1024; i += 1) {
    block = createHash('sha256').update(block).digest();
    parts.push(i % 3 === 0 ? Buffer.alloc(32, block[0] ?? 0) : block);
  }
  return Buffer.concat(parts);
}

const digest = (text: string): string => sha256(Buffer.from(text));
const source = (name: string): SourceImage['reference'] => ({
  registry: 'docker.io',
  name,
  reference: 'v1',
  text: `docker.io/${name}:v1`,
});
const base: SourceImage = {
  reference: source('library/busybox'),
  digest: digest('base'),
  platformDigest: digest('base'),
  manifest: {
    schemaVersion: 2,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digest('config'), size: 10 },
    layers: [
      { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: digest('layer'), size: 1000 },
    ],
  },
  config: {
    architecture: 'amd64',
    os: 'linux',
    config: { Env: ['PATH=/bin'], Cmd: ['sh'] },
    rootfs: { type: 'layers', diff_ids: [digest('diff')] },
  },
};
const plan: AssemblyPlan = {
  runSh: readFileSync('cloudbuild/run.sh', 'utf8'),
  postgrestVersion: 'v14.17',
  postgrest: { reference: source('postgrest/postgrest'), digest: digest('postgrest') },
  base,
};
const image = assembleBytes(plan, base, postgrestLayer({ content: binary(), mode: 0o755 }));
const tar = writeTar([
  { path: 'bin/postgrest', type: 'file', mode: 0o755, uid: 0, gid: 0, content: binary() },
]);
console.log(
  JSON.stringify({
    node: process.version,
    zlib: process.versions.zlib,
    layers: image.layers.map((layer) => layer.descriptor.digest),
    diffIds: image.layers.map((layer) => layer.diffId),
    config: sha256(image.config),
    manifest: image.digest,
    nodeZlibGzip: sha256(gzipSync(tar, { level: 6 })),
  }),
);
