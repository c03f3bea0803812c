// Figures for builder `assemble` against `buildah build` + `buildah push` of the same image from the same sources,
// in paired rounds (each round: one of each, then the node floor — `node -e ""` — so a slow moment hits all three):
// - sources in the destination registry (base layers mounted) and in a second registry (streamed);
// - wall time, both talking to the registries straight: assemble as `node dist/cli.js build --builder assemble`
//   (the shipped CLI: dist/ must be current), and the build stage's own time inside that process (from its log
//   line); buildah in a fresh store each round (it pulls both sources, as Cloud Build's docker does), then pushes;
// - bytes moved, in rounds of their own through proxies in front of both registries that count them (requests and
//   answers, bodies and headers), next to the layer bytes that must move: what the destination lacked (uploaded
//   once) and the layers read from the sources (the PostgREST layer, and the base's when it comes from the other
//   registry). The proxies relay every byte through this process, which takes CPU from the builders on a small
//   machine (a tenth of a second per assemble on 2 cores), so they stay out of the timed rounds; the counted rounds'
//   wall times are printed too, beside the others.
import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { MANIFEST_MEDIA_TYPES } from '../src/build/registry.js';
import {
  buildBusyboxStandin,
  buildPostgrestStandin,
  createContainerStore,
  type ContainerStore,
} from '../test/support/containers.js';
import { startRegistry, type TestRegistry } from '../test/support/registry.js';
import { LOCAL_BASE, LOCAL_POSTGREST, authFile, pushSources } from '../test/support/sources.js';

const run = promisify(execFile);
/** Paired rounds after the warm-up (at least 7 for the figures; fewer only to try the bench out). */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
/** Rounds through the counting proxies, after the timed ones (the bytes are the same in every round). */
const COUNTED_ROUNDS = Number(process.env['BENCH_COUNTED_ROUNDS'] ?? 3);

const stats = (values: number[]): { min: number; median: number; max: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? NaN,
    median: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
};
const fmt = (s: { min: number; median: number; max: number }, digits = 1, unit = ''): string =>
  `min ${s.min.toFixed(digits)}${unit} / median ${s.median.toFixed(digits)}${unit} / max ${s.max.toFixed(digits)}${unit}`;

/** A proxy in front of a registry that counts the bytes through it, both ways. */
async function countingProxy(
  target: string,
): Promise<{ host: string; bytes: () => number; reset: () => void; close: () => Promise<void> }> {
  let bytes = 0;
  const server = http.createServer((req, res) => {
    bytes += JSON.stringify(req.headers).length + (req.url?.length ?? 0);
    const upstream = http.request(
      `http://${target}${req.url ?? '/'}`,
      // The Host header is kept: the registry then names upload locations on the proxy, not behind it.
      { method: req.method, headers: req.headers },
      (answer) => {
        bytes += JSON.stringify(answer.headers).length;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => (bytes += chunk.length));
        // A client that stops reading (a blob read only up to one entry) gets nothing more, and nothing more counts.
        res.on('close', () => answer.destroy());
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${String(port)}`,
    bytes: () => bytes,
    reset: () => {
      bytes = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/** An image's manifest as the registry has it. */
async function manifest(
  registry: TestRegistry,
  name: string,
  reference: string,
): Promise<{ config: { size: number }; layers: { digest: string; size: number }[] }> {
  const response = await fetch(`http://${registry.host}/v2/${name}/manifests/${reference}`, {
    headers: {
      authorization: `Basic ${Buffer.from(`oauth2accesstoken:${registry.token}`).toString('base64')}`,
      accept: MANIFEST_MEDIA_TYPES.join(', '),
    },
  });
  return (await response.json()) as { config: { size: number }; layers: { digest: string; size: number }[] };
}

async function buildahBuildAndPush(
  registries: TestRegistry[],
  sources: { baseImage: string; postgrestImage: string },
  image: string,
): Promise<void> {
  const store: ContainerStore = createContainerStore();
  try {
    const auth = authFile(...registries);
    const built = await store.buildah(
      ['bud', '--pull=always', '--tls-verify=false', '--authfile', auth, '--platform', 'linux/amd64'].concat([
        '--build-arg',
        `BASE_IMAGE=${sources.baseImage}`,
        '--build-arg',
        `POSTGREST_IMAGE=${sources.postgrestImage}`,
        '--file',
        'cloudbuild/Containerfile',
        '--tag',
        image,
        'cloudbuild',
      ]),
    );
    if (built.code !== 0) throw new Error(`buildah bud failed: ${built.stderr}`);
    const pushed = await store.buildah(['push', '--tls-verify=false', '--authfile', auth, image]);
    if (pushed.code !== 0) throw new Error(`buildah push failed: ${pushed.stderr}`);
  } finally {
    store.remove();
  }
}

/** Where a scenario's builders read and write: the registries themselves, or the counting proxies in front of them. */
interface Route {
  readonly destination: TestRegistry;
  readonly sources: { baseImage: string; postgrestImage: string };
  readonly registries: TestRegistry[];
}

const routeVia = (destination: TestRegistry, source: TestRegistry, registries: TestRegistry[]): Route => ({
  destination,
  sources: {
    baseImage: `${source.host}/mirror/library/busybox:1.37.0`,
    postgrestImage: `${source.host}/mirror/postgrest/postgrest`,
  },
  registries,
});

/** One assemble, as the shipped CLI; its stdout is the image pinned by digest, its stderr the log. */
function assembleOnce(route: Route, imageName: string, env: NodeJS.ProcessEnv) {
  return timed(() =>
    run(
      'node',
      ['dist/cli.js', 'build', '--builder', 'assemble', '--repository', `${route.destination.host}/bench`]
        .concat(['--image-name', imageName, '--postgrest-version', 'v14.17'])
        .concat(['--postgrest-image', route.sources.postgrestImage, '--base-image', route.sources.baseImage]),
      { env },
    ),
  );
}

/** One buildah build + push into the route's destination. */
const buildahOnce = (route: Route, imageName: string) =>
  timed(() =>
    buildahBuildAndPush(
      route.registries,
      route.sources,
      `${route.destination.host}/bench/${imageName}:latest`,
    ),
  );

/** Run the assemble figures. */
export async function benchAssemble(): Promise<void> {
  const store = createContainerStore();
  const [destination, other] = await Promise.all([startRegistry(), startRegistry()]);
  const [proxyA, proxyB] = await Promise.all([countingProxy(destination.host), countingProxy(other.host)]);
  // The proxies stand for the registries: loopback hosts, so the same token goes to both.
  const viaA = { ...destination, host: proxyA.host };
  const viaB = { ...other, host: proxyB.host };
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-bench-assemble-'));
  const tokenFile = path.join(dir, 'token');
  writeFileSync(tokenFile, `${destination.token}\n`);
  try {
    // The figures are the shipped CLI's: a dist/ older than src/ would measure something else.
    await run('node', ['scripts/build.mjs', '--check']).catch(() => {
      throw new Error('dist/ is stale: run `npm run build` before the bench');
    });
    await Promise.all([
      buildBusyboxStandin(store, LOCAL_BASE),
      buildPostgrestStandin(store, LOCAL_POSTGREST),
    ]);
    await pushSources(store, destination, 'mirror');
    await pushSources(store, other, 'mirror');
    // Node processes run without NODE_EXTRA_CA_CERTS, which is for extra certificate authorities (a corporate proxy,
    // GitHub Enterprise Server) and which this sandbox sets to the system's whole bundle: Node then parses 144
    // certificates at every start, 40 ms here, for registries on plain HTTP. GitHub-hosted runners leave it unset.
    // The node floor runs the same way.
    const env = {
      ...process.env,
      CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
      NODE_EXTRA_CA_CERTS: undefined,
    };
    const postgrestSource = await manifest(destination, 'mirror/postgrest/postgrest', 'v14.17');
    const baseSource = await manifest(destination, 'mirror/library/busybox', '1.37.0');

    for (const scenario of [
      {
        name: 'sources in the destination registry',
        timed: routeVia(destination, destination, [destination, other]),
        counted: routeVia(viaA, viaA, [viaA, viaB]),
        proxies: [proxyA],
        crossRegistry: false,
      },
      {
        name: 'sources in a second registry',
        timed: routeVia(destination, other, [destination, other]),
        counted: routeVia(viaA, viaB, [viaA, viaB]),
        proxies: [proxyA, proxyB],
        crossRegistry: true,
      },
    ]) {
      const ratios: number[] = [];
      const ratiosOverFloor: number[] = [];
      const assembleMs: number[] = [];
      const stageMs: number[] = [];
      const stageRatios: number[] = [];
      const buildahMs: number[] = [];
      const floorMs: number[] = [];
      let needed = 0;
      for (let round = 0; round <= ROUNDS; round += 1) {
        const tag = `r${String(round)}-${scenario.crossRegistry ? 'x' : 's'}`;
        const assembled = await assembleOnce(scenario.timed, `assembled-${tag}`, env);
        const buildah = await buildahOnce(scenario.timed, `buildah-${tag}`);
        const floor = await timed(() => run('node', ['-e', ''], { env }));
        if (round === 0) {
          // The layer bytes that must move: the PostgREST layer read; the entrypoint layer and the config written;
          // the PostgREST layer written unless it is upstream's, mounted in the same registry; and the base's
          // layers read and written when they come from another registry (mounted otherwise).
          const image = assembled.value.stdout.trim();
          const made = await manifest(destination, `bench/assembled-${tag}`, image.split('@')[1] ?? '');
          const [binaryLayer, entryLayer] = made.layers.slice(-2);
          const mounted =
            !scenario.crossRegistry && postgrestSource.layers.some((l) => l.digest === binaryLayer?.digest);
          const written =
            (entryLayer?.size ?? 0) + made.config.size + (mounted ? 0 : (binaryLayer?.size ?? 0));
          const postgrestRead = postgrestSource.layers.reduce((sum, layer) => sum + layer.size, 0);
          const baseBytes = baseSource.layers.reduce((sum, layer) => sum + layer.size, 0);
          needed = postgrestRead + written + (scenario.crossRegistry ? 2 * baseBytes : 0);
          continue; // a warm-up round: page cache, the registry's first writes
        }
        assembleMs.push(assembled.ms);
        // The stage's own time, without node's start-up and module loading: what it costs inside the action.
        const stage = 1000 * Number(/^assembled .* in ([\d.]+) s:/m.exec(assembled.value.stderr)?.[1]);
        stageMs.push(stage);
        stageRatios.push(buildah.ms / stage);
        buildahMs.push(buildah.ms);
        floorMs.push(floor.ms);
        ratios.push(buildah.ms / assembled.ms);
        ratiosOverFloor.push((buildah.ms - floor.ms) / (assembled.ms - floor.ms));
      }
      const moved: number[] = [];
      const buildahMoved: number[] = [];
      const countedRatios: number[] = [];
      for (let round = 1; round <= COUNTED_ROUNDS; round += 1) {
        const tag = `c${String(round)}-${scenario.crossRegistry ? 'x' : 's'}`;
        const count = async <T>(fn: () => Promise<T>): Promise<{ value: T; bytes: number }> => {
          for (const proxy of scenario.proxies) proxy.reset();
          const value = await fn();
          return { value, bytes: scenario.proxies.reduce((sum, proxy) => sum + proxy.bytes(), 0) };
        };
        const assembled = await count(() => assembleOnce(scenario.counted, `assembled-${tag}`, env));
        const buildah = await count(() => buildahOnce(scenario.counted, `buildah-${tag}`));
        moved.push(assembled.bytes);
        buildahMoved.push(buildah.bytes);
        countedRatios.push(buildah.value.ms / assembled.value.ms);
      }
      const ratio = stats(ratios);
      const bytesRatio = stats(moved.map((bytes) => bytes / needed));
      console.log(
        `assemble: ${scenario.name}, ${String(ROUNDS)} paired rounds after a warm-up, then ${String(COUNTED_ROUNDS)} through the counting proxies`,
      );
      console.log(`  assemble (pgrst-cloudrun build):      ${fmt(stats(assembleMs), 0, ' ms')}`);
      console.log(`  buildah build + push (fresh store):   ${fmt(stats(buildahMs), 0, ' ms')}`);
      console.log(`  node floor (node -e ""):              ${fmt(stats(floorMs), 0, ' ms')}`);
      console.log(`  buildah / assemble, wall:             ${fmt(ratio, 1, 'x')} (target: at least 5x)`);
      console.log(`  the same, node's start-up taken off both: ${fmt(stats(ratiosOverFloor), 1, 'x')}`);
      console.log(
        `  the build stage inside its process (the action's case: node and its modules are loaded already): ${fmt(stats(stageMs), 0, ' ms')}`,
      );
      console.log(`  buildah / the stage in the action's process: ${fmt(stats(stageRatios), 1, 'x')}`);
      console.log(
        `  buildah / assemble, wall, through the counting proxies: ${fmt(stats(countedRatios), 1, 'x')}`,
      );
      console.log(
        `  bytes moved by assemble: ${fmt(stats(moved.map((b) => b / 1e6)), 2, ' MB')}; layer bytes that must move ${(needed / 1e6).toFixed(2)} MB; ratio ${fmt(bytesRatio, 3)} (target: within 10 %)`,
      );
      console.log(`  bytes moved by buildah: ${fmt(stats(buildahMoved.map((b) => b / 1e6)), 2, ' MB')}`);
      console.log(
        `${ratio.median >= 5 ? 'PASS' : 'MISS'} assemble at least 5x faster (median ${ratio.median.toFixed(1)}x, min ${ratio.min.toFixed(1)}x); ` +
          `${bytesRatio.max <= 1.1 ? 'PASS' : 'MISS'} bytes moved within 10 % of the layer bytes (max ${bytesRatio.max.toFixed(3)})`,
      );
    }
  } finally {
    await Promise.all([proxyA.close(), proxyB.close()]);
    await Promise.all([destination.stop(), other.stop()]);
    store.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}
