// The certificate preflight in the pipeline, over HTTP: the real Secret Manager client against its emulator holding
// certificates made by openssl, and the Cloud Run emulator that must see nothing when a certificate is bad. Each
// project below holds the action's template's three secrets (client cert, key, server CA) in another state.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parsePipelineConfig } from '../../src/config/index.js';
import { actionDefaults } from '../../src/defaults.js';
import type { PipelineIo } from '../../src/pipeline.js';
import { defaultPipelineDependencies, PipelineError, runPipeline } from '../../src/pipeline.js';
import type { CloudRunEmulator } from '../support/cloud-run-emulator.js';
import { startCloudRunEmulator } from '../support/cloud-run-emulator.js';
import { startSecretManagerEmulator } from '../support/secret-manager-emulator.js';
import type { ClientCertificates } from '../support/tls.js';
import { createClientCertificates } from '../support/tls.js';

const SPEC = readFileSync('cloudbuild/service.yaml', 'utf8');
const IMAGE = `europe-docker.pkg.dev/p/r/postgrest@sha256:${'c'.repeat(64)}`;
let cloudRun: CloudRunEmulator;
let secretManager: Awaited<ReturnType<typeof startSecretManagerEmulator>>;
let tokenFile = '';
let counter = 0;

/** The template's three secrets in `project`, each at version 1 (what `latest` resolves to). */
const templateSecrets = (project: string, set: ClientCertificates): Record<string, string> => ({
  [`projects/${project}/secrets/postgrest-client-cert/versions/1`]: set.cert,
  [`projects/${project}/secrets/postgrest-client-key/versions/1`]: set.key,
  [`projects/${project}/secrets/postgres-server-ca/versions/1`]: set.ca,
});

beforeAll(async () => {
  const directory = () => mkdtempSync(path.join(tmpdir(), 'pgrst-preflight-'));
  const [valid, expired] = await Promise.all([
    createClientCertificates(directory(), { cn: 'authenticator' }),
    createClientCertificates(directory(), {
      cn: 'authenticator',
      notBefore: new Date('2023-01-01T00:00:00Z'),
      notAfter: new Date('2024-01-01T00:00:00Z'),
    }),
  ]);
  secretManager = await startSecretManagerEmulator(
    {
      ...templateSecrets('good', valid),
      ...templateSecrets('expired', expired),
      ...templateSecrets('denied', valid),
    },
    { denied: ['projects/denied/secrets/postgrest-client-key'] },
  );
  cloudRun = await startCloudRunEmulator({ revisionOutcome: () => ({ readyAfterMs: 10 }) });
  tokenFile = path.join(directory(), 'token');
  writeFileSync(tokenFile, 'an-access-token-for-the-emulators\n');
});
afterAll(async () => {
  await Promise.all([cloudRun.close(), secretManager.close()]);
});

/** Deploy the action's template to `project` (no smoke test), in-process with the real clients. */
async function deploy(project: string, inputs: Record<string, string> = {}) {
  counter += 1;
  const defaults = actionDefaults();
  const all: Record<string, string> = {
    project_id: project,
    region: 'us-west1',
    service: 'postgrest',
    image: IMAGE,
    smoke: 'false',
    wait_timeout: '30',
    ...inputs,
  };
  const config = parsePipelineConfig(
    (name) => all[name] ?? defaults[name] ?? '',
    (name) => `input \`${name}\``,
  );
  const lines: string[] = [];
  const env = {
    CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: cloudRun.url,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER: secretManager.url,
  };
  const io: PipelineIo = {
    log: (line) => lines.push(line),
    group: (name, fn) => {
      lines.push(`== ${name}`);
      return fn();
    },
    mask: () => undefined,
    setOutput: () => undefined,
    specFile: { name: 'cloudbuild/service.yaml', text: SPEC },
    run: { id: String(8_000 + counter), attempt: '1' },
  };
  const runRequests = cloudRun.requests.length;
  const secretRequests = secretManager.requests.length;
  try {
    const report = await runPipeline(config, io, defaultPipelineDependencies(config, env, io));
    return { report, lines, error: undefined, ...sent(runRequests, secretRequests, project) };
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    return { report: error.report, lines, error, ...sent(runRequests, secretRequests, project) };
  }
}

/** What the run sent to each emulator. */
function sent(runRequests: number, secretRequests: number, project: string) {
  return {
    toCloudRun: cloudRun.requests.slice(runRequests).filter((r) => r.url.includes(`/namespaces/${project}/`)),
    toSecretManager: secretManager.requests.slice(secretRequests),
  };
}

const READS = (project: string) => [
  `GET /v1/projects/${project}/secrets/postgrest-client-cert/versions/latest:access`,
  `GET /v1/projects/${project}/secrets/postgrest-client-key/versions/latest:access`,
  `GET /v1/projects/${project}/secrets/postgres-server-ca/versions/latest:access`,
];

describe('the certificate preflight through Secret Manager', { timeout: 60_000 }, () => {
  test('good certificates: each check passes, then the revision is deployed', async () => {
    const result = await deploy('good');
    expect(result.error).toBeUndefined();
    expect(result.toSecretManager).toEqual(READS('good'));
    expect(result.report.preflight?.checks.map((c) => c.verdict)).not.toContain('failed');
    expect(result.report.diagnostics.map((d) => d.rule)).toEqual(Array(3).fill('pgrst/cert-latest'));
    expect(result.toCloudRun.some((r) => r.method === 'POST')).toBe(true);
  });

  test('an expired client certificate: the run stops before Cloud Run hears of it', async () => {
    const result = await deploy('expired');
    expect(result.error?.message).toBe(
      'the certificate preflight found 1 error in what cloudbuild/service.yaml mounts: nothing was sent to Cloud Run',
    );
    expect(result.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        rule: 'pgrst/cert-expired',
        line: SPEC.split('\n').indexOf('              - key: latest') + 1,
        message:
          'sslcert=/opt/secrets/client-cert/client.crt: the client certificate (CN=authenticator) expired on 2024-01-01',
      }),
    ]);
    expect(result.toCloudRun).toEqual([]);
  });

  test('a key the account may not read (403): a warning naming the role, and the deploy goes on', async () => {
    const result = await deploy('denied');
    expect(result.error).toBeUndefined();
    expect(result.report.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'pgrst/cert-access',
        severity: 'warning',
        fix: expect.stringContaining(
          'gcloud secrets add-iam-policy-binding postgrest-client-key --project denied',
        ) as unknown,
      }),
    );
    expect(result.toCloudRun.some((r) => r.method === 'POST')).toBe(true);
  });

  test('dry_run validate runs it (and stops); dry_run true and preflight false read nothing', async () => {
    const validate = await deploy('expired', { dry_run: 'validate' });
    expect(validate.error?.message).toMatch(/certificate preflight found 1 error/);
    expect(validate.toSecretManager).toEqual(READS('expired'));
    expect(validate.toCloudRun).toEqual([]);
    const skipping: Record<string, string>[] = [
      { dry_run: 'true' },
      { preflight: 'false', dry_run: 'validate' },
    ];
    for (const inputs of skipping) {
      const skipped = await deploy('expired', inputs);
      expect(skipped.error).toBeUndefined();
      expect(skipped.toSecretManager).toEqual([]);
    }
  });
});
