// The exposure check end to end, as the Actions runner runs the action (node dist/index.js), against the Cloud
// Build emulator, the registry, the Cloud Run emulator, Secret Manager's emulator and the PostgREST stand-in on a
// real PostgreSQL. The stand-in answers each service and tag URL as the revision behind it is configured
// (PGRST_DB_SCHEMAS, PGRST_DB_ANON_ROLE, PGRST_OPENAPI_MODE from its template), reading the grants per request:
// deploys change what a role sees, and the action must say what.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ActionRun } from '../support/action.js';
import { runAction, workspaceWith } from '../support/action.js';
import { TEST_JWT_SECRET, useApiDatabase } from '../support/api-database.js';
import { startCloudBuildEmulator } from '../support/cloud-build-emulator.js';
import { cloudBuildExecutor } from '../support/cloud-build-executor.js';
import type { CloudRunEmulator } from '../support/cloud-run-emulator.js';
import { startCloudRunEmulator } from '../support/cloud-run-emulator.js';
import type { ContainerStore } from '../support/containers.js';
import { buildBusyboxStandin, buildPostgrestStandin, createContainerStore } from '../support/containers.js';
import type { PostgrestStandin } from '../support/postgrest-server.js';
import { startPostgrestStandin } from '../support/postgrest-server.js';
import type { TestRegistry } from '../support/registry.js';
import { startRegistry } from '../support/registry.js';
import { startSecretManagerEmulator } from '../support/secret-manager-emulator.js';

const PROJECT = 'demo-project';
const SERVICE = 'postgrest';
const databaseOf = useApiDatabase();
let store: ContainerStore;
let registry: TestRegistry;
let cloudBuild: Awaited<ReturnType<typeof startCloudBuildEmulator>>;
let cloudRun: CloudRunEmulator;
let secretManager: Awaited<ReturnType<typeof startSecretManagerEmulator>>;
let standin: PostgrestStandin;
let env: NodeJS.ProcessEnv;
let runNumber = 0;
/** Each revision's PGRST_ variables (plain values), by revision name, as the emulator shows its template. */
const revisionEnv = new Map<string, Record<string, string>>();

type Json = Record<string, unknown>;

/** The PGRST_ variables with a plain value in a revision template. */
function envOf(template: Json): Record<string, string> {
  const containers = ((template['spec'] as Json | undefined)?.['containers'] ?? []) as Json[];
  const entries = (containers[0]?.['env'] ?? []) as { name?: string; value?: string }[];
  return Object.fromEntries(
    entries.flatMap((e) => (e.name && typeof e.value === 'string' ? [[e.name, e.value]] : [])),
  );
}

/** The settings of the revision a stand-in request reaches: /s/NAME (what serves 100 %) or /t/NAME/TAG. */
function settingsFor(requestPath: string): Record<string, string> | undefined {
  const status = cloudRun.service(PROJECT, SERVICE)?.['status'] as
    { traffic?: { revisionName?: string; percent?: number; tag?: string }[] } | undefined;
  const tag = /^\/t\/[^/]+\/([^/?]+)/.exec(requestPath)?.[1];
  const entry = status?.traffic?.find((t) => (tag ? t.tag === tag : (t.percent ?? 0) === 100));
  return entry?.revisionName ? revisionEnv.get(entry.revisionName) : undefined;
}

/** A workspace whose spec is the action's template with these PGRST_ variables (PGRST_DB_SCHEMAS replaced). */
function workspaceWithEnv(variables: Record<string, string>): string {
  const workspace = workspaceWith({ 'deploy/service.yaml': 'cloudbuild/service.yaml' });
  const file = path.join(workspace, 'deploy/service.yaml');
  const schemas = '            - name: PGRST_DB_SCHEMAS\n              value: api\n';
  const text = readFileSync(file, 'utf8');
  if (!text.includes(schemas)) throw new Error('the template changed: set PGRST_DB_SCHEMAS another way');
  const lines = Object.entries({ PGRST_DB_SCHEMAS: 'api', ...variables })
    .map(([name, value]) => `            - name: ${name}\n              value: ${JSON.stringify(value)}\n`)
    .join('');
  writeFileSync(file, text.replace(schemas, lines));
  return workspace;
}

/** One run of the deploy workflow (each with its own GITHUB_RUN_ID and RUNNER_TEMP). */
async function deploy(
  variables: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  runNumber += 1;
  return runAction(
    {
      project_id: PROJECT,
      region: 'us-west1',
      service: SERVICE,
      repository: `${registry.host}/${PROJECT}/postgrest`,
      builder: 'cloudbuild',
      spec: 'deploy/service.yaml',
      smoke_role: 'web_user',
      // The certificate preflight has suites of its own; this emulator holds only the JWT secret.
      preflight: 'false',
      ...inputs,
    },
    workspaceWithEnv(variables),
    {
      ...env,
      GITHUB_RUN_ID: String(8_000_000_000 + runNumber),
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: mkdtempSync(path.join(tmpdir(), 'runner-temp-')),
    },
  );
}

const traffic = () =>
  (cloudRun.service(PROJECT, SERVICE)?.['spec'] as { traffic: unknown[] } | undefined)?.traffic;
const diffOf = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['exposure_diff_file'] ?? '', 'utf8')) as {
    changed: boolean;
    skipped?: string;
    roles: {
      role: string;
      skipped?: string;
      changes: { path: string; change: string; columnsAdded: string[] }[];
    }[];
  };

beforeAll(async () => {
  store = createContainerStore();
  registry = await startRegistry();
  await Promise.all([
    buildBusyboxStandin(store, 'docker.io/library/busybox:1.37.0'),
    buildPostgrestStandin(store, 'docker.io/postgrest/postgrest:v14.17'),
  ]);
  // A second schema a revision may serve: the anonymous role and web_user may read its users.
  await databaseOf().admin(
    [
      'create schema exposed',
      'create table exposed.users (id int primary key, email text)',
      'grant usage on schema exposed to anon, web_user',
      'grant select on exposed.users to anon, web_user',
    ].join('; '),
  );
  standin = await startPostgrestStandin({
    version: 'v14.17',
    roleClaimKey: '.my."jwt-claims"."postgrest-role"',
    database: databaseOf(),
    jwtSecret: TEST_JWT_SECRET,
    pathPrefix: /^\/(?:s\/[^/?]+|t\/[^/?]+\/[^/?]+)/,
    settingsFor,
  });
  cloudRun = await startCloudRunEmulator({
    revisionOutcome: () => ({ readyAfterMs: 30 }),
    urls: {
      service: (name) => `${standin.url}/s/${name}`,
      tag: (name, tag, revision) => {
        revisionEnv.set(revision.name, envOf(revision.template));
        return `${standin.url}/t/${name}/${tag}`;
      },
    },
  });
  cloudBuild = await startCloudBuildEmulator({
    execute: (build) => cloudBuildExecutor(store, registry)(build),
  });
  secretManager = await startSecretManagerEmulator({
    [`projects/${PROJECT}/secrets/postgrest-jwt-secret/versions/1`]: TEST_JWT_SECRET,
  });
  const tokenFile = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-e2e-')), 'token');
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
    registry.stop(),
  ]);
  store.remove();
});

describe('the exposure diff, deploy after deploy', { timeout: 180_000 }, () => {
  let production = '';

  test('a first deploy has nothing to compare with, and says so', async () => {
    const run = await deploy({ PGRST_DB_ANON_ROLE: 'anon' }, { exposure_policy: 'fail-on-anon-growth' });
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ smoke: 'passed', exposure_changed: 'false' });
    expect(run.outputs['exposure_table']).toBe(
      'Exposure not compared: a first deploy: nothing served production before it\n',
    );
    expect(run.stdout).toContain(
      'exposure not compared: a first deploy: nothing served production before it',
    );
    expect(diffOf(run)).toMatchObject({ skipped: 'a first deploy: nothing served production before it' });
    expect(run.summary).toContain('Exposure not compared: a first deploy');
    production = run.outputs['revision'] ?? '';
  });

  test('db-schemas moves to another schema: each role’s new and gone paths reported, the run promotes (report)', async () => {
    const run = await deploy({ PGRST_DB_SCHEMAS: 'exposed,api', PGRST_DB_ANON_ROLE: 'anon' });
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ smoke: 'passed', exposure_changed: 'true' });
    // The anonymous role could read nothing in api; web_user read items there.
    expect(run.summary).toContain(
      '<td>anonymous</td><td><code>+GET, POST, PATCH, DELETE /users (id, email)</code></td>',
    );
    expect(run.summary).toContain('<td>web_user</td><td><code>-GET, POST, PATCH, DELETE /items</code></td>');
    expect(run.outputs['exposure_table']).toContain('+GET, POST, PATCH, DELETE /users (id, email)');
    expect(diffOf(run).roles.map((r) => [r.role, r.changes.map((c) => `${c.change} ${c.path}`)])).toEqual([
      ['anonymous', ['added /users']],
      ['web_user', ['added /users', 'removed /items']],
    ]);
    expect(run.outputs['exposure_diff_file']).toMatch(/runner-temp-.*\/pgrst-exposure-postgrest-\S+\.json$/);
    production = run.outputs['revision'] ?? '';
    expect(traffic()).toEqual([{ revisionName: production, percent: 100 }]);
  });

  test('the anonymous role becomes web_user, which has grants (fail-on-anon-growth): not promoted, its tag taken back', async () => {
    const run = await deploy(
      { PGRST_DB_SCHEMAS: 'api', PGRST_DB_ANON_ROLE: 'web_user' },
      { exposure_policy: 'fail-on-anon-growth' },
    );
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ smoke: 'passed', exposure_changed: 'true' });
    expect(run.stdout).toMatch(
      /::error::the new revision exposes what production does not show the anonymous role \(exposure_policy fail-on-anon-growth\): anonymous: \+GET, POST, PATCH, DELETE \/items \(id, note\); traffic is as it was before this run/,
    );
    expect(run.summary).toContain('<td>anonymous</td><td><code>-GET, POST, PATCH, DELETE /users</code></td>');
    expect(traffic()).toEqual([{ revisionName: production, percent: 100 }]);
  });

  test('a grant changed in the database shows on production too: the same revision settings, no diff', async () => {
    await databaseOf().admin('revoke select on exposed.users from anon');
    try {
      const run = await deploy(
        {
          PGRST_DB_SCHEMAS: 'exposed,api',
          PGRST_DB_ANON_ROLE: 'anon',
          PGRST_DB_POOL_ACQUISITION_TIMEOUT: '5',
        },
        { exposure_policy: 'fail-on-any-growth' },
      );
      expect(run.status, run.stdout).toBe(0);
      expect(run.outputs).toMatchObject({ exposure_changed: 'false', exposure_table: '' });
      expect(run.summary).not.toContain('Exposure');
      production = run.outputs['revision'] ?? '';
    } finally {
      await databaseOf().admin('grant select on exposed.users to anon');
    }
  });

  test('OpenAPI disabled on the new revision: skipped, saying so, and promoted whatever the policy', async () => {
    const run = await deploy(
      { PGRST_DB_SCHEMAS: 'api', PGRST_DB_ANON_ROLE: 'web_user', PGRST_OPENAPI_MODE: 'disabled' },
      { exposure_policy: 'fail-on-any-growth', smoke_checks: 'GET /items?limit=1 -> 200 as web_user' },
    );
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ exposure_changed: 'false' });
    expect(run.stdout).toContain(
      "anonymous: not compared: the new revision's / answered HTTP 404 PGRST126: OpenAPI is disabled (openapi-mode disabled)",
    );
    expect(run.summary).toContain("not compared: the new revision's / answered HTTP 404 PGRST126");
    expect(traffic()).toEqual([{ revisionName: run.outputs['revision'], percent: 100 }]);
  });
});
