// The action against a simulated real cloud: every API call (Cloud Run, Cloud Build, the registry) answered after
// 100 ms, a revision Ready 8 s after it is created, a Cloud Build build done 45 s after it is submitted. What the
// action adds to the wait it cannot shorten (Cloud Run's Ready time) is its wall time minus those 8 s:
// - a full deploy with builder assemble (a new service; the image not yet in its repository, so assembled);
// - an update of an existing service (the image found; a new revision by replace, Ready, then promote);
// each paired with the node floor (`node -e ""`) of the same round; and next to them the same full deploy through
// Cloud Build. The smoke test is off (there is no PostgREST behind the emulated URLs).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCloudBuildEmulator } from '../test/support/cloud-build-emulator.js';
import { startCloudRunEmulator } from '../test/support/cloud-run-emulator.js';
import {
  buildBusyboxStandin,
  buildPostgrestStandin,
  createContainerStore,
} from '../test/support/containers.js';
import { ensureRegionalLocalhost } from '../test/support/gcloud.js';
import { startRegistry } from '../test/support/registry.js';
import { LOCAL_BASE, LOCAL_POSTGREST, pushSources } from '../test/support/sources.js';
import { actionEnv, measure, pushPlaceholder } from './pipeline.js';

const API_MS = 100;
const READY_MS = 8_000;
const CLOUD_BUILD_MS = 45_000;
/** Paired rounds after a warm-up (at least 7 for the figures). */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
/** Deploys through Cloud Build (45 s each): for comparison only. */
const CLOUD_BUILD_ROUNDS = Number(process.env['BENCH_CLOUD_BUILD_ROUNDS'] ?? 2);
/** What the action may add to Cloud Run's Ready time. */
const TARGET_MS = 1_500;

const stats = (values: number[]): { min: number; median: number; max: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? NaN,
    median: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
};
const fmt = (s: { min: number; median: number; max: number }): string =>
  `min ${s.min.toFixed(0)} ms / median ${s.median.toFixed(0)} ms / max ${s.max.toFixed(0)} ms`;

/** A proxy in front of the registry that answers every request `ms` later, as a remote registry would. */
async function slowProxy(target: string, ms: number): Promise<{ host: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      `http://${target}${req.url ?? '/'}`,
      // The Host header is kept: the registry then names upload locations on the proxy, not behind it.
      { method: req.method, headers: req.headers },
      (answer) => {
        setTimeout(() => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        }, ms);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${String(port)}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The action's default spec with PGRST_DB_POOL from `vars` (POOL), so an update makes a new revision. */
function benchSpec(dir: string): string {
  const text = readFileSync('cloudbuild/service.yaml', 'utf8').replace(
    /(- name: PGRST_DB_POOL\n\s+value: )'10'/,
    "$1'$${POOL}'",
  );
  if (!text.includes('${POOL}')) throw new Error('cloudbuild/service.yaml: PGRST_DB_POOL not found');
  writeFileSync(path.join(dir, 'bench.yaml'), text);
  return 'bench.yaml';
}

/** Run the simulated-cloud figures. */
export async function benchCloud(): Promise<void> {
  ensureRegionalLocalhost();
  const store = createContainerStore();
  const registry = await startRegistry();
  await Promise.all([buildBusyboxStandin(store, LOCAL_BASE), buildPostgrestStandin(store, LOCAL_POSTGREST)]);
  const direct = await pushSources(store, registry, 'mirror');
  const proxy = await slowProxy(registry.host, API_MS);
  const cloudBuild = await startCloudBuildEmulator({
    latencyMs: API_MS,
    buildMs: CLOUD_BUILD_MS,
    pollsUntilDone: 1,
    execute: async (build) =>
      Object.fromEntries(
        await Promise.all(
          build.images.map(
            async (image) =>
              [
                image,
                await pushPlaceholder(
                  registry.host,
                  registry.token,
                  image.replace(proxy.host, registry.host),
                ),
              ] as const,
          ),
        ),
      ),
  });
  const cloudRun = await startCloudRunEmulator({
    latencyMs: API_MS,
    revisionOutcome: () => ({ readyAfterMs: READY_MS }),
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-bench-cloud-'));
  const tokenFile = path.join(dir, 'token');
  writeFileSync(tokenFile, `${registry.token}\n`);
  const extra = {
    CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: cloudBuild.url,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: cloudRun.url,
    GITHUB_WORKSPACE: dir,
  };
  const common = {
    project_id: 'demo-project',
    region: 'us-west1',
    // Neither the smoke test nor the certificate preflight: the figures are the build and deploy path's.
    smoke: 'false',
    preflight: 'false',
    spec: benchSpec(dir),
    postgrest_image: direct.postgrestImage.replace(registry.host, proxy.host),
    base_image: direct.baseImage.replace(registry.host, proxy.host),
  };
  const action = (inputs: Record<string, string>) =>
    measure('node', [path.resolve('dist/index.js')], actionEnv({ ...common, ...inputs }, extra));
  try {
    const deploy: number[] = [];
    const update: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round <= ROUNDS; round += 1) {
      const service = `sim-${String(round)}`;
      const repository = `${proxy.host}/sim-${String(round)}/postgrest`;
      const first = await action({ service, repository, builder: 'assemble', vars: 'POOL=10' });
      const second = await action({ service, repository, builder: 'assemble', vars: 'POOL=11' });
      const node = await measure('node', ['-e', ''], process.env);
      if (round === 0) continue; // a warm-up: page cache, the registry's first writes
      deploy.push(first.wallMs - READY_MS);
      update.push(second.wallMs - READY_MS);
      floor.push(node.wallMs);
    }
    const viaCloudBuild: number[] = [];
    for (let round = 0; round < CLOUD_BUILD_ROUNDS; round += 1) {
      const service = `cb-${String(round)}`;
      const repository = `${proxy.host}/cb-${String(round)}/postgrest`;
      const built = await action({ service, repository, builder: 'cloudbuild', vars: 'POOL=10' });
      viaCloudBuild.push(built.wallMs);
    }
    const [d, u, f] = [stats(deploy), stats(update), stats(floor)];
    console.log(
      `simulated cloud: ${String(API_MS)} ms per API call (Cloud Run, Cloud Build, registry), Ready after ${String(READY_MS / 1000)} s, Cloud Build ${String(CLOUD_BUILD_MS / 1000)} s; the action as a process (node dist/index.js), smoke test off; ${String(ROUNDS)} paired rounds after a warm-up`,
    );
    console.log(`  full deploy, builder assemble (new service, image assembled): wall minus Ready ${fmt(d)}`);
    console.log(
      `  update of an existing service (replace + promote):              wall minus Ready ${fmt(u)}`,
    );
    console.log(`  node floor (node -e ""), paired:                                ${fmt(f)}`);
    const cb = stats(viaCloudBuild);
    console.log(
      `  full deploy, builder cloudbuild (${String(CLOUD_BUILD_ROUNDS)} runs): wall ${fmt(cb)}; minus Ready and the build's ${String(CLOUD_BUILD_MS / 1000)} s: median ${(cb.median - READY_MS - CLOUD_BUILD_MS).toFixed(0)} ms`,
    );
    console.log(
      `  full deploy, assemble against cloudbuild: median ${(d.median + READY_MS).toFixed(0)} ms against ${cb.median.toFixed(0)} ms (${(cb.median / (d.median + READY_MS)).toFixed(1)}x)`,
    );
    const worst = Math.max(d.median, u.median);
    console.log(
      `${worst <= TARGET_MS ? 'PASS' : 'MISS'} wall time minus Ready at most ${String(TARGET_MS)} ms (medians: deploy ${d.median.toFixed(0)} ms, update ${u.median.toFixed(0)} ms; max ${Math.max(d.max, u.max).toFixed(0)} ms)`,
    );
  } finally {
    await Promise.all([cloudBuild.close(), cloudRun.close(), proxy.close()]);
    await registry.stop();
    store.remove();
  }
}
