// The build stage against real parts: Debian's docker-registry with htpasswd auth, buildah and podman building the
// real Containerfile from local stand-ins of its base images, and the Cloud Build emulator — which runs each build
// for real: the first step's script writes the context, buildah builds it, the image is pushed to the registry.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildConfig, BuildDependencies } from '../../src/build/index.js';
import { buildImage, defaultBuildDependencies, pinPrebuiltImage, planImage } from '../../src/build/index.js';
import { formatReference } from '../../src/build/image-ref.js';
import type { CommandRunner } from '../../src/build/local.js';
import { execRunner } from '../../src/build/local.js';
import { findManifest, RegistryError } from '../../src/build/registry.js';
import { BuildFailedError } from '../../src/build/submit.js';
import { loadCredentials } from '../../src/gcp/auth.js';
import { cloudBuildExecutor } from '../support/cloud-build-executor.js';
import { startCloudBuildEmulator } from '../support/cloud-build-emulator.js';
import {
  buildBusyboxStandin,
  buildPostgrestStandin,
  createContainerStore,
  type ContainerStore,
} from '../support/containers.js';
import { gcloud, gcloudSandbox } from '../support/gcloud.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

const run = promisify(execFile);
const CONTEXT = 'cloudbuild';

let store: ContainerStore;
let registry: TestRegistry;
let emulator: Awaited<ReturnType<typeof startCloudBuildEmulator>>;
let tokenFile: string;
const workspaces: Record<string, string>[] = [];

function config(overrides: Partial<BuildConfig> = {}): BuildConfig {
  return {
    repository: `${registry.host}/demo-project/postgrest`,
    imageName: 'postgrest',
    postgrestVersion: 'v14.17',
    builder: 'cloudbuild',
    projectId: 'demo-project',
    buildLocation: 'global',
    ...overrides,
  };
}

function dependencies(overrides: Partial<BuildDependencies> = {}): BuildDependencies & { lines: string[] } {
  const lines: string[] = [];
  const credentials = loadCredentials({ CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile }, () => undefined);
  // The action's own wiring, pointed at the emulator as a user would point gcloud at another endpoint.
  const env = { ...store.env, CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: emulator.url };
  return {
    ...defaultBuildDependencies(
      env,
      (line) => lines.push(line),
      () => credentials,
    ),
    lines,
    contextDirectory: CONTEXT,
    sleep: () => Promise.resolve(),
    ...overrides,
  };
}

/** A Build as the client library sends it, with enums by name and no empty `timing`, as gcloud sends it. */
function byName(body: unknown): unknown {
  const { timing, options, ...build } = body as { timing?: object; options?: Record<string, unknown> };
  const names: Record<string, Record<number, string>> = {
    logging: { 5: 'CLOUD_LOGGING_ONLY' },
    substitutionOption: { 0: 'MUST_MATCH' },
  };
  const named = Object.fromEntries(
    Object.entries(options ?? {}).map(([key, value]) => [
      key,
      typeof value === 'number' ? (names[key]?.[value] ?? value) : value,
    ]),
  );
  return {
    ...build,
    ...(timing && Object.keys(timing).length > 0 ? { timing } : {}),
    ...(options ? { options: named } : {}),
  };
}

/** The digest skopeo, an independent client, reads for an image. */
async function skopeoDigest(image: string): Promise<string> {
  const { stdout } = await run('skopeo', [
    'inspect',
    '--tls-verify=false',
    '--creds',
    `oauth2accesstoken:${registry.token}`,
    '--format',
    '{{.Digest}}',
    `docker://${image}`,
  ]);
  return stdout.trim();
}

beforeAll(async () => {
  store = createContainerStore();
  [registry, emulator] = await Promise.all([
    startRegistry(),
    startCloudBuildEmulator({ execute: (build) => cloudBuildExecutor(store, registry, workspaces)(build) }),
    buildBusyboxStandin(store, 'docker.io/library/busybox:1.37.0'),
    buildPostgrestStandin(store, 'docker.io/postgrest/postgrest:v14.17'),
  ]);
  tokenFile = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-token-')), 'token');
  writeFileSync(tokenFile, `${registry.token}\n`);
});

afterAll(async () => {
  await Promise.all([registry.stop(), emulator.close()]);
  store.remove();
});

describe('with Cloud Build', () => {
  test('builds a missing tag once, then reuses it: an unchanged redeploy requests no build', async () => {
    const deps = dependencies();
    const first = await buildImage(config(), deps);
    const { reference } = planImage(config(), CONTEXT);
    expect(first).toMatchObject({
      built: true,
      builder: 'cloudbuild',
      reference: formatReference(reference),
    });
    expect(reference.tag).toMatch(/^ctx-[0-9a-f]{12}$/);
    expect(first.image).toBe(`${registry.host}/demo-project/postgrest/postgrest@${first.digest}`);
    expect(first.digest).toBe(await skopeoDigest(formatReference(reference)));
    expect(emulator.builds).toHaveLength(1);
    // The log URL is printed as soon as the build exists.
    expect(deps.lines[1]).toMatch(
      /^Cloud Build [0-9a-f-]+ started; logs: https:\/\/console\.cloud\.google\.com\//,
    );

    // The inline step wrote the context byte for byte (Cloud Build's $$ escaping undone by substitution).
    expect(workspaces[0]).toEqual({
      Containerfile: readFileSync(path.join(CONTEXT, 'Containerfile'), 'utf8'),
      'run.sh': readFileSync(path.join(CONTEXT, 'run.sh'), 'utf8'),
    });

    const second = await buildImage(config(), dependencies());
    expect(second).toEqual({
      image: first.image,
      reference: first.reference,
      digest: first.digest,
      built: false,
    });
    expect(emulator.builds).toHaveLength(1);
  });

  test('gcloud builds submit of cloudbuild/cloudbuild.yaml sends the same build as the action', async () => {
    const { context, reference } = planImage(config({ imageName: 'by-hand' }), CONTEXT);
    const before = emulator.requests.length;
    await buildImage(config({ imageName: 'by-hand', buildLocation: 'europe-west1' }), dependencies());
    const fromAction = emulator.requests.slice(before).find((r) => r.method === 'POST');
    expect(fromAction?.url).toMatch(/^\/v1\/projects\/demo-project\/locations\/europe-west1\/builds\b/);

    const sandbox = gcloudSandbox();
    const result = await gcloud(
      [
        'builds',
        'submit',
        '--no-source',
        '--config',
        `${CONTEXT}/cloudbuild.yaml`,
        '--region',
        'europe-west1',
      ]
        .concat(['--project', 'demo-project', '--access-token-file', tokenFile, '--async'])
        .concat([
          '--substitutions',
          `_IMAGE=${formatReference(reference)},_POSTGREST_VERSION=${context.buildArgs['POSTGREST_VERSION'] ?? ''}`,
        ]),
      { ...sandbox.env, CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: emulator.url },
    );
    expect(result.output).toContain('Created [');
    expect(result.code).toBe(0);
    const fromGcloud = emulator.requests.at(-1);
    expect(fromGcloud?.url).toMatch(/^\/v1\/projects\/demo-project\/locations\/europe-west1\/builds\b/);
    // The client library sends enums by number (its REST transport asks for enum-encoding=int) and an empty
    // `timing`; gcloud sends names. The same build otherwise, field for field.
    expect(byName(fromAction?.body)).toEqual(fromGcloud?.body);
  });

  test.each(['FAILURE', 'TIMEOUT', 'CANCELLED'] as const)(
    'a build ending in %s fails with its id and log URL',
    async (outcome) => {
      emulator.setOutcome(outcome);
      try {
        const error = await buildImage(
          config({ imageName: `failing-${outcome.toLowerCase()}` }),
          dependencies(),
        ).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BuildFailedError);
        const build = emulator.builds.at(-1);
        expect((error as Error).message).toBe(
          `Cloud Build ${build?.id ?? ''} ended with ${outcome}${outcome === 'FAILURE' ? ' (Build step failure: build step 1 "gcr.io/cloud-builders/docker" failed: step exited with non-zero status: 1)' : ''}; ` +
            `logs: https://console.cloud.google.com/cloud-build/builds;region=global/${build?.id ?? ''}?project=123456789012`,
        );
      } finally {
        emulator.setOutcome('SUCCESS');
      }
    },
  );
});

describe('with a local builder', () => {
  /** Hide tools from detection, as on a machine where only `keep` is installed. */
  const only =
    (keep: string): CommandRunner =>
    (command, args, options) =>
      command === keep
        ? execRunner(command, args, options)
        : Promise.resolve({ code: 127, stdout: '', stderr: 'not found' });

  test.each(['podman', 'buildah'])(
    '%s builds, pushes, and reports the digest the registry has',
    async (tool) => {
      const local = config({ builder: 'local', imageName: `local-${tool}` });
      const first = await buildImage(local, dependencies({ runner: only(tool) }));
      expect(first).toMatchObject({ built: true, builder: tool });
      expect(first.digest).toBe(await skopeoDigest(first.reference));
      const again = await buildImage(local, dependencies({ runner: only(tool) }));
      expect(again).toMatchObject({ built: false, digest: first.digest });
    },
  );

  test('detection skips a docker client without an engine and picks what works', async () => {
    const deps = dependencies();
    const built = await buildImage(config({ builder: 'local', imageName: 'local-detected' }), deps);
    expect(built.builder).toBe('podman');
    expect(deps.lines).toContain(`Building ${built.reference} with podman`);
  });

  test('no tool at all is a clear error', async () => {
    const none: CommandRunner = () => Promise.resolve({ code: 127, stdout: '', stderr: 'not found' });
    await expect(
      buildImage(config({ builder: 'local', imageName: 'local-none' }), dependencies({ runner: none })),
    ).rejects.toThrow('builder `local` needs docker (with a running engine), podman or buildah on PATH');
  });
});

describe('the registry', () => {
  test('a wrong token is a clear error that names the image, not the token', async () => {
    const wrong = 'not-the-registry-token';
    const { reference } = planImage(config(), CONTEXT);
    const error = await findManifest(reference, { password: wrong }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toBe(
      `the registry refused the credentials for ${formatReference(reference)} (HTTP 401): the access token is invalid or expired, or its account lacks roles/artifactregistry.reader on the repository`,
    );
    expect((error as Error).message).not.toContain(wrong);
  });

  test('a prebuilt image given by tag is pinned to the digest the registry has now', async () => {
    const built = await buildImage(config({ builder: 'local', imageName: 'prebuilt' }), dependencies());
    expect(await pinPrebuiltImage(built.reference, dependencies())).toBe(built.image);
    expect(
      await pinPrebuiltImage(
        built.image,
        dependencies({ accessToken: () => Promise.reject(new Error('no network needed')) }),
      ),
    ).toBe(built.image);
    await expect(
      pinPrebuiltImage(`${registry.host}/demo-project/postgrest/absent:v1`, dependencies()),
    ).rejects.toThrow(
      `input \`image\`: ${registry.host}/demo-project/postgrest/absent:v1 is not in the registry`,
    );
  });

  test('a missing tag is reported as missing, not as an error', async () => {
    const { reference } = planImage(config({ imageName: 'never-built' }), CONTEXT);
    expect(await findManifest(reference, { password: registry.token })).toBeUndefined();
  });
});

// Each runs a whole Cloud Build through the executor (buildah): slow on a busy machine.
describe('the action and the CLI, as bundled in dist/', { timeout: 180_000 }, () => {
  test('the action builds through Cloud Build, sets its outputs and masks the token; the next run reuses the image', async () => {
    const { runAction, workspaceWith } = await import('../support/action.js');
    const inputs = {
      repository: `${registry.host}/demo-project/action`,
      project_id: 'demo-project',
      builder: 'cloudbuild',
    };
    const env = {
      CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
      CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: emulator.url,
    };
    const builds = emulator.builds.length;
    const first = await runAction(inputs, workspaceWith({}), env);
    expect(first.status, first.stdout).toBe(0);
    expect(first.stdout).toContain('::group::Building image');
    expect(first.stdout).toContain(`::add-mask::${registry.token}`);
    expect(first.stdout.split('\n').filter((line) => line.includes(registry.token))).toEqual([
      `::add-mask::${registry.token}`,
    ]);
    expect(first.summary).not.toContain(registry.token);
    expect(first.outputs['image_built']).toBe('true');
    expect(first.outputs['image']).toMatch(
      new RegExp(`^${registry.host}/demo-project/action/postgrest@sha256:[0-9a-f]{64}$`),
    );
    expect(emulator.builds).toHaveLength(builds + 1);

    const second = await runAction(inputs, workspaceWith({}), env);
    expect(second.status, second.stdout).toBe(0);
    expect(second.outputs).toEqual({ image: first.outputs['image'], image_built: 'false' });
    expect(second.summary).toContain('reused, no build');
    expect(emulator.builds).toHaveLength(builds + 1);
  });

  test('pgrst-cloudrun build prints the pinned image on stdout; --dry-run sends nothing', async () => {
    const env = {
      ...process.env,
      ...store.env,
      CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
      CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: emulator.url,
    };
    const args = [
      'dist/cli.js',
      'build',
      '--repository',
      `${registry.host}/demo-project/cli`,
      '--builder',
      'local',
    ];
    const requests = emulator.requests.length;
    const plan = await run('node', [...args, '--dry-run'], { env });
    const { reference } = planImage(
      config({ repository: `${registry.host}/demo-project/cli`, builder: 'local' }),
      CONTEXT,
    );
    expect(plan.stdout).toBe(`${formatReference(reference)}\n`);
    expect(await findManifest(reference, { password: registry.token })).toBeUndefined();

    const built = await run('node', args, { env });
    expect(built.stdout).toMatch(
      new RegExp(`^${registry.host}/demo-project/cli/postgrest@sha256:[0-9a-f]{64}\\n$`),
    );
    expect(built.stderr).toContain(`Building ${formatReference(reference)} with podman`);
    expect(built.stdout.trim().split('@')[1]).toBe(await skopeoDigest(formatReference(reference)));
    expect(emulator.requests).toHaveLength(requests);
  });
});
