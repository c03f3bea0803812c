// Every setting of a run parsed from inputs, as one table: what a workflow writes, what the run is given — or the
// error that names the input. (The action and the CLI share this parser; the CLI names settings as flags.)
import { describe, expect, test } from 'vitest';
import type { PipelineConfig } from '../../src/config/index.js';
import { parsePipelineConfig } from '../../src/config/index.js';
import { actionDefaults } from '../../src/defaults.js';

const parse = (inputs: Record<string, string>): PipelineConfig => {
  const defaults = actionDefaults();
  return parsePipelineConfig(
    (name) => inputs[name] ?? defaults[name] ?? '',
    (name) => `input \`${name}\``,
  );
};

const deploying = {
  project_id: 'my-project',
  region: 'europe-west1',
  service: 'postgrest',
  repository: 'europe-west1-docker.pkg.dev/my-project/postgrest',
  smoke_role: 'web_user',
};

describe('settings that parse', () => {
  test.each<[string, Record<string, string>, object]>([
    [
      'nothing set: check the spec only',
      {},
      { image: { kind: 'none' }, deploy: { mode: { kind: 'none' }, dryRun: false } },
    ],
    [
      'a deploy that builds, smoke-tests and promotes',
      deploying,
      {
        image: {
          kind: 'build',
          build: { repository: deploying.repository, imageName: 'postgrest', builder: 'assemble' },
        },
        deploy: {
          mode: { kind: 'deploy', promote: true },
          service: 'postgrest',
          waitTimeoutMs: 300_000,
          smoke: { role: 'web_user', invokerAuth: false, timeoutMs: 120_000 },
        },
      },
    ],
    [
      'promote: false',
      { ...deploying, promote: 'false' },
      { deploy: { mode: { kind: 'deploy', promote: false } } },
    ],
    ['keep_revisions by default: 20', deploying, { deploy: { keepRevisions: 20 } }],
    [
      'keep_revisions 0: never delete',
      { ...deploying, keep_revisions: '0' },
      { deploy: { keepRevisions: 0 } },
    ],
    [
      'a preview, allowed another image',
      { ...deploying, preview_tag: 'pr-12', preview_allow: 'images' },
      { deploy: { mode: { kind: 'preview', tag: 'pr-12', allow: new Set(['images']) } } },
    ],
    [
      'a tag removal needs no image and no smoke test',
      { ...deploying, repository: '', remove_tag: 'pr-12' },
      { image: { kind: 'none' }, deploy: { mode: { kind: 'remove-tag', tag: 'pr-12' } } },
    ],
    [
      'a prebuilt image',
      { ...deploying, repository: '', image: `europe-docker.pkg.dev/p/r/x@sha256:${'a'.repeat(64)}` },
      { image: { kind: 'prebuilt' } },
    ],
    [
      'YAML 1.1 booleans',
      { ...deploying, dry_run: 'yes', invoker_auth: 'on' },
      { deploy: { dryRun: 'offline', smoke: { invokerAuth: true } } },
    ],
    [
      'a dry run that asks Cloud Run to validate',
      { ...deploying, dry_run: 'validate' },
      { deploy: { dryRun: 'validate' } },
    ],
    [
      'vars and the version',
      { vars: '# the database\nDB_HOST=10.0.0.7\n', postgrest_version: 'v12.2.12' },
      {
        spec: {
          variables: new Map([['DB_HOST', '10.0.0.7']]),
          postgrestVersion: { major: 12, minor: 2, patch: 12 },
        },
      },
    ],
    [
      'a pinned revision suffix',
      { ...deploying, revision_suffix: 'hotfix-2' },
      { deploy: { revisionSuffix: 'hotfix-2' } },
    ],
  ])('%s', (_, inputs, expected) => {
    expect(parse(inputs)).toMatchObject(expected);
  });
});

test('smoke off: no smoke settings at all', () => {
  expect(parse({ ...deploying, smoke: 'false' }).deploy.smoke).toBeUndefined();
});

describe('settings refused before anything is sent, naming the input', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    [
      'image and repository',
      { ...deploying, image: 'europe-docker.pkg.dev/p/r/x:1' },
      /input `image` and input `repository` are mutually exclusive/,
    ],
    ['a deploy without a region', { ...deploying, region: '' }, /input `region` is required to deploy/],
    [
      'a preview tag of the per-run form',
      { ...deploying, preview_tag: 'run-1' },
      /input `preview_tag`: "run-1" has the form of a deploy's own tag/,
    ],
    [
      'a preview tag too long with the service name',
      { ...deploying, preview_tag: `pr-${'1'.repeat(40)}` },
      /input `preview_tag`: .* characters together/,
    ],
    [
      'preview_allow without a preview',
      { ...deploying, preview_allow: 'secrets' },
      /input `preview_allow` applies to previews only/,
    ],
    [
      'an unknown preview allowance',
      { ...deploying, preview_tag: 'pr-1', preview_allow: 'everything' },
      /"everything" is not something a preview can be allowed/,
    ],
    [
      'a smoke test without a role',
      { ...deploying, smoke_role: '' },
      /input `smoke_role` is required while input `smoke` is true/,
    ],
    [
      'both JWT secret inputs',
      { ...deploying, jwt_secret: 'x'.repeat(32), jwt_secret_ref: 's:1' },
      /input `jwt_secret` and input `jwt_secret_ref` are mutually exclusive/,
    ],
    [
      'keep_revisions not a whole number',
      { ...deploying, keep_revisions: 'all' },
      /input `keep_revisions` must be a whole number of revisions from 0 \(never delete any\) to 1000/,
    ],
    [
      "keep_revisions beyond Cloud Run's own cap",
      { ...deploying, keep_revisions: '1001' },
      /input `keep_revisions` must be .* not "1001"/,
    ],
    [
      'keep_revisions negative',
      { ...deploying, keep_revisions: '-1' },
      /input `keep_revisions` must be a whole number/,
    ],
    [
      'a wait of zero seconds',
      { ...deploying, wait_timeout: '0' },
      /input `wait_timeout` must be a number of seconds from 1 to 3600/,
    ],
    [
      'a dry run that is neither a boolean nor validate',
      { ...deploying, dry_run: 'server' },
      /input `dry_run` must be true, false or validate, not "server"/,
    ],
    [
      'a boolean that is not one',
      { ...deploying, promote: 'maybe' },
      /input `promote` must be true or false, not "maybe"/,
    ],
    [
      'latest',
      { postgrest_version: 'latest' },
      /input `postgrest_version`: "latest" is not a PostgREST release/,
    ],
    ['a release before v12', { postgrest_version: 'v11.2.2' }, /older than this action supports/],
    [
      'a service name that is not one',
      { ...deploying, service: 'PostgREST' },
      /input `service`: "PostgREST" is not a Cloud Run service name/,
    ],
    [
      'a remove_tag with a build',
      { ...deploying, remove_tag: 'pr-1' },
      /input `remove_tag` removes a tag and nothing else/,
    ],
  ])('%s', (_, inputs, message) => {
    expect(() => parse(inputs)).toThrow(message);
  });
});
