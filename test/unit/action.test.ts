import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAction, workspaceWith } from '../support/action.js';
import { BAD_SPECS } from '../support/bad-specs.js';
import { startCaptureServer } from '../support/capture-server.js';

describe('the action (validate-only run)', () => {
  test("the action's own default spec passes when the repository has none", async () => {
    const result = await runAction({}, workspaceWith({}));
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('::group::Validating spec');
    expect(result.summary).toContain('valid');
  });

  test('a run on the bundled example says so, in the log and atop the summary; a spec of the repository does not', async () => {
    const bundled = await runAction({}, workspaceWith({}));
    const notice =
      "input `spec` cloudbuild/service.yaml is not in the repository's checkout, so the action's bundled example spec is used";
    expect(bundled.stdout).toContain(`::notice::${notice}`);
    expect(bundled.summary).toMatch(
      /^> \[!NOTE\]\n> input `spec` cloudbuild\/service\.yaml is not in the repository/,
    );
    const own = await runAction({}, workspaceWith({ 'cloudbuild/service.yaml': 'cloudbuild/service.yaml' }));
    expect(own.status, own.stdout).toBe(0);
    expect(own.stdout).not.toContain('::notice::');
    expect(own.summary).not.toContain('bundled');
  });

  test('errors become annotations on the spec line, and the step fails saying nothing was sent', async () => {
    const workspace = workspaceWith({
      'deploy/service.yaml': 'test/fixtures/specs/invalid/seed-secret-path.yaml',
    });
    const result = await runAction({ spec: 'deploy/service.yaml' }, workspace);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=pgrst\/secret-path,file=deploy\/service\.yaml,line=28,col=\d+::PGRST_DB_URI sslkey=/,
    );
    expect(result.stdout).toMatch(
      /::error::deploy\/service\.yaml has 1 error: nothing was sent to Google Cloud/,
    );
    expect(result.summary).toContain('pgrst/secret-path');
  });

  test('vars and postgrest_version inputs are used', async () => {
    const workspace = workspaceWith({ 'svc.yaml': 'test/fixtures/specs/invalid/unknown-variable.yaml' });
    expect(
      (await runAction({ spec: 'svc.yaml', vars: '# database\nDB_HOST=10.0.0.7\n' }, workspace)).status,
    ).toBe(0);
    const v16 = await runAction({ postgrest_version: 'v16.0' }, workspaceWith({}));
    expect(v16.stdout).toMatch(/::error title=pgrst\/role-claim-key/);
  });

  test.each([
    [{ vars: 'not a pair' }, /input `vars` line 1: expected NAME=VALUE/],
    [{ postgrest_version: 'latest' }, /input `postgrest_version`: "latest" is not a PostgREST release/],
    [
      { postgrest_version: 'v11.2.2' },
      /input `postgrest_version`: PostgREST v11.2.2 is older than this action supports: it checks settings and tokens from v12 on/,
    ],
    [
      { postgrest_version: 'v9' },
      /input `postgrest_version`: PostgREST v9 is older than this action supports/,
    ],
    [
      { postgrest_version: 'v15.0.1' },
      /input `postgrest_version`: there is no PostgREST v15.0.1: from v14 on only even majors are released .*; use v14.x or v16.x/,
    ],
    [{ spec: '../../etc/passwd' }, /input `spec`: .* points outside/],
    [{ spec: 'missing.yaml' }, /input `spec`: "missing.yaml" exists neither in the workspace/],
    [
      {
        repository: 'europe-west1-docker.pkg.dev/p/r',
        image: 'europe-west1-docker.pkg.dev/p/r/x@sha256:' + 'a'.repeat(64),
      },
      /input `image` and input `repository` are mutually exclusive/,
    ],
    [
      { repository: 'europe-west1-docker.pkg.dev/p/r', builder: 'cloudbuild' },
      /input `project_id` is required with builder cloudbuild/,
    ],
    [
      {
        repository: 'europe-west1-docker.pkg.dev/p/r',
        postgrest_image: 'docker.io/postgrest/postgrest:v14.17',
      },
      /input `postgrest_image`: give the repository without a tag or digest, such as docker.io\/postgrest\/postgrest or a mirror of it: it is tagged with input `postgrest_version`/,
    ],
    [
      { repository: 'europe-west1-docker.pkg.dev/p/r', base_image: 'mirror.gcr.io/Library/busybox:1.37.0' },
      /input `base_image`: "mirror.gcr.io\/Library\/busybox:1.37.0" is not an image reference/,
    ],
    [
      { repository: 'postgrest', builder: 'local' },
      /input `repository`: "postgrest" does not start with a registry host/,
    ],
    [
      { repository: 'europe-west1-docker.pkg.dev/p/R', builder: 'local' },
      /input `repository`: "R" in "p\/R\/postgrest" is not a valid image path component/,
    ],
    [
      { repository: 'localhost:5000/p', builder: 'kaniko' },
      /input `builder` must be assemble, cloudbuild or local, not "kaniko"/,
    ],
    [
      { repository: 'localhost:5000/p', project_id: 'demo-project', build_region: 'EU' },
      /input `build_region`: "EU" is neither global nor a region/,
    ],
    [
      { repository: 'localhost:5000/p', project_id: 'demo-project', logs_bucket: 'logs' },
      /input `logs_bucket`: "logs" is not a bucket URL/,
    ],
    [{ image: 'postgrest:latest' }, /input `image`: "postgrest:latest" does not start with a registry host/],
    [
      { image: 'europe-west1-docker.pkg.dev/p/r/postgrest@sha256:abc' },
      /input `image`: .* has a malformed digest/,
    ],
  ])('bad input %j fails before anything runs', async (inputs, message) => {
    const result = await runAction(inputs, workspaceWith({}));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(message);
  });
});

describe('the action with a prebuilt image', () => {
  test('uses it as is: outputs the image, image_built=false, and builds nothing', async () => {
    const image = `europe-west1-docker.pkg.dev/demo-project/postgrest/postgrest@sha256:${'a'.repeat(64)}`;
    const result = await runAction({ image }, workspaceWith({}));
    expect(result.status, result.stdout).toBe(0);
    expect(result.outputs).toEqual({ image, image_built: 'false' });
    expect(result.stdout).not.toContain('::group::Building image');
  });
});

describe('the action before anything is sent', () => {
  const deploy = {
    project_id: 'demo-project',
    region: 'europe-west1',
    service: 'postgrest',
    repository: 'europe-west1-docker.pkg.dev/demo-project/postgrest',
    smoke_role: 'web_user',
    dry_run: 'true',
  };

  test.each([
    [{ smoke_checks: 'GET /x' }, /input `smoke_checks` line 1: "GET \/x" is not METHOD \/path -> STATUS/],
    [{ smoke_role: '' }, /input `smoke_role` is required while input `smoke` is true/],
    [{ preview_tag: 'PR_1' }, /input `preview_tag`: "PR_1" is not a tag/],
    [
      { preview_tag: 'pr-1', remove_tag: 'pr-2' },
      /input `preview_tag` and input `remove_tag` are mutually exclusive/,
    ],
    [{ wait_timeout: 'soon' }, /input `wait_timeout` must be a number of seconds from 1 to 3600, not "soon"/],
    [{ region: '' }, /input `region` is required to deploy/],
    [
      { jwt_secret: 'x', jwt_secret_ref: 's:1' },
      /input `jwt_secret` and input `jwt_secret_ref` are mutually exclusive/,
    ],
    [{ promote: 'maybe' }, /input `promote` must be true or false, not "maybe"/],
  ])('%j fails with a clear message, in a dry run too', async (inputs, message) => {
    const result = await runAction({ ...deploy, ...inputs }, workspaceWith({}));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(message);
  });

  test('the dry run prints the plan and sets the planned image (cloudbuild: its content tag)', async () => {
    const result = await runAction({ ...deploy, builder: 'cloudbuild' }, workspaceWith({}));
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('dry run: nothing is sent');
    expect(result.outputs['image']).toMatch(
      /^europe-west1-docker\.pkg\.dev\/demo-project\/postgrest\/postgrest:ctx-[0-9a-f]{12}$/,
    );
  });

  test('a dry run with builder assemble leaves output image empty: its tag needs the sources, which nobody asked', async () => {
    const result = await runAction(deploy, workspaceWith({}));
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('dry run: nothing is sent');
    expect(result.stdout).toContain('assemble it in the registry');
    expect(result.outputs['image']).toBe('');
    expect(result.outputs['image_built']).toBe('false');
  });
});

describe('the action with a bad spec file', () => {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

  test.each(BAD_SPECS.map((spec) => [spec.name, spec] as const))(
    '%s: an error annotation on its line, the step fails, nothing is reported valid',
    async (_, spec) => {
      const workspace = workspaceWith({});
      writeFileSync(path.join(workspace, 'svc.yaml'), spec.bytes());
      const result = await runAction({ spec: 'svc.yaml' }, workspace);
      expect(result.status).toBe(1);
      const annotation = new RegExp(
        `^::error title=${escape(spec.rule)},file=svc\\.yaml,line=${String(spec.line)},col=\\d+::(.*)$`,
        'm',
      );
      expect(result.stdout).toMatch(annotation);
      expect(annotation.exec(result.stdout)?.[1]).toMatch(spec.message);
      expect(result.stdout).toMatch(
        /^::error::svc\.yaml (has 1 error|was refused before parsing): nothing was sent to Google Cloud$/m,
      );
      expect(result.stdout).not.toMatch(/0 errors/);
      // No stack trace: the failure is the diagnostic.
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
      expect(result.summary).toContain('<b>invalid</b>');
      expect(result.summary).toContain(spec.rule);
    },
  );

  const outside = mkdtempSync(path.join(tmpdir(), 'pgrst-outside-'));
  copyFileSync('cloudbuild/service.yaml', path.join(outside, 'service.yaml'));

  test.each([
    [
      'a directory',
      (workspace: string) => {
        mkdirSync(path.join(workspace, 'deploy'));
      },
      'deploy',
      /^::error::input `spec`: "deploy" is a directory; name the service YAML file in it, such as deploy\/service\.yaml$/m,
    ],
    [
      'a symbolic link to a file out of the workspace',
      (workspace: string) => {
        symlinkSync(path.join(outside, 'service.yaml'), path.join(workspace, 'svc.yaml'));
      },
      'svc.yaml',
      /^::error::input `spec`: "svc\.yaml" leads through a symbolic link to .*service\.yaml, outside .*; give a file inside the repository/m,
    ],
    [
      'a symbolic link to a directory out of the workspace',
      (workspace: string) => {
        symlinkSync(outside, path.join(workspace, 'deploy'));
      },
      'deploy/service.yaml',
      /^::error::input `spec`: "deploy\/service\.yaml" leads through a symbolic link to /m,
    ],
  ])('%s is refused naming input `spec`', async (_, prepare, spec, message) => {
    const workspace = workspaceWith({});
    prepare(workspace);
    const result = await runAction({ spec }, workspace);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.stdout).not.toContain('::group::Validating spec');
  });

  test('a symbolic link that stays inside the workspace is followed', async () => {
    const workspace = workspaceWith({ 'deploy/service.yaml': 'cloudbuild/service.yaml' });
    symlinkSync(path.join(workspace, 'deploy', 'service.yaml'), path.join(workspace, 'svc.yaml'));
    const result = await runAction({ spec: 'svc.yaml' }, workspace);
    expect(result.status, result.stdout).toBe(0);
    expect(result.summary).toContain('valid');
  });
});

describe('the action deploying with a bad spec file', () => {
  let server: Awaited<ReturnType<typeof startCaptureServer>>;
  const tokenFile = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-token-')), 'token');
  writeFileSync(tokenFile, 'test-access-token');
  beforeAll(async () => {
    server = await startCaptureServer();
  });
  afterAll(() => server.close());

  const latin1 = BAD_SPECS.find((spec) => spec.name === 'Latin-1');
  const outside = mkdtempSync(path.join(tmpdir(), 'pgrst-outside-'));
  copyFileSync('cloudbuild/service.yaml', path.join(outside, 'service.yaml'));

  test.each([
    [
      'a spec that is not UTF-8',
      (workspace: string) => {
        writeFileSync(path.join(workspace, 'svc.yaml'), latin1?.bytes() ?? '');
      },
    ],
    [
      'a link out of the workspace',
      (workspace: string) => {
        symlinkSync(path.join(outside, 'service.yaml'), path.join(workspace, 'svc.yaml'));
      },
    ],
  ])('%s: the step fails and nothing is sent to any Google API', async (_, prepare) => {
    const workspace = workspaceWith({});
    prepare(workspace);
    const result = await runAction(
      {
        spec: 'svc.yaml',
        project_id: 'demo-project',
        region: 'europe-west1',
        service: 'postgrest',
        image: `europe-west1-docker.pkg.dev/demo-project/postgrest/postgrest@sha256:${'a'.repeat(64)}`,
        smoke: 'false',
        wait_timeout: '1',
      },
      workspace,
      {
        CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: server.url,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: server.url,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER: server.url,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error::.*(nothing was sent to Google Cloud|input `spec`)/m);
    expect(server.requests).toEqual([]);
  });
});
