// The pipeline in-process, every mode, with every outside system faked (test/support/fakes.ts): what it sends,
// what it reports, what it leaves behind.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parsePipelineConfig } from '../../src/config/index.js';
import { actionDefaults } from '../../src/defaults.js';
import type { PipelineIo, PipelineReport } from '../../src/pipeline.js';
import { PipelineError, runPipeline } from '../../src/pipeline.js';
import type { FakeRoot } from '../support/fakes.js';
import { fakeCloudRun, fakePipelineDependencies, fakePostgrest, openApiRoot } from '../support/fakes.js';
import type { ClientCertificates } from '../support/tls.js';
import { createClientCertificates } from '../support/tls.js';
import { renderSummary } from '../../src/report/index.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const SPEC = readFileSync('cloudbuild/service.yaml', 'utf8');
const BASE = {
  project_id: 'demo-project',
  region: 'europe-west1',
  service: 'postgrest',
  repository: 'europe-west1-docker.pkg.dev/demo-project/postgrest',
  smoke_role: 'web_user',
};

/** The template's certificate secrets, holding a valid client certificate for its user (authenticator). */
const certificateSecrets = (set: ClientCertificates): Record<string, string> => ({
  'projects/demo-project/secrets/postgrest-client-cert': set.cert,
  'projects/demo-project/secrets/postgrest-client-key': set.key,
  'projects/demo-project/secrets/postgres-server-ca': set.ca,
});
let valid: ClientCertificates;
let expired: ClientCertificates;
beforeAll(async () => {
  const directory = (name: string) => mkdtempSync(path.join(tmpdir(), `pgrst-pipeline-${name}-`));
  [valid, expired] = await Promise.all([
    createClientCertificates(directory('valid'), { cn: 'authenticator' }),
    createClientCertificates(directory('expired'), {
      cn: 'authenticator',
      notBefore: new Date('2024-01-01T00:00:00Z'),
      notAfter: new Date('2025-01-01T00:00:00Z'),
    }),
  ]);
});

let cloudRun: ReturnType<typeof fakeCloudRun>;
let run = 0;
let credentialsAsked = 0;
/** Deploys made by deployMany since the fake was made: each alternates the version, so each makes a revision. */
let deploys = 0;
beforeEach(() => {
  cloudRun = fakeCloudRun();
  deploys = 0;
  credentialsAsked = 0;
});

/** Run the pipeline with these inputs; its outputs, log, report (or error) and the URLs the smoke test asked. */
async function pipeline(
  inputs: Record<string, string>,
  options: { secret?: string; root?: FakeRoot; secrets?: Record<string, string> } = {},
) {
  run += 1;
  const defaults = actionDefaults();
  const config = parsePipelineConfig(
    (name) => ({ ...BASE, ...inputs })[name] ?? defaults[name] ?? '',
    (name) => `input \`${name}\``,
  );
  const outputs: Record<string, string> = {};
  const lines: string[] = [];
  const warnings: string[] = [];
  const postgrest = fakePostgrest(SECRET, options.root ? { root: options.root } : {});
  const io: PipelineIo = {
    log: (line) => lines.push(line),
    warn: (line) => warnings.push(line),
    group: (name, fn) => {
      lines.push(`== ${name}`);
      return fn();
    },
    mask: () => undefined,
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    specFile: { name: 'cloudbuild/service.yaml', text: SPEC },
    run: { id: String(5_000 + run), attempt: '1' },
    tempDir: mkdtempSync(path.join(tmpdir(), 'pipeline-')),
  };
  const secretsRead: string[] = [];
  const deps = fakePipelineDependencies({
    cloudRun,
    secret: options.secret ?? SECRET,
    secrets: options.secrets ?? certificateSecrets(valid),
    secretsRead,
    postgrest,
    log: io.log,
    onCredentials: () => {
      credentialsAsked += 1;
    },
  });
  let report: PipelineReport;
  let error: PipelineError | undefined;
  try {
    report = await runPipeline(config, io, deps);
  } catch (caught) {
    if (!(caught instanceof PipelineError)) throw caught;
    error = caught;
    report = caught.report;
  }
  return { outputs, lines, warnings, report, error, smokeUrls: postgrest.urls, secretsRead };
}

const writes = () => cloudRun.calls.filter((c) => /^(PUT|POST)/.test(c) && !c.includes('dryRun'));

describe('the pipeline, in every mode', () => {
  test('check only (no service): the spec and the image, nothing sent to Cloud Run', async () => {
    const result = await pipeline({ service: '', project_id: 'demo-project' });
    expect(result.error).toBeUndefined();
    expect(Object.keys(result.outputs)).toEqual(['image', 'image_built']);
    expect(result.outputs['image']).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(result.outputs['image_built']).toBe('false');
    expect(cloudRun.calls).toEqual([]);
  });

  test('a first deploy: created with 100 %, tested through its own tag, the tag removed', async () => {
    const result = await pipeline({});
    expect(result.error).toBeUndefined();
    expect(result.outputs).toMatchObject({ changed: 'true', smoke: 'passed', image_built: 'false' });
    expect(result.smokeUrls.every((url) => url.startsWith('https://run-'))).toBe(true);
    expect(writes()).toEqual(['POST', 'PUT postgrest']);
    expect(cloudRun.traffic('postgrest')).toEqual([
      { revisionName: result.outputs['revision'], percent: 100 },
    ]);
  });

  test('an unchanged redeploy sends nothing and is tested through the service URL', async () => {
    await pipeline({});
    const before = writes().length;
    const result = await pipeline({});
    expect(result.outputs).toMatchObject({ changed: 'false', smoke: 'passed' });
    expect(writes()).toHaveLength(before);
    expect(result.smokeUrls.every((url) => url.startsWith('https://postgrest.fake.run.app'))).toBe(true);
  });

  test('a new version: a new revision with no traffic, tested, promoted', async () => {
    const first = await pipeline({});
    const second = await pipeline({ postgrest_version: 'v14.18' });
    expect(second.outputs).toMatchObject({ changed: 'true', smoke: 'passed' });
    expect(second.outputs['revision']).not.toBe(first.outputs['revision']);
    expect(second.lines).toContain('== Promoting');
    expect(cloudRun.traffic('postgrest')).toEqual([
      { revisionName: second.outputs['revision'], percent: 100 },
    ]);
  });

  test('a failed smoke test: the run tag taken back, traffic as it was, the step fails', async () => {
    const first = await pipeline({});
    const failed = await pipeline(
      { postgrest_version: 'v14.18' },
      { secret: 'another-secret-of-at-least-thirty-two-chars' },
    );
    expect(failed.error?.message).toMatch(
      /^the smoke test of \S+ failed; traffic is as it was before this run/,
    );
    expect(failed.outputs).toMatchObject({ smoke: 'failed' });
    expect(failed.lines).toContain('== Rolling back');
    expect(cloudRun.traffic('postgrest')).toEqual([
      { revisionName: first.outputs['revision'], percent: 100 },
    ]);
  });

  test('a preview: its tag kept, production traffic untouched', async () => {
    const first = await pipeline({});
    const preview = await pipeline({ postgrest_version: 'v14.18', preview_tag: 'pr-3' });
    expect(preview.error).toBeUndefined();
    expect(preview.outputs).toMatchObject({ smoke: 'passed', preview_url: 'https://pr-3---fake.run.app' });
    expect(cloudRun.traffic('postgrest')).toEqual([
      { revisionName: first.outputs['revision'], percent: 100 },
      { revisionName: preview.outputs['revision'], percent: 0, tag: 'pr-3' },
    ]);
  });

  test('a tag removal: that tag goes, and nothing else', async () => {
    await pipeline({});
    await pipeline({ postgrest_version: 'v14.18', preview_tag: 'pr-3' });
    const removed = await pipeline({ repository: '', remove_tag: 'pr-3' });
    // The preview's revision is the service's latest: Cloud Run keeps it, so the tidy does not even ask.
    expect(removed.outputs).toEqual({ changed: 'true', deleted_revisions: '' });
    expect((cloudRun.traffic('postgrest') as unknown[]).length).toBe(1);
  });

  test.each([
    ['a deploy', {}],
    ['a preview', { preview_tag: 'pr-4' }],
    ['a tag removal', { repository: '', remove_tag: 'pr-4' }],
  ])('dry_run validate of %s writes nothing: it reads, and asks Cloud Run to validate', async (_, inputs) => {
    await pipeline({});
    const before = writes().length;
    const calls = cloudRun.calls.length;
    const result = await pipeline({ ...inputs, dry_run: 'validate' });
    expect(cloudRun.calls.length).toBeGreaterThan(calls);
    expect(result.error).toBeUndefined();
    expect(result.report.plan).toMatch(/^dry run: /);
    expect(writes()).toHaveLength(before);
  });

  test.each([
    ['a deploy', {}],
    ['a preview', { preview_tag: 'pr-4' }],
    ['a tag removal', { repository: '', remove_tag: 'pr-4' }],
    ['a prebuilt image', { repository: '', image: 'europe-docker.pkg.dev/p/r/postgrest:v14.17' }],
  ])('dry_run true of %s sends nothing and never touches the credentials it has', async (_, inputs) => {
    const result = await pipeline({ ...inputs, dry_run: 'true' });
    expect(result.error).toBeUndefined();
    expect(result.report.plan).toMatch(/^dry run: (nothing is sent|would read)/);
    expect(cloudRun.calls).toEqual([]);
    expect(credentialsAsked).toBe(0);
  });

  test('an invalid spec stops the run before anything is sent', async () => {
    const result = await pipeline({ vars: 'UNUSED=1', postgrest_version: 'v16.0' });
    expect(result.error?.message).toMatch(
      /cloudbuild\/service\.yaml has \d+ errors?: nothing was sent to Google Cloud/,
    );
    expect(result.report.valid).toBe(false);
    expect(cloudRun.calls).toEqual([]);
  });
});

describe('the exposure check, between the smoke test and promotion', () => {
  /** The role the template's claim key (.my."jwt-claims"."postgrest-role") holds; undefined without a token. */
  const roleOf = (claims?: Record<string, unknown>) =>
    (claims?.['my'] as { 'jwt-claims'?: { 'postgrest-role'?: string } } | undefined)?.['jwt-claims']?.[
      'postgrest-role'
    ];
  /** Production shows everyone /items; the new revision (its tag URL) shows `grown` more to `who`. */
  const growing =
    (who: 'anonymous' | 'web_user', grown: Record<string, string[]> = { users: ['id', 'email'] }): FakeRoot =>
    (url, claims) => {
      const tagged = !url.startsWith('https://postgrest.fake.run.app');
      const role = roleOf(claims) ?? 'anonymous';
      return openApiRoot({ items: ['id', 'note'], ...(tagged && role === who ? grown : {}) });
    };
  const diffFile = (outputs: Record<string, string>) =>
    JSON.parse(readFileSync(outputs['exposure_diff_file'] ?? '', 'utf8')) as Record<string, unknown>;

  test('smoke false: the revision is not contacted, so nothing is compared', async () => {
    await pipeline({});
    const result = await pipeline(
      { postgrest_version: 'v14.18', smoke: 'false' },
      { root: growing('anonymous') },
    );
    expect(result.error).toBeUndefined();
    expect(result.outputs).toMatchObject({ exposure_changed: 'false' });
    expect(result.lines).toContain(
      'exposure not compared: the smoke test is off (smoke: false), so the revision is not contacted',
    );
    expect(result.smokeUrls).toEqual([]);
  });

  test('a first deploy has nothing to compare with, and says so', async () => {
    const result = await pipeline({ exposure_policy: 'fail-on-anon-growth' });
    expect(result.error).toBeUndefined();
    expect(result.outputs).toMatchObject({ exposure_changed: 'false' });
    expect(result.lines).toContain(
      'exposure not compared: a first deploy: nothing served production before it',
    );
    expect(diffFile(result.outputs)).toMatchObject({
      skipped: 'a first deploy: nothing served production before it',
    });
  });

  test('report (the default): the growth reported in the outputs, the file and the summary; the run promotes', async () => {
    await pipeline({});
    const result = await pipeline({ postgrest_version: 'v14.18' }, { root: growing('anonymous') });
    expect(result.error).toBeUndefined();
    expect(result.lines).toContain('== Comparing exposure');
    expect(result.outputs).toMatchObject({ exposure_changed: 'true' });
    expect(result.outputs['exposure_table']).toContain(
      '<td>anonymous</td><td><code>+GET, POST, PATCH, DELETE /users (id, email)</code></td>',
    );
    expect(diffFile(result.outputs)).toMatchObject({
      revision: result.outputs['revision'],
      policy: 'report',
      changed: true,
      roles: [
        { role: 'anonymous', changes: [{ path: '/users', change: 'added', columnsAdded: ['id', 'email'] }] },
        { role: 'web_user', changes: [] },
      ],
    });
    expect(cloudRun.traffic('postgrest')).toEqual([
      { revisionName: result.outputs['revision'], percent: 100 },
    ]);
  });

  test('fail-on-anon-growth: the anonymous role sees more, so the run tag is taken back and nothing promoted', async () => {
    const first = await pipeline({});
    const failed = await pipeline(
      { postgrest_version: 'v14.18', exposure_policy: 'fail-on-anon-growth' },
      { root: growing('anonymous', { items: ['id', 'note', 'secret'] }) },
    );
    expect(failed.error?.message).toBe(
      'the new revision exposes what production does not show the anonymous role (exposure_policy fail-on-anon-growth): anonymous: /items: +columns (secret); traffic is as it was before this run',
    );
    expect(failed.outputs).toMatchObject({ smoke: 'passed', exposure_changed: 'true' });
    expect(failed.lines).toContain('== Rolling back');
    expect(failed.lines).not.toContain('== Promoting');
    expect(cloudRun.traffic('postgrest')).toEqual([
      { revisionName: first.outputs['revision'], percent: 100 },
    ]);
  });

  test.each([
    ['fail-on-anon-growth', undefined],
    ['fail-on-any-growth', 'web_user: +GET, POST, PATCH, DELETE /users (id, email)'],
  ])('%s with growth for the smoke role only', async (policy, failure) => {
    await pipeline({});
    const result = await pipeline(
      { postgrest_version: 'v14.18', exposure_policy: policy },
      { root: growing('web_user') },
    );
    if (failure) expect(result.error?.message).toContain(failure);
    else expect(result.error).toBeUndefined();
  });

  test('OpenAPI disabled on the new revision: every role skipped, saying why, and the run promotes', async () => {
    await pipeline({});
    const result = await pipeline(
      {
        postgrest_version: 'v14.18',
        exposure_policy: 'fail-on-any-growth',
        // The default smoke check reads / too.
        smoke_checks: 'GET /items?limit=1 -> 200',
      },
      {
        root: (url) =>
          url.startsWith('https://postgrest.fake.run.app')
            ? openApiRoot()
            : { status: 404, body: { code: 'PGRST126', message: 'Root endpoint metadata is disabled' } },
      },
    );
    expect(result.error).toBeUndefined();
    expect(result.outputs).toMatchObject({ exposure_changed: 'false' });
    expect(result.lines).toContain(
      "anonymous: not compared: the new revision's / answered HTTP 404 PGRST126: OpenAPI is disabled (openapi-mode disabled)",
    );
    expect(result.outputs['exposure_table']).toContain('not compared');
  });

  test('a preview: its table for the pull request comment; a failing policy leaves its tag and production as they were', async () => {
    const first = await pipeline({});
    const preview = await pipeline(
      { postgrest_version: 'v14.18', preview_tag: 'pr-5', exposure_policy: 'fail-on-anon-growth' },
      { root: growing('anonymous') },
    );
    expect(preview.error?.message).toMatch(/production traffic was never touched$/);
    expect(preview.outputs['exposure_table']).toContain('+GET, POST, PATCH, DELETE /users (id, email)');
    expect(cloudRun.traffic('postgrest')).toEqual([
      { revisionName: first.outputs['revision'], percent: 100 },
      { revisionName: preview.outputs['revision'], percent: 0, tag: 'pr-5' },
    ]);
  });
});

describe('the dry-run plan names every read a run makes besides Cloud Run', () => {
  test('the secret versions the preflight would read, and the exposure comparison after the smoke test', async () => {
    const result = await pipeline({ dry_run: 'true', exposure_policy: 'fail-on-anon-growth' });
    const calls = (result.report.plan ?? '').split('rendered service:')[0] ?? '';
    expect(calls).toContain(
      'GET secret version projects/demo-project/secrets/postgrest-client-key/versions/latest: the sslkey certificate preflight',
    );
    expect(calls).toMatch(
      /smoke test the URL of tag run-\S+\n {2}GET \/ of the tag URL and of the service URL, .*exposure_policy fail-on-anon-growth/,
    );
    expect((await pipeline({ dry_run: 'true', preflight: 'false' })).report.plan).not.toContain(
      'secret version',
    );
  });
});

describe('the certificate preflight, before anything is deployed', () => {
  const CERT_VERSIONS = [
    'projects/demo-project/secrets/postgrest-client-cert/versions/latest',
    'projects/demo-project/secrets/postgrest-client-key/versions/latest',
    'projects/demo-project/secrets/postgres-server-ca/versions/latest',
  ];

  test('a deploy reads the three secret versions the template mounts, checks them, and reports each check', async () => {
    const result = await pipeline({});
    expect(result.error).toBeUndefined();
    expect(result.secretsRead).toEqual(expect.arrayContaining(CERT_VERSIONS));
    expect(result.lines.indexOf('== Checking certificates')).toBeLessThan(
      result.lines.indexOf('== Deploying revision'),
    );
    const checks = result.report.preflight?.checks ?? [];
    expect(checks.filter((c) => c.verdict === 'failed')).toEqual([]);
    expect(checks).toContainEqual(
      expect.objectContaining({ check: 'key matches the certificate', verdict: 'passed' }),
    );
    expect(checks).toContainEqual(
      expect.objectContaining({
        check: 'CN is the database user',
        verdict: 'passed',
        detail: 'CN=authenticator',
      }),
    );
    // The template mounts version latest: reported, once per file, at the line of its key.
    const latest = result.report.diagnostics.filter((d) => d.rule === 'pgrst/cert-latest');
    expect(latest.map((d) => [d.line, d.severity])).toEqual([
      [SPEC.split('\n').indexOf('              - key: latest') + 1, 'warning'],
      [SPEC.split('\n').indexOf('              - key: latest') + 7, 'warning'],
      [SPEC.split('\n').indexOf('              - key: latest') + 13, 'warning'],
    ]);
  });

  test('an expired client certificate stops the run: nothing is sent to Cloud Run', async () => {
    const result = await pipeline({}, { secrets: certificateSecrets(expired) });
    expect(result.error?.message).toBe(
      'the certificate preflight found 1 error in what cloudbuild/service.yaml mounts: nothing was sent to Cloud Run',
    );
    expect(result.report.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'pgrst/cert-expired',
        severity: 'error',
        file: 'cloudbuild/service.yaml',
        path: 'spec.template.spec.volumes[0].secret.items[0].key',
        message: expect.stringMatching(
          /^sslcert=\/opt\/secrets\/client-cert\/client\.crt: the client certificate \(CN=authenticator\) expired on 2025-01-01$/,
        ) as unknown,
      }),
    );
    expect(cloudRun.calls).toEqual([]);
    expect(result.outputs).toEqual({});
  });

  test('a secret the run may not read (403) is a warning naming the role, and the deploy goes on', async () => {
    const secrets = {
      ...certificateSecrets(valid),
      'projects/demo-project/secrets/postgrest-client-key': '403',
    };
    const result = await pipeline({}, { secrets });
    expect(result.error).toBeUndefined();
    const access = result.report.diagnostics.filter((d) => d.rule === 'pgrst/cert-access');
    expect(access).toHaveLength(1);
    expect(access[0]?.severity).toBe('warning');
    expect(access[0]?.fix).toContain(
      'gcloud secrets add-iam-policy-binding postgrest-client-key --project demo-project --member serviceAccount:ACCOUNT --role roles/secretmanager.secretAccessor',
    );
    expect(writes()).toEqual(['POST', 'PUT postgrest']);
  });

  test('preflight false reads no certificate', async () => {
    const result = await pipeline({ preflight: 'false' }, { secrets: certificateSecrets(expired) });
    expect(result.error).toBeUndefined();
    expect(result.secretsRead.filter((name) => CERT_VERSIONS.includes(name))).toEqual([]);
    expect(result.report.preflight).toBeUndefined();
  });

  test('dry_run true skips it (it sends nothing); dry_run validate runs it', async () => {
    const offline = await pipeline({ dry_run: 'true' }, { secrets: certificateSecrets(expired) });
    expect(offline.error).toBeUndefined();
    expect(offline.secretsRead).toEqual([]);
    const validate = await pipeline({ dry_run: 'validate' }, { secrets: certificateSecrets(expired) });
    expect(validate.error?.message).toMatch(/certificate preflight found 1 error/);
    expect(validate.secretsRead).toEqual(expect.arrayContaining(CERT_VERSIONS));
    expect(cloudRun.calls).toEqual([]);
  });
});

/** The revisions the fake holds, oldest first. */
const revisionNames = () => [...cloudRun.revisions.keys()];
/** Deploy `count` new revisions, promoted: alternating versions, so each run's template differs from the last. */
async function deployMany(count: number, inputs: Record<string, string> = {}): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    deploys += 1;
    const result = await pipeline({ postgrest_version: deploys % 2 ? 'v14.17' : 'v14.18', ...inputs });
    if (result.error) throw result.error;
    names.push(result.outputs['revision'] ?? '');
  }
  return names;
}

describe('tidying revisions (keep_revisions)', () => {
  test('after each promoted deploy, the oldest beyond the newest keep_revisions go; the summary and output say which', async () => {
    const names = await deployMany(5, { keep_revisions: '3' });
    expect(revisionNames()).toEqual(names.slice(2));
    const last = await pipeline({ postgrest_version: 'v14.18', keep_revisions: '3' });
    expect(last.outputs['deleted_revisions']).toBe(names[2]);
    expect(last.lines).toContain('== Tidying revisions');
    expect(last.lines).toContain(`service postgrest: deleted ${names[2] ?? ''}`);
    expect(renderSummary('cloudbuild/service.yaml', last.report)).toContain(
      `<tr><td>Revisions deleted</td><td><code>${names[2] ?? ''}</code></td></tr>`,
    );
    expect(revisionNames()).toEqual([...names.slice(3), last.outputs['revision']]);
  });

  test('the default keeps 20; keep_revisions 0 never deletes and never lists', async () => {
    await deployMany(3);
    expect(cloudRun.calls.filter((c) => c.startsWith('LIST'))).toHaveLength(3);
    const calls = cloudRun.calls.length;
    const names = await deployMany(2, { keep_revisions: '0' });
    expect(cloudRun.calls.slice(calls).filter((c) => /^(LIST|DELETE)/.test(c))).toEqual([]);
    expect(revisionNames()).toHaveLength(5);
    expect(names).toHaveLength(2);
  });

  test('a preview tidies too, and never deletes a tagged revision however old', async () => {
    const [first] = await deployMany(1, { keep_revisions: '1' });
    const preview = await pipeline({ postgrest_version: 'v14.18', preview_tag: 'pr-9', keep_revisions: '1' });
    expect(preview.error).toBeUndefined();
    deploys = 0; // next v14.17: a template other than the preview's, so production never takes its revision
    const later = await deployMany(2, { keep_revisions: '1' });
    expect(later).not.toContain(preview.outputs['revision']);
    expect(revisionNames()).toEqual([preview.outputs['revision'], later[1]]);
    expect(revisionNames()).not.toContain(first);
  });

  test("removing a preview's tag deletes that preview's revision when nothing else names it", async () => {
    await deployMany(1);
    const pr3 = await pipeline({ postgrest_version: 'v14.18', preview_tag: 'pr-3' });
    const pr5 = await pipeline({ postgrest_version: 'v14.17', preview_tag: 'pr-5' });
    expect(pr5.outputs['revision']).not.toBe(pr3.outputs['revision']);
    const removed = await pipeline({ repository: '', remove_tag: 'pr-3' });
    expect(removed.outputs).toEqual({ changed: 'true', deleted_revisions: pr3.outputs['revision'] });
    expect(removed.lines).toContain("== Deleting the preview's revision");
    expect(revisionNames()).not.toContain(pr3.outputs['revision']);

    // A dry run (validate) of removing pr-5 names the revision it would delete, and deletes nothing.
    await deployMany(1);
    const planned = await pipeline({ repository: '', remove_tag: 'pr-5', dry_run: 'validate' });
    expect(planned.report.plan).toContain(
      `then would DELETE revision ${pr5.outputs['revision'] ?? ''} (nothing else references it)`,
    );
    expect(revisionNames()).toContain(pr5.outputs['revision']);
    expect(cloudRun.calls.filter((c) => c.startsWith('DELETE'))).toHaveLength(1);
  });

  test('a refused deletion is a warning: the deploy still succeeds', async () => {
    await deployMany(3);
    cloudRun.api.deleteRevision = () =>
      Promise.resolve({ kind: 'refused', status: 403, message: 'Permission denied on run.revisions.delete' });
    const result = await pipeline({ postgrest_version: 'v14.18', keep_revisions: '1' });
    expect(result.error).toBeUndefined();
    expect(result.outputs).toMatchObject({ smoke: 'passed', deleted_revisions: '' });
    expect(result.warnings).toEqual([
      expect.stringMatching(/not deleted: the account may not delete revisions .*HTTP 403/),
    ]);
  });

  test('dry_run validate lists and says what it would delete, and deletes nothing; dry_run true sends nothing', async () => {
    const names = await deployMany(4);
    const validate = await pipeline({
      postgrest_version: 'v14.18',
      keep_revisions: '2',
      dry_run: 'validate',
    });
    expect(validate.error).toBeUndefined();
    expect(validate.report.plan).toContain(
      `tidy, as the service is now: would delete ${names.slice(0, 2).join(', ')} (keeping the newest 2)`,
    );
    expect(validate.outputs['deleted_revisions']).toBe(names.slice(0, 2).join(','));
    expect(renderSummary('cloudbuild/service.yaml', validate.report)).toContain('Revisions to delete');
    expect(cloudRun.calls.some((c) => c.startsWith('DELETE'))).toBe(false);
    expect(revisionNames()).toEqual(names);

    const calls = cloudRun.calls.length;
    const offline = await pipeline({ keep_revisions: '2', dry_run: 'true' });
    expect(offline.report.plan).toContain('at most 10 of the oldest beyond the newest 2');
    expect(cloudRun.calls.length).toBe(calls);
  });
});
