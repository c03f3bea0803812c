// The pipeline in-process against the Cloud Run emulator: each step's budget is its own, and a failure that cannot
// be rolled back says both. The smoke target is a revision that stays cold (503) until the smoke test gives up.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigError, parsePipelineConfig } from '../../src/config/index.js';
import { actionDefaults } from '../../src/defaults.js';
import type { PipelineIo } from '../../src/pipeline.js';
import { defaultPipelineDependencies, PipelineError, runPipeline } from '../../src/pipeline.js';
import type { CloudRunEmulator } from '../support/cloud-run-emulator.js';
import { startCloudRunEmulator } from '../support/cloud-run-emulator.js';
import type { FaultProxy } from '../support/fault-proxy.js';
import { startFaultProxy } from '../support/fault-proxy.js';

const PROJECT = 'demo-project';
const image = (digit: string) => `europe-docker.pkg.dev/p/r/postgrest@sha256:${digit.repeat(64)}`;
const SECRET = 'a-secret-of-at-least-thirty-two-characters';
let emulator: CloudRunEmulator;
let proxy: FaultProxy;
let cold: http.Server;
let coldUrl = '';
/** Added to the pipeline's clock by each request to the cold revision: its smoke test "takes" that long. */
let clockOffset = 0;
let minutesPerSmokeRequest = 0;
let tokenFile = '';
let counter = 0;

beforeAll(async () => {
  cold = http.createServer((_, res) => {
    clockOffset += minutesPerSmokeRequest * 60_000;
    res.writeHead(503, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ code: 'PGRST002', message: 'Could not query the database for the schema cache.' }),
    );
  });
  await new Promise<void>((resolve) => cold.listen(0, '127.0.0.1', resolve));
  coldUrl = `http://127.0.0.1:${String((cold.address() as AddressInfo).port)}`;
  emulator = await startCloudRunEmulator({
    revisionOutcome: () => ({ readyAfterMs: 30 }),
    urls: { service: () => coldUrl, tag: () => coldUrl },
  });
  proxy = await startFaultProxy(emulator.url);
  tokenFile = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-pipeline-')), 'token');
  writeFileSync(tokenFile, 'an-access-token-for-the-emulator\n');
});
afterAll(async () => {
  await proxy.close();
  await emulator.close();
  await new Promise<void>((resolve) => {
    cold.close(() => {
      resolve();
    });
  });
});

/** Run the pipeline in-process with these inputs (action.yml's defaults for the rest). */
async function run(
  inputs: Record<string, string>,
  runEndpoint = emulator.url,
  extraEnv: NodeJS.ProcessEnv = {},
) {
  counter += 1;
  const defaults = actionDefaults();
  const config = parsePipelineConfig(
    (name) => inputs[name] ?? defaults[name] ?? '',
    (name) => `input \`${name}\``,
  );
  const lines: string[] = [];
  const env = {
    CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: runEndpoint,
    ...extraEnv,
  };
  const io: PipelineIo = {
    log: (line) => lines.push(line),
    group: (name, fn) => {
      lines.push(`== ${name}`);
      return fn();
    },
    mask: () => undefined,
    setOutput: () => undefined,
    specFile: { name: 'cloudbuild/service.yaml', text: readFileSync('cloudbuild/service.yaml', 'utf8') },
    run: { id: String(7_000 + counter), attempt: '1' },
    now: () => Date.now() + clockOffset,
  };
  try {
    const report = await runPipeline(config, io, defaultPipelineDependencies(config, env, io));
    return { report, lines };
  } catch (error) {
    if (error instanceof PipelineError) return { error, report: error.report, lines };
    // Settings refused before the run starts (an endpoint override, say) come before any report.
    if (error instanceof ConfigError) return { error, report: undefined, lines };
    throw error;
  }
}

/** A deploy of `service`; each image makes a new revision. */
const inputs = (service: string, digit = 'b') => ({
  project_id: PROJECT,
  region: 'us-west1',
  service,
  image: image(digit),
  smoke_role: 'web_user',
  jwt_secret: SECRET,
  wait_timeout: '30',
  smoke_timeout: '1',
  // The certificates have their own test (preflight.test.ts); these runs have no Secret Manager to read them from.
  preflight: 'false',
});
const trafficOf = (name: string) =>
  (emulator.service(PROJECT, name)?.['spec'] as { traffic: { tag?: string }[] }).traffic;

describe('each step has a budget of its own', () => {
  test("a smoke test that outlasts the deploy step's budget still leaves the roll back its own time", async () => {
    const service = `budget-${String(counter)}`;
    // A first revision serving; the second one stays cold.
    minutesPerSmokeRequest = 0;
    const first = await run({ ...inputs(service, 'a'), smoke: 'false' });
    expect(first.error, first.lines.join('\n')).toBeUndefined();
    // While the second revision is smoke-tested, half an hour passes on the pipeline's clock: far beyond the deploy
    // step's budget (wait_timeout 30 s and a minute).
    minutesPerSmokeRequest = 10;
    const second = await run(inputs(service));
    minutesPerSmokeRequest = 0;
    expect(second.error?.message).toMatch(
      /^the smoke test of \S+ failed; traffic is as it was before this run: /,
    );
    expect(second.error?.message).not.toContain('roll back failed');
    expect(second.lines).toContain('== Rolling back');
    expect(trafficOf(service).filter((t) => t.tag?.startsWith('run-'))).toEqual([]);
  });

  test('when the smoke test and the roll back both fail, the error names both', async () => {
    const service = `both-${String(counter)}`;
    const first = await run({ ...inputs(service, 'a'), smoke: 'false' });
    expect(first.error).toBeUndefined();
    // Every write after the deploy's own is refused, quoting nothing useful: the roll back cannot happen. (Counted,
    // not timed: a busy machine must not move the refusal onto the deploy's own write.)
    proxy.loseAnswer(
      'PUT',
      new RegExp(`/services/${service}$`),
      { kind: 'echo-authorization', status: 403 },
      10,
      1,
    );
    const second = await run(inputs(service), proxy.url);
    expect(second.error?.message).toMatch(
      /^the smoke test of \S+ failed; traffic is as it was before this run: .*; and the roll back failed too, so tag run-\S+ may still be on \S+ \(no traffic\): Cloud Run refused to replace service/,
    );
  });
});

describe('endpoints', () => {
  test('an endpoint override that may not receive the access token stops the run before anything is sent', async () => {
    const requests = emulator.requests.length;
    const result = await run(inputs(`endpoint-${String(counter)}`), emulator.url, {
      CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER: 'http://metadata.example.net/',
    });
    expect(result.error?.message).toMatch(
      /^CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER is "http:\/\/metadata\.example\.net\/", which may not receive the Google access token/,
    );
    expect(emulator.requests.length).toBe(requests);
  });
});
