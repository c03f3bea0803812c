// Figures for the image stage, measured on this machine with the same real parts the tests use:
// - bytes the base image and the entrypoint add on top of /bin/postgrest, from the registry's manifest of the
//   image built from the real cloudbuild/Containerfile (one layer per instruction);
// - entrypoint overhead: inside one container, run.sh versus straight into /bin/postgrest, in alternating blocks of
//   calls timed by the container's own clock; the per-block difference is what run.sh costs a start.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { MANIFEST_MEDIA_TYPES } from '../src/build/registry.js';
import {
  PODMAN_RUN_FLAGS,
  buildBusyboxStandin,
  buildPostgrestStandin,
  createContainerStore,
  type ContainerStore,
} from '../test/support/containers.js';
import { startRegistry, type TestRegistry } from '../test/support/registry.js';

const run = promisify(execFile);
/** Calls per block, and blocks per variant, in the entrypoint loop. */
const CALLS = 20;
const BLOCKS = 7;
/** The seed's base, as published: python:3.12-alpine unpacked (`docker images`), oneuptime.com, 2026-02-08. */
const SEED_BASE = {
  unpackedMb: 55,
  source:
    'https://oneuptime.com/blog/post/2026-02-08-how-to-reduce-docker-image-size-for-python-applications/view',
};

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function missingTools(): Promise<string[]> {
  const missing: string[] = [];
  for (const tool of ['buildah', 'podman', 'docker-registry', 'htpasswd', 'busybox']) {
    try {
      await run('sh', ['-c', `command -v ${tool}`]);
    } catch {
      missing.push(tool);
    }
  }
  return missing;
}

/** Each file a gzipped layer holds (tar headers read directly) and the layer's unpacked size. */
function readLayer(gzipped: Buffer): { files: string[]; unpacked: number } {
  const tar = gunzipSync(gzipped);
  const files: string[] = [];
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (!name) break;
    const size = Number.parseInt(
      header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0',
      8,
    );
    if (header[156] === 0x30 || header[156] === 0) files.push(name);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return { files, unpacked: tar.length };
}

async function imageSize(store: ContainerStore, registry: TestRegistry, image: string): Promise<void> {
  const authFile = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-bench-auth-')), 'auth.json');
  const auth = Buffer.from(`oauth2accesstoken:${registry.token}`).toString('base64');
  writeFileSync(authFile, JSON.stringify({ auths: { [registry.host]: { auth } } }));
  const pushed = await store.buildah(['push', '--authfile', authFile, '--tls-verify=false', image]);
  if (pushed.code !== 0) throw new Error(pushed.stderr);
  const name = image.slice(registry.host.length + 1).split(':')[0] ?? '';
  const headers = { authorization: `Basic ${auth}`, accept: MANIFEST_MEDIA_TYPES.join(', ') };
  const manifest = (await (
    await fetch(`http://${registry.host}/v2/${name}/manifests/bench`, { headers })
  ).json()) as {
    layers: { digest: string; size: number }[];
  };
  let postgrest = { compressed: 0, unpacked: 0 };
  let rest = { compressed: 0, unpacked: 0 };
  const rows: string[] = [];
  for (const layer of manifest.layers) {
    const blob = Buffer.from(
      await (
        await fetch(`http://${registry.host}/v2/${name}/blobs/${layer.digest}`, { headers })
      ).arrayBuffer(),
    );
    const { files, unpacked } = readLayer(blob);
    const isPostgrest = files.some((file) => file.replace(/^\.?\//, '') === 'bin/postgrest');
    const what = isPostgrest
      ? '/bin/postgrest (stand-in)'
      : files.length > 3
        ? `${String(files.length)} files`
        : files.join(' ');
    rows.push(
      `    ${layer.digest.slice(7, 19)}  ${mb(layer.size).padStart(9)} gzip  ${mb(unpacked).padStart(9)} unpacked  ${what}`,
    );
    if (isPostgrest) postgrest = { compressed: layer.size, unpacked };
    else rest = { compressed: rest.compressed + layer.size, unpacked: rest.unpacked + unpacked };
  }
  console.log(`image: ${String(manifest.layers.length)} layers in the registry's manifest of ${image}`);
  for (const row of rows) console.log(row);
  console.log(
    `  added on top of /bin/postgrest by the base and the entrypoint: ${mb(rest.compressed)} compressed, ${mb(rest.unpacked)} unpacked (target: under 10 MB)`,
  );
  console.log(
    `  the seed's python:3.12-alpine base alone: about ${String(SEED_BASE.unpackedMb)} MB unpacked as published (${SEED_BASE.source}); ` +
      `ours adds ${(SEED_BASE.unpackedMb / (rest.unpacked / 1e6)).toFixed(0)}x less`,
  );
  console.log(
    `  (the /bin/postgrest layer here is the test stand-in, ${mb(postgrest.unpacked)}: not part of the figure)`,
  );
  console.log(rest.unpacked < 10e6 ? 'PASS under 10 MB added' : 'MISS 10 MB or more added');
}

async function entrypointOverhead(store: ContainerStore, image: string): Promise<void> {
  // Cloud Run's layout: three secrets mounted read-only, 0444; PGRST_DB_URI names their copies.
  const vault = mkdtempSync(path.join(tmpdir(), 'pgrst-bench-vault-'));
  chmodSync(vault, 0o755);
  for (const [dir, file] of [
    ['client-cert', 'client.crt'],
    ['client-key', 'client.key'],
    ['server-ca', 'ca.crt'],
  ] as const) {
    mkdirSync(path.join(vault, dir), { mode: 0o755 });
    writeFileSync(
      path.join(vault, dir, file),
      readFileSync('/etc/ssl/certs/ca-certificates.crt').subarray(0, 2048),
    );
    chmodSync(path.join(vault, dir, file), 0o444);
  }
  const uri =
    'postgresql://authenticator@127.0.0.1/app?sslmode=verify-ca&sslcert=/opt/secrets/client-cert/client.crt' +
    '&sslkey=/opt/secrets/client-key/client.key&sslrootcert=/opt/secrets/server-ca/ca.crt';
  const common = [
    'run',
    '--rm',
    '--network',
    'host',
    ...PODMAN_RUN_FLAGS,
    '--env',
    `PGRST_DB_URI=${uri}`,
    '--env',
    'PORT=8080',
  ].concat(
    ['client-cert', 'client-key', 'server-ca'].flatMap((d) => [
      '--volume',
      `${path.join(vault, d)}:/opt/vault/${d}:ro`,
    ]),
  );
  // Both variants inside one container, in alternating blocks: the container's own start (about 500 ms of
  // podman, and as noisy) is paid once and cancels out, instead of being the difference of two medians of it.
  const script = [
    'now() { read up _ </proc/uptime; echo "${up%.*}${up#*.}"; }',
    `block() { i=0; s=$(now); while [ $i -lt ${String(CALLS)} ]; do "$@" --version >/dev/null 2>&1; i=$((i+1)); done; e=$(now); echo $((e - s)); }`,
    `for r in $(seq ${String(BLOCKS)}); do echo "entrypoint $(block /usr/local/bin/run.sh)"; echo "direct $(block /bin/postgrest)"; done`,
  ].join('\n');
  const result = await store.podman([...common, '--entrypoint', '/bin/sh', image, '-c', script], {
    timeoutMs: 600_000,
  });
  rmSync(vault, { recursive: true, force: true });
  if (result.code !== 0) throw new Error(`podman run failed: ${result.stderr}`);
  // /proc/uptime counts hundredths of a second: each block's total over CALLS calls, as ms per call.
  const perCall = { entrypoint: [] as number[], direct: [] as number[] };
  for (const line of result.stdout.trim().split('\n')) {
    const [variant, centiseconds] = line.split(' ');
    if (variant === 'entrypoint' || variant === 'direct')
      perCall[variant].push((Number(centiseconds) * 10) / CALLS);
  }
  const differences = perCall.entrypoint.map((ms, i) => ms - (perCall.direct[i] ?? NaN));
  const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
  const spread = (values: number[]): string => {
    const s = sorted(values);
    return `min ${(s[0] ?? NaN).toFixed(1)} / median ${median(values).toFixed(1)} / max ${(s.at(-1) ?? NaN).toFixed(1)} ms`;
  };
  console.log(
    `entrypoint: ${String(BLOCKS)} alternating blocks of ${String(CALLS)} calls each, inside one container, to the exit of /bin/postgrest --version`,
  );
  console.log(
    `  through run.sh (copies 3 secrets, checks PGRST_DB_URI): ${spread(perCall.entrypoint)} per call`,
  );
  console.log(`  straight into /bin/postgrest:                        ${spread(perCall.direct)} per call`);
  const overhead = median(differences);
  console.log(`  entrypoint overhead per start: ${spread(differences)} (target: under 50 ms)`);
  console.log(
    overhead < 50 ? 'PASS entrypoint overhead under 50 ms' : 'MISS entrypoint overhead 50 ms or more',
  );
}

/** Run the image figures; skipped (with the reason) where the container tools are missing. */
export async function benchImage(): Promise<void> {
  const missing = await missingTools();
  if (missing.length > 0) {
    console.log(`image: skipped, missing ${missing.join(', ')} (bash .ci/run installs them)`);
    return;
  }
  const store = createContainerStore();
  const registry = await startRegistry();
  try {
    await Promise.all([
      buildBusyboxStandin(store, 'docker.io/library/busybox:1.37.0'),
      buildPostgrestStandin(store, 'docker.io/postgrest/postgrest:v14.17'),
    ]);
    const image = `${registry.host}/bench/pgrst:bench`;
    const built = await store.buildah([
      'bud',
      '--layers',
      '--pull=never',
      '--platform',
      'linux/amd64',
      '--file',
      'cloudbuild/Containerfile',
      '--tag',
      image,
      'cloudbuild',
    ]);
    if (built.code !== 0) throw new Error(built.stderr);
    await imageSize(store, registry, image);
    await entrypointOverhead(store, image);
  } finally {
    await registry.stop();
    store.remove();
  }
}
