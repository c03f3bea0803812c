import { describe, expect, test } from 'vitest';
import { runAction, workspaceWith } from '../support/action.js';

describe('the action (validate-only run)', () => {
  test("the action's own default spec passes when the repository has none", async () => {
    const result = await runAction({}, workspaceWith({}));
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('::group::Validating spec');
    expect(result.summary).toContain('valid');
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
      { repository: 'europe-west1-docker.pkg.dev/p/r' },
      /input `project_id` is required with builder cloudbuild/,
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
      /input `builder` must be cloudbuild or local, not "kaniko"/,
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

  test('the dry run prints the plan and sets the planned image', async () => {
    const result = await runAction(deploy, workspaceWith({}));
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('dry run: nothing is sent');
    expect(result.outputs['image']).toMatch(
      /^europe-west1-docker\.pkg\.dev\/demo-project\/postgrest\/postgrest:ctx-[0-9a-f]{12}$/,
    );
  });
});
