// Figures for the deploy stage:
// - client CPU and wall time of one create-and-wait against the Cloud Run emulator (in a process of its own, ready
//   at once), for the deploy stage (bundled, plain node) and for `gcloud run services replace`, interleaved;
// - how long after the emulator turns Ready the stage notices, over 20 deploys with random ready delays, and the
//   shortest gap between two of its polls.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { cloudRunApi, runBaseUrl } from '../src/deploy/api.js';
import { deployRevision } from '../src/deploy/index.js';
import { createApiClient } from '../src/gcp/http.js';
import { startCloudRunEmulator } from '../test/support/cloud-run-emulator.js';
import { ensureRegionalLocalhost, gcloudRunFlags, gcloudSandbox } from '../test/support/gcloud.js';
import { renderTemplate } from '../test/support/template.js';

const RUNS = 5;
const NOTICE_RUNS = 20;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function rendered(service: string): Record<string, unknown> {
  return renderTemplate({
    IMAGE: `europe-docker.pkg.dev/p/r/postgrest@sha256:${'a'.repeat(64)}`,
    SERVICE: service,
    REVISION: 'b1',
    PROJECT_ID: 'demo-project',
    REGION: 'us-west1',
  });
}

/**
 * Run `command` under bash and read the CPU time its children used (bash's `times`), the wall time, and the
 * first line the command printed.
 */
async function measure(
  command: string,
  env: NodeJS.ProcessEnv,
): Promise<{ cpuMs: number; wallMs: number; printed: string }> {
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const script = `out=$(mktemp); (${command}) >"$out" 2>/dev/null || echo FAILED; head -1 "$out"; rm -f "$out"; times`;
    const child = spawn('bash', ['-c', script], { env });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      resolve(text);
    });
  });
  const wallMs = performance.now() - started;
  if (output.includes('FAILED')) throw new Error(`failed: ${command}`);
  // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.123s".
  const children = output.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return {
    cpuMs: (seconds.reduce((a, b) => a + b, 0) || NaN) * 1000,
    wallMs,
    // the line before `times`'s two: what the command printed first
    printed: output.trim().split('\n').at(-3) ?? '',
  };
}

async function cpuRatio(): Promise<void> {
  const emulator = spawn('node', ['--import', 'tsx', 'test/support/cloud-run-emulator-main.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    emulator.stdout.once('data', (chunk: Buffer) => {
      resolve(chunk.toString().trim());
    });
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-bench-deploy-'));
  const bundle = path.join(dir, 'deploy-once.mjs');
  await build({
    entryPoints: ['bench/deploy-once.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  ensureRegionalLocalhost();
  const { env, tokenFile } = gcloudSandbox();
  const gcloudEnv = { ...env, CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: url };
  const ours: Awaited<ReturnType<typeof measure>>[] = [];
  const theirs: Awaited<ReturnType<typeof measure>>[] = [];
  const floor: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const oursName = `bench-ours-${String(i)}`;
    const json = path.join(dir, `${oursName}.json`);
    writeFileSync(json, JSON.stringify(rendered(oursName)));
    const gcloudName = `bench-gcloud-${String(i)}`;
    const yaml = path.join(dir, `${gcloudName}.yaml`);
    writeFileSync(yaml, stringify(rendered(gcloudName)));
    const a = await measure(`node ${bundle} ${url} ${oursName} ${json}`, process.env);
    const b = await measure(
      ['gcloud run services replace', yaml, ...gcloudRunFlags('demo-project', tokenFile)].join(' '),
      gcloudEnv,
    );
    const c = await measure('node -e ""', process.env);
    if (i > 0) {
      // the first round warms caches (gcloud's compiled Python, the page cache)
      ours.push(a);
      theirs.push(b);
      floor.push(c.cpuMs);
    }
  }
  emulator.stdin.end();
  const oursCpu = median(ours.map((m) => m.cpuMs));
  const theirsCpu = median(theirs.map((m) => m.cpuMs));
  const stageCpu = median(ours.map((m) => Number(m.printed)));
  const nodeFloor = median(floor);
  const ratio = theirsCpu / oursCpu;
  const inProcessRatio = theirsCpu / stageCpu;
  console.log(
    `deploy: one create-and-wait against the emulator (ready at once), median of ${String(RUNS)}, CPU = user + system`,
  );
  console.log(
    `  deploy stage as a node process of its own: CPU ${oursCpu.toFixed(0)} ms, wall ${median(ours.map((m) => m.wallMs)).toFixed(0)} ms (node doing nothing: ${nodeFloor.toFixed(0)} ms CPU)`,
  );
  console.log(`  deploy stage inside a running process (the action's case): CPU ${stageCpu.toFixed(1)} ms`);
  console.log(
    `  gcloud run services replace: CPU ${theirsCpu.toFixed(0)} ms, wall ${median(theirs.map((m) => m.wallMs)).toFixed(0)} ms`,
  );
  console.log(
    `  gcloud uses ${ratio.toFixed(1)}x the CPU of our process, ${inProcessRatio.toFixed(0)}x the CPU of the stage in the action's process (target: at least 10x)`,
  );
  console.log(
    `${ratio >= 10 ? 'PASS' : 'MISS'} process against process (${ratio.toFixed(1)}x; node's own start-up alone is ${nodeFloor.toFixed(0)} ms); ` +
      `${inProcessRatio >= 10 ? 'PASS' : 'MISS'} stage in the action's process against gcloud (${inProcessRatio.toFixed(0)}x)`,
  );
}

async function noticing(): Promise<void> {
  const emulator = await startCloudRunEmulator();
  const api = cloudRunApi(
    createApiClient({ accessToken: () => Promise.resolve('bench-token') }),
    runBaseUrl('us-west1', emulator.url),
    'demo-project',
  );
  const delays: number[] = [];
  const gaps: number[] = [];
  try {
    for (let i = 0; i < NOTICE_RUNS; i++) {
      const name = `notice-${String(i)}`;
      const readyAfterMs = 300 + Math.round(Math.random() * 4700);
      emulator.setRevisionOutcome(() => ({ readyAfterMs }));
      await deployRevision(
        rendered(name),
        { projectId: 'demo-project', region: 'us-west1', service: name, waitTimeoutMs: 60_000 },
        { revisionSuffix: 'b1' },
        { api, log: () => undefined },
      );
      const noticed = Date.now();
      const settled = emulator.revisionSettlesAt('demo-project', `${name}-b1`) ?? NaN;
      delays.push(noticed - settled);
      const polls = emulator.requests
        .filter((r) => r.method === 'GET' && r.url.includes(`/services/${name}`))
        .map((r) => r.at);
      for (let p = 1; p < polls.length; p++) gaps.push((polls[p] ?? 0) - (polls[p - 1] ?? 0));
    }
  } finally {
    await emulator.close();
  }
  const sorted = [...delays].sort((a, b) => a - b);
  console.log(`wait: noticing Ready, ${String(NOTICE_RUNS)} deploys with ready delays of 0.3-5 s`);
  console.log(
    `  after Ready: median ${median(delays).toFixed(0)} ms, p90 ${(sorted[Math.floor(sorted.length * 0.9)] ?? NaN).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms (target: median under 1 s)`,
  );
  const shortest = Math.min(...gaps);
  console.log(`  shortest gap between two polls: ${shortest.toFixed(0)} ms (target: at least 250 ms)`);
  console.log(
    median(delays) < 1000 && shortest >= 245
      ? 'PASS noticed within 1 s, polls at most every 250 ms'
      : 'MISS noticing or poll rate',
  );
}

/** Run the deploy figures. */
export async function benchDeploy(): Promise<void> {
  await cpuRatio();
  await noticing();
}
