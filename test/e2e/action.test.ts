// The action end to end, as the Actions runner runs it (node dist/index.js, INPUT_*, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY), against the Cloud Build emulator (which really builds with buildah and pushes), the real
// registry, the Cloud Run emulator, Secret Manager's emulator and the PostgREST stand-in on a real PostgreSQL.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ActionRun } from '../support/action.js';
import { NODE, runAction, workspaceWith } from '../support/action.js';
import { TEST_JWT_SECRET, useApiDatabase } from '../support/api-database.js';
import { startCloudBuildEmulator } from '../support/cloud-build-emulator.js';
import { cloudBuildExecutor } from '../support/cloud-build-executor.js';
import type { CloudRunEmulator } from '../support/cloud-run-emulator.js';
import { startCloudRunEmulator } from '../support/cloud-run-emulator.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import type { ContainerStore } from '../support/containers.js';
import { buildBusyboxStandin, buildPostgrestStandin, createContainerStore } from '../support/containers.js';
import type { PostgrestStandin } from '../support/postgrest-server.js';
import { startPostgrestStandin } from '../support/postgrest-server.js';
import type { TestRegistry } from '../support/registry.js';
import { startRegistry } from '../support/registry.js';
import { startSecretManagerEmulator } from '../support/secret-manager-emulator.js';
import type { ClientCertificates } from '../support/tls.js';
import { createClientCertificates } from '../support/tls.js';

const PROJECT = 'demo-project';
const SERVICE = 'postgrest';
const databaseOf = useApiDatabase();
let store: ContainerStore;
let registry: TestRegistry;
let cloudBuild: Awaited<ReturnType<typeof startCloudBuildEmulator>>;
let cloudRun: CloudRunEmulator;
let secretManager: Awaited<ReturnType<typeof startSecretManagerEmulator>>;
let standin: PostgrestStandin;
/** Answers for revisions marked broken: it holds another JWT secret, so their smoke test fails. */
let brokenStandin: PostgrestStandin;
/** Answers every request 401, quoting the Authorization header it got: a hostile or careless server. */
let echoServer: { url: string; close: () => Promise<void> };
let env: NodeJS.ProcessEnv;
let runNumber = 0;
/** The client certificates the template mounts (CN=authenticator, its user), and an expired pair. */
let certificates: ClientCertificates;
let expiredCertificates: ClientCertificates;

/** The template annotation that routes a revision's tag URL to the broken stand-in. */
const BROKEN = 'e2e.test/answers';

/** The inputs every deploy of the action's own template uses. */
const deployInputs = (): Record<string, string> => ({
  project_id: PROJECT,
  region: 'us-west1',
  service: SERVICE,
  repository: `${registry.host}/${PROJECT}/postgrest`,
  // These runs build through the Cloud Build emulator (which builds the Containerfile with buildah).
  builder: 'cloudbuild',
  smoke_role: 'web_user',
  smoke_checks: 'GET /items?limit=1 -> 200 as web_user',
});

/** One run of the deploy workflow: its own GITHUB_RUN_ID; run numbers restart per workflow (all are #12 here). */
async function deploy(
  inputs: Record<string, string> = {},
  workspace = workspaceWith({}),
): Promise<ActionRun> {
  runNumber += 1;
  return runAction({ ...deployInputs(), ...inputs }, workspace, {
    ...env,
    GITHUB_RUN_ID: String(9_000_000_000 + runNumber),
    GITHUB_RUN_NUMBER: '12',
    GITHUB_RUN_ATTEMPT: '1',
  });
}

/** A workspace whose spec is the action's template with its revisions marked to answer as `answers`. */
function workspaceAnswering(answers: 'broken' | 'fine' | 'echo', extra = ''): string {
  const workspace = workspaceWith({ 'deploy/service.yaml': 'cloudbuild/service.yaml' });
  const file = path.join(workspace, 'deploy/service.yaml');
  const text = readFileSync(file, 'utf8').replace(
    '      annotations:\n        autoscaling.knative.dev/maxScale',
    `      annotations:\n        ${BROKEN}: ${answers}${extra}\n        autoscaling.knative.dev/maxScale`,
  );
  if (!text.includes(BROKEN)) throw new Error('the template changed: mark its revisions another way');
  writeFileSync(file, text);
  return workspace;
}

/** Wait until `predicate` holds of the emulator (polling), for runs that must interleave in a given order. */
async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !predicate(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!predicate()) throw new Error('the awaited state never came');
}

const traffic = () =>
  (cloudRun.service(PROJECT, SERVICE)?.['spec'] as { traffic: unknown[] } | undefined)?.traffic;

async function startEchoServer() {
  const server = http.createServer((req, res) => {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ code: 'PGRST301', message: `rejected ${req.headers.authorization ?? 'nothing'}` }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

beforeAll(async () => {
  store = createContainerStore();
  registry = await startRegistry();
  await Promise.all([
    buildBusyboxStandin(store, 'docker.io/library/busybox:1.37.0'),
    buildPostgrestStandin(store, 'docker.io/postgrest/postgrest:v14.17'),
    buildPostgrestStandin(store, 'docker.io/postgrest/postgrest:v14.18'),
  ]);
  // One stand-in answers every service and tag URL: /s/NAME and /t/NAME/TAG.
  const standinConfig = {
    version: 'v14.17',
    roleClaimKey: '.my."jwt-claims"."postgrest-role"',
    database: databaseOf(),
    pathPrefix: /^\/(?:s\/[^/?]+|t\/[^/?]+\/[^/?]+)/,
  } as const;
  standin = await startPostgrestStandin({ ...standinConfig, jwtSecret: TEST_JWT_SECRET });
  brokenStandin = await startPostgrestStandin({
    ...standinConfig,
    jwtSecret: 'another-secret-of-at-least-thirty-two-characters',
  });
  echoServer = await startEchoServer();
  cloudRun = await startCloudRunEmulator({
    revisionOutcome: () => ({ readyAfterMs: 30 }),
    urls: {
      service: (name) => `${standin.url}/s/${name}`,
      // Each tag answers as its revision does: a revision marked broken refuses correctly signed tokens.
      tag: (name, tag, revision) => {
        const annotations = (
          revision.template['metadata'] as { annotations?: Record<string, string> } | undefined
        )?.annotations;
        if (annotations?.[BROKEN] === 'echo') return `${echoServer.url}/t/${name}/${tag}`;
        const answering = annotations?.[BROKEN] === 'broken' ? brokenStandin : standin;
        return `${answering.url}/t/${name}/${tag}`;
      },
    },
  });
  cloudBuild = await startCloudBuildEmulator({
    execute: (build) => cloudBuildExecutor(store, registry)(build),
  });
  const directory = () => mkdtempSync(path.join(tmpdir(), 'pgrst-e2e-'));
  [certificates, expiredCertificates] = await Promise.all([
    createClientCertificates(directory(), { cn: 'authenticator' }),
    createClientCertificates(directory(), {
      cn: 'authenticator',
      notBefore: new Date('2023-01-01T00:00:00Z'),
      notAfter: new Date('2024-01-01T00:00:00Z'),
    }),
  ]);
  // The template's PGRST_JWT_SECRET is the secret postgrest-jwt-secret, version latest; its client certificate,
  // key and server CA (checked before each deploy) are three more. The -expired pair is for one test's spec.
  const secret = (name: string) => `projects/${PROJECT}/secrets/${name}/versions/1`;
  secretManager = await startSecretManagerEmulator({
    [secret('postgrest-jwt-secret')]: TEST_JWT_SECRET,
    [secret('postgrest-client-cert')]: certificates.cert,
    [secret('postgrest-client-key')]: certificates.key,
    [secret('postgres-server-ca')]: certificates.ca,
    [secret('postgrest-client-cert-expired')]: expiredCertificates.cert,
    [secret('postgrest-client-key-expired')]: expiredCertificates.key,
  });
  const tokenFile = path.join(directory(), 'token');
  writeFileSync(tokenFile, `${registry.token}\n`);
  env = {
    ...store.env,
    CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: cloudBuild.url,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: cloudRun.url,
    CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER: secretManager.url,
  };
});

afterAll(async () => {
  await Promise.all([
    cloudRun.close(),
    cloudBuild.close(),
    secretManager.close(),
    standin.close(),
    brokenStandin.close(),
    echoServer.close(),
    registry.stop(),
  ]);
  store.remove();
});

describe('the action, run as GitHub runs it', { timeout: 120_000 }, () => {
  let firstRevision = '';
  let firstImage = '';

  test('first deploy: builds, creates the service, smoke-tests its own run tag, serves 100 %, removes the tag', async () => {
    const run = await deploy();
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      image_built: 'true',
      changed: 'true',
      smoke: 'passed',
      url: `${standin.url}/s/${SERVICE}`,
    });
    expect(run.outputs['image']).toMatch(
      new RegExp(`^${registry.host}/${PROJECT}/postgrest/postgrest@sha256:[0-9a-f]{64}$`),
    );
    firstRevision = run.outputs['revision'] ?? '';
    firstImage = run.outputs['image'] ?? '';
    // Named after the run's id (unique in the repository), not its number (#12 in every workflow).
    expect(firstRevision).toMatch(/^postgrest-[0-9a-f]{7}-9000000001-1$/);
    expect(run.stdout).toContain(`smoke test ready`);
    expect(run.stdout).toContain(`tag run-${firstRevision.slice('postgrest-'.length)}`);
    expect(traffic()).toEqual([{ revisionName: firstRevision, percent: 100 }]);
    // The job summary: the table, each smoke check, the timeline.
    expect(run.summary).toContain('Smoke checks');
    expect(run.summary).toContain('GET /items?limit=1 -&gt; 200 as web_user');
    expect(run.summary).toMatch(/```mermaid\ngantt/);
    expect(cloudBuild.builds).toHaveLength(1);
    // The certificates were checked before the deploy; version latest is a warning on each volume item.
    expect(run.summary).toContain('### Preflight');
    expect(run.summary).toContain(
      `<code>projects/${PROJECT}/secrets/postgrest-client-cert/versions/latest</code>`,
    );
    expect(
      run.stdout.match(/::warning title=pgrst\/cert-latest,file=cloudbuild\/service\.yaml,line=\d+/g),
    ).toHaveLength(3);
  });

  test('second deploy with no change: no build, no new revision, changed=false', async () => {
    const builds = cloudBuild.builds.length;
    const revisions = cloudRun.revisionCount();
    const run = await deploy();
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      image: firstImage,
      image_built: 'false',
      revision: firstRevision,
      changed: 'false',
      smoke: 'passed',
    });
    expect(cloudBuild.builds).toHaveLength(builds);
    expect(cloudRun.revisionCount()).toBe(revisions);
  });

  let promoted = '';
  test('a new PostgREST version: a new image and revision, smoke-tested, promoted', async () => {
    const run = await deploy({ postgrest_version: 'v14.18' });
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ image_built: 'true', changed: 'true', smoke: 'passed' });
    expect(run.outputs['image']).not.toBe(firstImage);
    promoted = run.outputs['revision'] ?? '';
    expect(promoted).not.toBe(firstRevision);
    expect(traffic()).toEqual([{ revisionName: promoted, percent: 100 }]);
  });

  test('a preview while another preview exists: both tags kept, traffic unchanged', async () => {
    const first = await deploy({ postgrest_version: 'v14.18', preview_tag: 'pr-1' });
    expect(first.status, first.stdout).toBe(0);
    const second = await deploy({ postgrest_version: 'v14.18', preview_tag: 'pr-2' });
    expect(second.status, second.stdout).toBe(0);
    expect(second.outputs['preview_url']).toBe(`${standin.url}/t/${SERVICE}/pr-2`);
    expect(second.summary).toContain(`${standin.url}/t/${SERVICE}/pr-2`);
    expect(traffic()).toEqual([
      { revisionName: promoted, percent: 100 },
      { revisionName: promoted, percent: 0, tag: 'pr-1' },
      { revisionName: promoted, percent: 0, tag: 'pr-2' },
    ]);
  });

  test('cleanup: remove_tag removes that tag and nothing else', async () => {
    const run = await runAction(
      { project_id: PROJECT, region: 'us-west1', service: SERVICE, remove_tag: 'pr-1' },
      workspaceWith({}),
      env,
    );
    expect(run.status, run.stdout).toBe(0);
    // pr-1 was on the serving revision: nothing to delete with it.
    expect(run.outputs).toEqual({ changed: 'true', deleted_revisions: '' });
    expect(traffic()).toEqual([
      { revisionName: promoted, percent: 100 },
      { revisionName: promoted, percent: 0, tag: 'pr-2' },
    ]);
  });

  test('a revision whose JWT secret is wrong: smoke fails, traffic unchanged, outputs set', async () => {
    const before = JSON.stringify(traffic());
    const run = await deploy({
      postgrest_version: 'v14.17',
      jwt_secret: 'not-the-secret-the-revision-mounts-at-all',
    });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({
      smoke: 'failed',
      changed: 'true',
      url: `${standin.url}/s/${SERVICE}`,
    });
    expect(run.outputs['revision']).toMatch(/^postgrest-/);
    expect(run.stdout).toMatch(
      /::error::the smoke test of postgrest-\S+ failed; traffic is as it was before this run: .*the deployed revision rejected a correctly signed token/,
    );
    expect(JSON.stringify(traffic())).toBe(before);
    // The secret and the tokens are masked: the secret appears only in add-mask commands.
    const mentions = run.stdout
      .split('\n')
      .filter((line) => line.includes('not-the-secret-the-revision-mounts-at-all'));
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((line) => line === '::add-mask::not-the-secret-the-revision-mounts-at-all')).toBe(
      true,
    );
    expect(run.summary).not.toContain('not-the-secret');
  });

  test('a spec error: an annotation on its line, nothing sent', async () => {
    const requests = cloudRun.requests.length + cloudBuild.requests.length + secretManager.requests.length;
    const workspace = workspaceWith({
      'deploy/service.yaml': 'test/fixtures/specs/invalid/seed-secret-path.yaml',
    });
    const run = await deploy({ spec: 'deploy/service.yaml' }, workspace);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=pgrst\/secret-path,file=deploy\/service\.yaml,line=28,col=\d+::/,
    );
    expect(run.stdout).toMatch(
      /::error::deploy\/service\.yaml has 1 error: nothing was sent to Google Cloud/,
    );
    expect(cloudRun.requests.length + cloudBuild.requests.length + secretManager.requests.length).toBe(
      requests,
    );
    expect(readFileSync(path.join(workspace, 'deploy/service.yaml'), 'utf8')).toContain('key.pem');
  });

  test('an expired client certificate: an error annotation on its volume item, nothing built or deployed', async () => {
    const requests = cloudRun.requests.length + cloudBuild.requests.length;
    const workspace = workspaceWith({ 'deploy/service.yaml': 'cloudbuild/service.yaml' });
    const file = path.join(workspace, 'deploy/service.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('secretName: postgrest-client-cert\n', 'secretName: postgrest-client-cert-expired\n')
      .replace('secretName: postgrest-client-key\n', 'secretName: postgrest-client-key-expired\n');
    writeFileSync(file, text);
    const line = text.split('\n').indexOf('            secretName: postgrest-client-cert-expired') + 3;
    const run = await deploy({ spec: 'deploy/service.yaml' }, workspace);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=pgrst/cert-expired,file=deploy/service\\.yaml,line=${String(line)},col=\\d+::sslcert=/opt/secrets/client-cert/client\\.crt: the client certificate \\(CN=authenticator\\) expired on 2024-01-01`,
      ),
    );
    expect(run.stdout).toContain(
      '::error::the certificate preflight found 1 error in what deploy/service.yaml mounts: nothing was sent to Cloud Run',
    );
    expect(run.summary).toMatch(
      /<td>valid now<\/td><td><code>projects\/demo-project\/secrets\/postgrest-client-cert-expired\/versions\/latest<\/code><\/td><td><b>failed<\/b><\/td>/,
    );
    expect(cloudRun.requests.length + cloudBuild.requests.length).toBe(requests);
    // The key is masked: no line of it is printed but in add-mask commands.
    const keyLines = expiredCertificates.key
      .split('\n')
      .filter((l) => l.length >= 16 && !l.startsWith('-----'));
    for (const keyLine of keyLines) {
      expect(
        run.stdout
          .split('\n')
          .filter((l) => l.includes(keyLine))
          .every((l) => l.startsWith('::add-mask::')),
      ).toBe(true);
      expect(run.summary).not.toContain(keyLine);
    }
  });

  test('the CLI runs the same pipeline: deploy --dry-run sends nothing; deploy with a preview tag', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const run = promisify(execFile);
    const flags = Object.entries(deployInputs()).flatMap(([name, value]) => [
      `--${name.replaceAll('_', '-')}`,
      value,
    ]);
    const requests = cloudRun.requests.length + cloudBuild.requests.length;
    const plan = await run(NODE, ['dist/cli.js', 'deploy', ...flags, '--dry-run'], {
      env: { ...process.env, ...env, CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: '' },
    });
    expect(plan.stdout).toMatch(/^image=.*:ctx-[0-9a-f]{12}\nimage_built=false\n$/);
    expect(plan.stderr).toContain('dry run: nothing is sent');
    expect(plan.stderr).toContain(
      `in the registry and, when it is missing, submit this build to projects/${PROJECT}/locations/global:`,
    );
    expect(cloudRun.requests.length + cloudBuild.requests.length).toBe(requests);

    const deployed = await run(
      NODE,
      ['dist/cli.js', 'deploy', ...flags, '--postgrest-version', 'v14.18', '--preview-tag', 'pr-3'],
      {
        env: { ...process.env, ...env, GITHUB_RUN_NUMBER: '' },
      },
    );
    const outputs = Object.fromEntries(
      deployed.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('=', 2) as [string, string]),
    );
    expect(outputs).toMatchObject({
      image_built: 'false',
      smoke: 'passed',
      preview_url: `${standin.url}/t/${SERVICE}/pr-3`,
    });
    expect(traffic()).toContainEqual({ revisionName: outputs['revision'], percent: 0, tag: 'pr-3' });
  });

  test('dry_run validate: the service is read and validated (?dryRun=all), nothing changes', async () => {
    // What a change would touch: the spec, the generation, the resource version (status times tick on every read).
    const state = () => {
      const service = cloudRun.service(PROJECT, SERVICE);
      return JSON.stringify([service?.['spec'], service?.['metadata']]);
    };
    const before = state();
    const requests = cloudRun.requests.length;
    const builds = cloudBuild.requests.length;
    const run = await deploy({ postgrest_version: 'v14.17', dry_run: 'validate' });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      'dry run: nothing changes; the service is read and Cloud Run validates the spec',
    );
    const sent = cloudRun.requests
      .slice(requests)
      .map((r) => `${r.method} ${r.url.replace(/\/apis\/serving\.knative\.dev\/v1\/namespaces\/[^/]+/, '')}`);
    // The tidy's plan: the revisions are listed (no more than it keeps: the service need not be read again);
    // nothing is deleted.
    expect(sent).toEqual([
      `GET /services/${SERVICE}`,
      `PUT /services/${SERVICE}?dryRun=all`,
      `GET /revisions?labelSelector=serving.knative.dev%2Fservice%3D${SERVICE}&limit=100`,
    ]);
    expect(run.stdout).toContain('tidy, as the service is now: ');
    expect(cloudBuild.requests.length).toBe(builds);
    expect(state()).toBe(before);
  });
});

describe('two runs at once, and dry runs, as GitHub runs them', { timeout: 120_000 }, () => {
  /** The run tags still on the service (a run's own tag must be gone when it ends). */
  const runTags = () =>
    ((traffic() ?? []) as { tag?: string }[]).flatMap((t) => (t.tag?.startsWith('run-') ? [t.tag] : []));
  const serving = () =>
    ((traffic() ?? []) as { revisionName?: string; percent?: number }[]).filter((t) => (t.percent ?? 0) > 0);

  beforeAll(async () => {
    // Every test here starts from a healthy service; revisions take long enough to become ready for runs to overlap.
    const run = await deploy({ postgrest_version: 'v14.17' });
    expect(run.status, run.stdout).toBe(0);
    cloudRun.setRevisionOutcome(() => ({ readyAfterMs: 1500 }));
  });
  afterAll(() => {
    cloudRun.setRevisionOutcome(() => ({ readyAfterMs: 30 }));
  });

  test('a good and a broken deploy at once: each tests its own revision; only the good one is promoted', async () => {
    const [good, broken] = await Promise.all([
      deploy({ spec: 'deploy/service.yaml' }, workspaceAnswering('fine')),
      deploy({ spec: 'deploy/service.yaml' }, workspaceAnswering('broken')),
    ]);
    expect(good.status, good.stdout).toBe(0);
    expect(good.outputs['smoke']).toBe('passed');
    expect(broken.status).toBe(1);
    expect(broken.outputs['smoke']).toBe('failed');
    expect(serving()).toEqual([{ revisionName: good.outputs['revision'], percent: 100 }]);
    expect(runTags()).toEqual([]);
  });

  test('two good deploys at once: the first promotes; the second sees the traffic moved and leaves it', async () => {
    const before = serving();
    const runs = await Promise.all([
      deploy({ spec: 'deploy/service.yaml' }, workspaceAnswering('fine', '-a')),
      deploy({ spec: 'deploy/service.yaml' }, workspaceAnswering('fine', '-b')),
    ]);
    const promoted = runs.filter((r) => r.status === 0);
    const refused = runs.filter((r) => r.status !== 0);
    expect(promoted, runs.map((r) => r.stdout).join('\n')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winner = promoted[0]?.outputs['revision'] ?? '';
    // The runner's workflow commands escape % as %25.
    expect(refused[0]?.stdout.replaceAll('%25', '%')).toContain(
      `the traffic of service ${SERVICE} changed while this run tested it (it was ${String(before[0]?.percent)} % ${String(before[0]?.revisionName)}, now 100 % ${winner})`,
    );
    expect(serving()).toEqual([{ revisionName: winner, percent: 100 }]);
    expect(runTags()).toEqual([]);
  });

  test('a broken deploy rolls back only its own tag: a preview that joined meanwhile stays', async () => {
    const requests = cloudRun.requests.length;
    // The broken revision takes longer to start: the preview joins after the production run has written its
    // revision and before that run's smoke test fails.
    cloudRun.setRevisionOutcome((_, service) => ({
      readyAfterMs: JSON.stringify(service).includes(`"${BROKEN}":"broken"`) ? 5000 : 1000,
    }));
    const production = deploy({ spec: 'deploy/service.yaml' }, workspaceAnswering('broken'));
    await until(() => cloudRun.requests.slice(requests).some((r) => r.method === 'PUT'));
    const preview = deploy({ preview_tag: 'pr-44' });
    const [failed, previewed] = await Promise.all([production, preview]).finally(() => {
      cloudRun.setRevisionOutcome(() => ({ readyAfterMs: 1500 }));
    });
    expect(failed.outputs['smoke']).toBe('failed');
    expect(failed.status).toBe(1);
    expect(previewed.status, previewed.stdout).toBe(0);
    expect(traffic()).toContainEqual({
      revisionName: previewed.outputs['revision'],
      percent: 0,
      tag: 'pr-44',
    });
    expect(runTags()).toEqual([]);
  });

  test('a deploy and a preview of the same run number get revision names of their own', async () => {
    // Both are run #12 of their workflow; their specs differ, so each needs a revision.
    const [production, preview] = await Promise.all([
      deploy({ spec: 'deploy/service.yaml' }, workspaceAnswering('fine', '-c')),
      deploy({ spec: 'deploy/service.yaml', preview_tag: 'pr-45' }, workspaceAnswering('fine', '-d')),
    ]);
    expect(production.status, production.stdout).toBe(0);
    expect(preview.status, preview.stdout).toBe(0);
    expect(production.outputs['revision']).not.toBe(preview.outputs['revision']);
  });

  test.each([
    ['a deploy', {}],
    ['a preview', { preview_tag: 'pr-46' }],
    ['a tag removal', { remove_tag: 'pr-44', repository: '' }],
    ['a build and check only', { service: '' }],
  ])('dry_run true of %s sends nothing at all, with credentials in the environment', async (_, inputs) => {
    const state = () => {
      const service = cloudRun.service(PROJECT, SERVICE);
      return JSON.stringify([service?.['spec'], service?.['metadata']]);
    };
    const before = state();
    const requests = cloudRun.requests.length;
    const builds = cloudBuild.requests.length;
    const secrets = secretManager.requests.length;
    const run = await deploy({ ...inputs, dry_run: 'true' });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('dry run');
    expect(cloudRun.requests.slice(requests)).toEqual([]);
    expect(secretManager.requests.length).toBe(secrets);
    expect(cloudBuild.requests.length).toBe(builds);
    expect(state()).toBe(before);
  });
});

describe('secrets never printed', { timeout: 120_000 }, () => {
  /** Run the CLI asynchronously: the emulators it talks to run in this very process. */
  const cli = async (args: string[], extraEnv: NodeJS.ProcessEnv = {}, cwd = process.cwd()) => {
    const { spawn } = await import('node:child_process');
    runNumber += 1;
    const child = spawn(NODE, [path.resolve('dist/cli.js'), ...args], {
      env: { ...process.env, ...env, GITHUB_RUN_ID: String(8_000_000_000 + runNumber), ...extraEnv },
      cwd,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
    return { status, stdout, stderr };
  };
  const flags = (inputs: Record<string, string>) =>
    Object.entries(inputs).flatMap(([name, value]) => [`--${name.replaceAll('_', '-')}`, value]);

  test('the CLI refuses a secret given as a command-line value', async () => {
    const result = await cli(['deploy', ...flags(deployInputs()), '--jwt-secret', TEST_JWT_SECRET]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--jwt-secret would put the secret on the command line');
    expect(result.stderr).toContain('use --jwt-secret-env NAME or --jwt-secret-file FILE');
  });

  test('a smoke target that quotes the tokens it got: the CLI prints neither the tokens nor the secret', async () => {
    const workspace = workspaceAnswering('echo');
    const secretFile = path.join(workspace, 'jwt-secret');
    writeFileSync(secretFile, `${TEST_JWT_SECRET}\n`);
    const result = await cli(
      [
        'deploy',
        ...flags({ ...deployInputs(), spec: 'deploy/service.yaml' }),
        '--jwt-secret-file',
        secretFile,
      ],
      {},
      workspace,
    );
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('rejected Bearer ***');
    expect(result.stderr).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    expect(result.stderr + result.stdout).not.toContain(TEST_JWT_SECRET);
  });

  test('an API error that quotes the access token: the CLI and the action print it nowhere', async () => {
    const token = readFileSync(env['CLOUDSDK_AUTH_ACCESS_TOKEN_FILE'] ?? '', 'utf8').trim();
    const proxy = await startFaultProxy(cloudRun.url);
    try {
      proxy.loseAnswer('GET', /\/services\//, { kind: 'echo-authorization', status: 403 }, 2);
      const result = await cli(['deploy', ...flags(deployInputs())], {
        CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: proxy.url,
      });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toContain('(sent: Bearer ***)');
      expect(result.stderr + result.stdout).not.toContain(token);
      const run = await runAction(deployInputs(), workspaceWith({}), {
        ...env,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: proxy.url,
      });
      expect(run.status).toBe(1);
      expect(run.summary + run.stdout.replaceAll(`::add-mask::${token}`, '')).not.toContain(token);
    } finally {
      await proxy.close();
    }
  });
});

describe('tidy revisions, as GitHub runs it', { timeout: 300_000 }, () => {
  const TIDY = 'tidied';
  const remaining = () => cloudRun.revisionNames(PROJECT, TIDY);
  const deletes = () =>
    cloudRun.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.replace(/^.*\/revisions\//, ''));
  /** A deploy of the service `tidied`, its template marked `-{mark}` so that each makes a revision of its own. */
  const deployTidy = async (mark: string, inputs: Record<string, string> = {}) => {
    const run = await deploy(
      { service: TIDY, spec: 'deploy/service.yaml', keep_revisions: '2', ...inputs },
      workspaceAnswering('fine', `-${mark}`),
    );
    expect(run.status, run.stdout).toBe(0);
    return run;
  };
  /** A person puts `tag` on `revision` with no traffic, straight through the API. */
  const tagByHand = async (revision: string, tag: string) => {
    const service = cloudRun.service(PROJECT, TIDY) as { spec: { traffic: unknown[] } } & Record<
      string,
      unknown
    >;
    const body = {
      ...service,
      spec: {
        ...service.spec,
        traffic: [...service.spec.traffic, { revisionName: revision, percent: 0, tag }],
      },
    };
    delete (body as Record<string, unknown>)['status'];
    const response = await fetch(
      `${cloudRun.url}apis/serving.knative.dev/v1/namespaces/${PROJECT}/services/${TIDY}`,
      {
        method: 'PUT',
        headers: { authorization: 'Bearer by-hand', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
    );
    expect(response.status).toBe(200);
  };

  test("many deploys, then what remains: the newest keep_revisions and every tagged one; a preview's revision goes with its tag", async () => {
    const first = (await deployTidy('t1')).outputs['revision'] ?? '';
    const preview = (await deployTidy('t2', { preview_tag: 'pr-60' })).outputs['revision'] ?? '';
    await tagByHand(first, 'kept-by-hand');
    const runs = [];
    for (const mark of ['t3', 't4', 't5', 't6']) runs.push(await deployTidy(mark));
    const revisions = runs.map((r) => r.outputs['revision'] ?? '');
    // The newest two stay, and the two tagged ones however old; t3 and t4 went, one a run, oldest first.
    expect(remaining()).toEqual([first, preview, revisions[2], revisions[3]]);
    expect(runs.map((r) => r.outputs['deleted_revisions'])).toEqual(['', '', revisions[0], revisions[1]]);
    expect(deletes()).toEqual([revisions[0], revisions[1]]);
    const last = runs[3];
    expect(last?.stdout).toContain(`service ${TIDY}: deleted ${revisions[1] ?? ''}`);
    expect(last?.summary).toContain(`<td>Revisions deleted</td><td><code>${revisions[1] ?? ''}</code></td>`);

    const removed = await runAction(
      { project_id: PROJECT, region: 'us-west1', service: TIDY, remove_tag: 'pr-60', keep_revisions: '2' },
      workspaceWith({}),
      env,
    );
    expect(removed.status, removed.stdout).toBe(0);
    expect(removed.outputs).toEqual({ changed: 'true', deleted_revisions: preview });
    expect(remaining()).toEqual([first, revisions[2], revisions[3]]);

    // A dry run lists and says what it would delete; it deletes nothing.
    const before = deletes().length;
    const planned = await deployTidy('t7', { keep_revisions: '1', dry_run: 'validate' });
    expect(planned.stdout).toContain(`tidy, as the service is now: would delete ${revisions[2] ?? ''}`);
    expect(planned.outputs['deleted_revisions']).toBe(revisions[2]);
    expect(deletes()).toHaveLength(before);
    expect(remaining()).toEqual([first, revisions[2], revisions[3]]);
  });
});
