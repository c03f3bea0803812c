import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkSpec, renderSpec } from '../../src/spec/index.js';
import type { CapturedRequest } from '../support/capture-server.js';
import { startCaptureServer } from '../support/capture-server.js';
import type { SpecFixture } from '../support/fixtures.js';
import { loadFixtures } from '../support/fixtures.js';
import { ensureRegionalLocalhost, gcloud, GCLOUD_REGION, gcloudSandbox, pool } from '../support/gcloud.js';

// The built-ins a deploy would set, so valid fixtures render completely.
const BUILTINS = {
  IMAGE: `europe-docker.pkg.dev/test-project/postgrest/postgrest@sha256:${'0'.repeat(64)}`,
  SERVICE: 'api',
  REVISION: '00001-abc',
  PROJECT_ID: 'test-project',
  REGION: GCLOUD_REGION,
};

/** Where we are deliberately stricter than gcloud's client-side parser, and why. */
const STRICTER_THAN_GCLOUD: Record<string, string> = {
  'not-a-service-kind': 'gcloud sends any kind; the API then refuses it',
  'not-a-service-api-version': 'gcloud sends any apiVersion; the API then refuses it',
  'yaml-duplicate-key': 'gcloud warns and keeps the last key; readers disagree on which wins',
  'ports-not-a-list': 'gcloud wraps a single mapping into a list; we ask for the list',
  'port-name-http2':
    'gcloud sends any port name; Cloud Run knows only http1 and h2c (the schema says so, for editors too)',
};

interface GcloudOutcome {
  code: number;
  output: string;
  requests: CapturedRequest[];
}

function check(fixture: SpecFixture, variables: Record<string, string>) {
  return checkSpec({
    file: fixture.name,
    text: fixture.text,
    variables: new Map([
      ...Object.entries(variables),
      ...fixture.variables,
      ['POSTGREST_VERSION', fixture.postgrestVersion.tag],
    ]),
    postgrestVersion: fixture.postgrestVersion,
    allowUnsetBuiltins: false,
  });
}

async function replace(
  text: string,
  env: NodeJS.ProcessEnv,
  tokenFile: string,
  dir: string,
  name: string,
): Promise<GcloudOutcome> {
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  const server = await startCaptureServer();
  try {
    const { code, output } = await gcloud(
      [
        'run',
        'services',
        'replace',
        file,
        '--region',
        GCLOUD_REGION,
        '--project',
        'test-project',
        '--access-token-file',
        tokenFile,
        '--async',
        '--quiet',
      ],
      { ...env, CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: server.url },
    );
    return { code, output, requests: server.requests };
  } finally {
    await server.close();
  }
}

const valid = loadFixtures('valid');
const invalid = loadFixtures('invalid');
const outcomes = new Map<string, GcloudOutcome>();

beforeAll(async () => {
  ensureRegionalLocalhost();
  const { env, tokenFile } = gcloudSandbox();
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-parity-'));
  const tasks = [
    // Valid fixtures: gcloud gets what we render (the spec we would deploy).
    ...valid.map((fixture) => async () => {
      const result = check(fixture, BUILTINS);
      const text = result.valid ? renderSpec(result, 'yaml') : fixture.text;
      outcomes.set(
        `valid/${fixture.name}`,
        await replace(text, env, tokenFile, dir, `valid-${fixture.name}`),
      );
    }),
    // Invalid fixtures: gcloud gets the file as written.
    ...invalid.map((fixture) => async () => {
      outcomes.set(
        `invalid/${fixture.name}`,
        await replace(fixture.text, env, tokenFile, dir, `invalid-${fixture.name}`),
      );
    }),
  ];
  await pool(tasks, 3);
}, 900_000); // about 2 minutes on an idle 2-core machine; far more when it is busy

const created = (outcome: GcloudOutcome | undefined) => outcome?.requests.find((r) => r.method === 'POST');

describe('gcloud accepts every spec we accept', () => {
  test.each(valid.map((f) => [f.name, f] as const))(
    '%s reaches the server, with the spec we render',
    (name, fixture) => {
      const outcome = outcomes.get(`valid/${name}`);
      const post = created(outcome);
      expect(post, outcome?.output).toBeDefined();
      expect(outcome?.code, outcome?.output).toBe(0);
      const ours = check(fixture, BUILTINS).service as { spec: unknown; metadata: { name: string } };
      const theirs = post?.body as { spec: unknown; metadata: { name: string; namespace: string } };
      expect(theirs.spec).toEqual(ours.spec);
      expect(theirs.metadata.name).toBe(ours.metadata.name);
      expect(theirs.metadata.namespace).toBe('test-project');
    },
  );
});

describe('we reject every spec gcloud rejects', () => {
  test.each(invalid.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    const outcome = outcomes.get(`invalid/${name}`);
    const gcloudRejected = created(outcome) === undefined;
    const oursRejected = !check(fixture, BUILTINS).valid;
    if (gcloudRejected) expect(oursRejected).toBe(true);
    // Our parse-level rules mirror gcloud's client-side parser: where we report a YAML or schema error, gcloud
    // refuses to send too, except where we are knowingly stricter.
    const parseLevel = fixture.errors.every(
      (e) => /^(yaml|schema)\//.test(e) && !e.startsWith('schema/required'),
    );
    if (parseLevel && !(name in STRICTER_THAN_GCLOUD)) expect(gcloudRejected, outcome?.output).toBe(true);
    if (name in STRICTER_THAN_GCLOUD) expect(gcloudRejected, STRICTER_THAN_GCLOUD[name]).toBe(false);
  });
});
