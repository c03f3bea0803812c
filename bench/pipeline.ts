// Figures for the whole action:
// - its CPU and wall time for a full pipeline (image lookup, Cloud Build, deploy with no traffic, promote) against
//   zero-latency emulators, next to the same work done with gcloud (`builds submit` + `run services replace` +
//   `run services update-traffic`), as a ratio in one run; the smoke test is off on both sides (gcloud has none);
// - the API requests each mode sends, counted at the emulators and at a counting proxy in front of the registry.
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse, stringify } from 'yaml';
import { startCloudBuildEmulator } from '../test/support/cloud-build-emulator.js';
import { startCloudRunEmulator } from '../test/support/cloud-run-emulator.js';
import { ensureRegionalLocalhost, gcloudRunFlags, gcloudSandbox } from '../test/support/gcloud.js';
import { startRegistry } from '../test/support/registry.js';

const RUNS = 3;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** A proxy in front of the registry that counts requests: the registry's own log does not. */
async function countingProxy(
  target: string,
): Promise<{ host: string; count: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server = http.createServer((req, res) => {
    count += 1;
    const upstream = http.request(
      `http://${target}${req.url ?? '/'}`,
      { method: req.method, headers: { ...req.headers, host: target } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${String(port)}`,
    count: () => count,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/**
 * Push a minimal OCI image (a one-line config, no layers) under `image` through the distribution API, as Cloud Build
 * would push the built one; returns the registry's digest. The emulator's build then really lands in the registry,
 * so a redeploy of the same context finds it.
 */
export async function pushPlaceholder(registryHost: string, token: string, image: string): Promise<string> {
  const authorization = `Basic ${Buffer.from(`oauth2accesstoken:${token}`).toString('base64')}`;
  const [name = '', tag = ''] = image.slice(image.indexOf('/') + 1).split(':');
  // The config names the tag: distinct builds get distinct digests, as real ones do.
  const config = Buffer.from(JSON.stringify({ built: image }));
  const { createHash } = await import('node:crypto');
  const configDigest = `sha256:${createHash('sha256').update(config).digest('hex')}`;
  const start = await fetch(`http://${registryHost}/v2/${name}/blobs/uploads/`, {
    method: 'POST',
    headers: { authorization },
  });
  const location = new URL(start.headers.get('location') ?? '', `http://${registryHost}`);
  location.searchParams.set('digest', configDigest);
  await fetch(location, {
    method: 'PUT',
    headers: { authorization, 'content-type': 'application/octet-stream' },
    body: config,
  });
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: configDigest,
      size: config.length,
    },
    layers: [],
  });
  const put = await fetch(`http://${registryHost}/v2/${name}/manifests/${tag}`, {
    method: 'PUT',
    headers: { authorization, 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  return put.headers.get('docker-content-digest') ?? '';
}

/** Run a command under bash; its children's CPU (bash's `times`) and the wall time. */
export async function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ cpuMs: number; wallMs: number }> {
  const started = performance.now();
  const quoted = [command, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const output = await new Promise<string>((resolve) => {
    const child = spawn('bash', ['-c', `${quoted} >/dev/null 2>&1 || echo FAILED; times`], { env });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('close', () => {
      resolve(text);
    });
  });
  if (output.includes('FAILED')) throw new Error(`failed: ${command} ${args.join(' ')}`);
  const children = output.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { cpuMs: seconds.reduce((a, b) => a + b, 0) * 1000, wallMs: performance.now() - started };
}

export function actionEnv(inputs: Record<string, string>, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-bench-action-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    ...extra,
  };
  writeFileSync(path.join(dir, 'output'), '');
  writeFileSync(path.join(dir, 'summary'), '');
  for (const [name, input] of Object.entries(action.inputs)) {
    const fallback = input.default;
    const value =
      inputs[name] ??
      (typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean'
        ? String(fallback)
        : '');
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return env;
}

/** Run the pipeline figures. */
export async function benchPipeline(): Promise<void> {
  ensureRegionalLocalhost();
  const registry = await startRegistry();
  const proxy = await countingProxy(registry.host);
  const cloudBuild = await startCloudBuildEmulator({
    pollsUntilDone: 1,
    // The image lands in the registry (through the counting proxy's target, not counted) as a real build's would.
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
  const cloudRun = await startCloudRunEmulator({ revisionOutcome: () => ({ readyAfterMs: 0 }) });
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-bench-pipeline-'));
  const tokenFile = path.join(dir, 'token');
  writeFileSync(tokenFile, `${registry.token}\n`);
  const endpoints = {
    CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: cloudBuild.url,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: cloudRun.url,
  };
  const { env: gcloudEnv } = gcloudSandbox();
  const common = {
    project_id: 'demo-project',
    region: 'us-west1',
    // gcloud does neither the smoke test nor the certificate preflight.
    smoke: 'false',
    preflight: 'false',
    repository: `${proxy.host}/demo-project/postgrest`,
    // Compared with `gcloud builds submit`: the same Cloud Build on both sides.
    builder: 'cloudbuild',
  };
  try {
    const ours: { cpuMs: number; wallMs: number }[] = [];
    const theirs: { cpuMs: number; wallMs: number }[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      // A new PostgREST version each time: nothing to reuse, so both sides build, deploy and promote.
      const version = `v14.${String(20 + i)}`;
      const a = await measure(
        'node',
        [path.resolve('dist/index.js')],
        actionEnv({ ...common, service: `ours-${String(i)}`, postgrest_version: version }, endpoints),
      );
      const service = `theirs-${String(i)}`;
      const image = `${registry.host}/demo-project/postgrest/postgrest:gcloud-${String(i)}`;
      const rendered = spawnJson([
        'render',
        'cloudbuild/service.yaml',
        '--format',
        'json',
        '--postgrest-version',
        version,
        ...vars(service, image),
      ]);
      const yaml = path.join(dir, `${service}.yaml`);
      writeFileSync(yaml, stringify(JSON.parse(await rendered)));
      const gcloudCommon = ['--project', 'demo-project', '--access-token-file', tokenFile];
      const env = { ...gcloudEnv, ...endpoints };
      const b1 = await measure(
        'gcloud',
        [
          'builds',
          'submit',
          '--no-source',
          '--config',
          'cloudbuild/cloudbuild.yaml',
          '--substitutions',
          `_IMAGE=${image},_POSTGREST_VERSION=${version}`,
          ...gcloudCommon,
        ],
        env,
      );
      const runCommon = gcloudRunFlags('demo-project', tokenFile);
      const b2 = await measure('gcloud', ['run', 'services', 'replace', yaml, ...runCommon], env);
      const b3 = await measure(
        'gcloud',
        ['run', 'services', 'update-traffic', service, '--to-latest', ...runCommon],
        env,
      );
      if (i > 0) {
        ours.push(a);
        theirs.push({ cpuMs: b1.cpuMs + b2.cpuMs + b3.cpuMs, wallMs: b1.wallMs + b2.wallMs + b3.wallMs });
      }
    }
    const oursCpu = median(ours.map((m) => m.cpuMs));
    const theirsCpu = median(theirs.map((m) => m.cpuMs));
    console.log(
      `pipeline: build + deploy with no traffic + promote against zero-latency emulators, median of ${String(RUNS)} (smoke test off on both sides)`,
    );
    console.log(
      `  the action (node dist/index.js): CPU ${oursCpu.toFixed(0)} ms, wall ${median(ours.map((m) => m.wallMs)).toFixed(0)} ms`,
    );
    console.log(
      `  gcloud builds submit + run services replace + update-traffic: CPU ${theirsCpu.toFixed(0)} ms, wall ${median(theirs.map((m) => m.wallMs)).toFixed(0)} ms`,
    );
    const ratio = theirsCpu / oursCpu;
    console.log(`  gcloud uses ${ratio.toFixed(1)}x the CPU (target: at least 10x)`);
    console.log(
      ratio >= 10
        ? 'PASS at least 10x less CPU than gcloud'
        : `MISS ${ratio.toFixed(1)}x less CPU than gcloud, not 10x`,
    );
    // How much of the action's CPU is node itself starting.
    const nodeAlone = await measure('node', ['-e', ''], process.env);
    console.log(`  of the action's CPU, node doing nothing takes ${nodeAlone.cpuMs.toFixed(0)} ms`);

    // Requests per mode, each counted at the emulators and the registry proxy.
    const count = () => ({
      run: cloudRun.requests.length,
      build: cloudBuild.requests.length,
      registry: proxy.count(),
    });
    const modes: [string, Record<string, string>][] = [
      ['first deploy (build, create, promote)', { service: 'modes', postgrest_version: 'v14.40' }],
      ['unchanged redeploy', { service: 'modes', postgrest_version: 'v14.40' }],
      ['new version (build, replace, promote)', { service: 'modes', postgrest_version: 'v14.41' }],
      ['preview', { service: 'modes', postgrest_version: 'v14.41', preview_tag: 'pr-1' }],
      ['remove a tag', { service: 'modes', remove_tag: 'pr-1', repository: '' }],
      ['dry run', { service: 'modes', postgrest_version: 'v14.42', dry_run: 'true' }],
    ];
    console.log('requests per run, by mode (Cloud Run / Cloud Build / registry):');
    for (const [mode, inputs] of modes) {
      const before = count();
      const { cpuMs } = await measure(
        'node',
        [path.resolve('dist/index.js')],
        actionEnv({ ...common, ...inputs }, mode === 'dry run' ? {} : endpoints),
      );
      const after = count();
      console.log(
        `  ${mode.padEnd(40)} ${String(after.run - before.run).padStart(3)} / ${String(after.build - before.build).padStart(2)} / ${String(after.registry - before.registry).padStart(2)}   (action CPU ${cpuMs.toFixed(0)} ms)`,
      );
    }
  } finally {
    await Promise.all([cloudBuild.close(), cloudRun.close(), proxy.close()]);
    await registry.stop();
  }
}

function vars(service: string, image: string): string[] {
  return [
    'IMAGE',
    image,
    'SERVICE',
    service,
    'REVISION',
    'g1',
    'PROJECT_ID',
    'demo-project',
    'REGION',
    'us-west1',
  ].flatMap((value, index, all) => (index % 2 === 0 ? ['--var', `${value}=${all[index + 1] ?? ''}`] : []));
}

async function spawnJson(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['dist/cli.js', ...args]);
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('close', (code) => {
      if (code === 0) resolve(text);
      else reject(new Error(`pgrst-cloudrun ${args.join(' ')} failed`));
    });
  });
}
