// The deploy stage against the Cloud Run emulator (which gcloud itself accepts: see the last tests).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { CloudRunApi, Resource } from '../../src/deploy/api.js';
import { cloudRunApi, runBaseUrl } from '../../src/deploy/api.js';
import type { DeployDependencies, DeployTarget } from '../../src/deploy/index.js';
import {
  DeployError,
  TEMPLATE_DIGEST_ANNOTATION,
  deployRevision,
  promoteRevision,
  removeTag,
  rollbackTraffic,
  validateServerSide,
} from '../../src/deploy/index.js';
import { createApiClient } from '../../src/gcp/http.js';
import type { CloudRunEmulator } from '../support/cloud-run-emulator.js';
import { startCloudRunEmulator } from '../support/cloud-run-emulator.js';
import {
  GCLOUD_REGION,
  ensureRegionalLocalhost,
  gcloud,
  gcloudRunFlags,
  gcloudSandbox,
} from '../support/gcloud.js';
import { renderTemplate } from '../support/template.js';

const PROJECT = 'demo-project';
let emulator: CloudRunEmulator;
let counter = 0;

/** The action's own template rendered for `service` with `image`, as the spec stage hands it over. */
function rendered(
  service: string,
  image: string,
  revision: string,
  extraVars: Record<string, string> = {},
): Resource {
  return renderTemplate({
    IMAGE: image,
    SERVICE: service,
    REVISION: revision,
    PROJECT_ID: PROJECT,
    REGION: GCLOUD_REGION,
    ...extraVars,
  });
}

const image = (n: number) =>
  `europe-docker.pkg.dev/p/r/postgrest@sha256:${String(n).repeat(64).slice(0, 64)}`;

function setup(overrides: Partial<DeployTarget> = {}) {
  counter += 1;
  const name = `svc-${String(counter)}`;
  const lines: string[] = [];
  const request = createApiClient({ accessToken: () => Promise.resolve('test-token') });
  const api: CloudRunApi = cloudRunApi(request, runBaseUrl(GCLOUD_REGION, emulator.url), PROJECT);
  const deps: DeployDependencies = { api, log: (line) => lines.push(line) };
  const target: DeployTarget = {
    projectId: PROJECT,
    region: GCLOUD_REGION,
    service: name,
    waitTimeoutMs: 10_000,
    ...overrides,
  };
  return { name, lines, api, deps, target };
}

const puts = (name: string) =>
  emulator.requests.filter((r) => r.method === 'PUT' && r.url.includes(`/services/${name}`)).length;
const trafficOf = (name: string) =>
  (emulator.service(PROJECT, name)?.['spec'] as { traffic: unknown }).traffic;

beforeAll(async () => {
  emulator = await startCloudRunEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.setRevisionOutcome(() => ({ readyAfterMs: 30 }));
});

describe('deploying', () => {
  test('a new service is created with 100 % on its revision; the tag URL is its own', async () => {
    const { name, deps, target } = setup();
    const result = await deployRevision(
      rendered(name, image(1), 'r1'),
      target,
      { revisionSuffix: 'x', tag: 'pr-1' },
      deps,
    );
    expect(result).toMatchObject({ revision: `${name}-r1`, changed: true, created: true });
    expect(result.serviceUrl).toMatch(new RegExp(`^https://${name}-[0-9a-f]+-uw\\.a\\.run\\.app$`));
    expect(result.tagUrl).toBe(result.serviceUrl.replace('https://', 'https://pr-1---'));
    expect(trafficOf(name)).toEqual([
      { revisionName: `${name}-r1`, percent: 100 },
      { revisionName: `${name}-r1`, percent: 0, tag: 'pr-1' },
    ]);
  });

  test('a new revision gets no traffic; a preview joins while another PR keeps its tag; promote; remove a tag', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    const pr7 = await deployRevision(
      rendered(name, image(2), 'r2'),
      target,
      { revisionSuffix: 'x', tag: 'pr-7' },
      deps,
    );
    expect(pr7).toMatchObject({ revision: `${name}-r2`, changed: true, created: false });
    const pr8 = await deployRevision(
      rendered(name, image(3), 'r3'),
      target,
      { revisionSuffix: 'x', tag: 'pr-8' },
      deps,
    );
    expect(pr8.tagUrl).toMatch(/^https:\/\/pr-8---/);
    expect(pr8.tagUrl).not.toBe(pr7.tagUrl);
    expect(trafficOf(name)).toEqual([
      { revisionName: `${name}-r1`, percent: 100 },
      { revisionName: `${name}-r2`, percent: 0, tag: 'pr-7' },
      { revisionName: `${name}-r3`, percent: 0, tag: 'pr-8' },
    ]);

    await promoteRevision(target, `${name}-r3`, deps);
    expect(trafficOf(name)).toEqual([
      { revisionName: `${name}-r3`, percent: 100 },
      { revisionName: `${name}-r2`, percent: 0, tag: 'pr-7' },
      { revisionName: `${name}-r3`, percent: 0, tag: 'pr-8' },
    ]);

    await removeTag(target, 'pr-7', deps);
    expect(trafficOf(name)).toEqual([
      { revisionName: `${name}-r3`, percent: 100 },
      { revisionName: `${name}-r3`, percent: 0, tag: 'pr-8' },
    ]);
    expect((await removeTag(target, 'pr-7', deps)).changed).toBe(false);
  });

  test('rollback after a failed check leaves the traffic exactly as before the run', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x', tag: 'pr-1' }, deps);
    const before = JSON.stringify(trafficOf(name));
    const result = await deployRevision(
      rendered(name, image(2), 'r2'),
      target,
      { revisionSuffix: 'x', tag: 'pr-2' },
      deps,
    );
    expect(JSON.stringify(trafficOf(name))).not.toBe(before);
    if (!result.before) throw new Error('expected the traffic before');
    await rollbackTraffic(target, result.before, deps);
    expect(JSON.stringify(trafficOf(name))).toBe(before);
  });

  test('an unchanged redeploy sends no PUT and creates no revision: changed=false', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x', tag: 'pr-1' }, deps);
    const revisions = emulator.revisionCount();
    const putsBefore = puts(name);
    // Another run: a new revision name (the run number changed), same spec and image.
    const again = await deployRevision(
      rendered(name, image(1), 'r2'),
      target,
      { revisionSuffix: 'x', tag: 'pr-1' },
      deps,
    );
    expect(again).toMatchObject({ revision: `${name}-r1`, changed: false });
    expect(again.tagUrl).toMatch(/^https:\/\/pr-1---/);
    expect(puts(name)).toBe(putsBefore);
    expect(emulator.revisionCount()).toBe(revisions);
    const template = (
      emulator.service(PROJECT, name)?.['spec'] as {
        template: { metadata: { annotations: Record<string, string> } };
      }
    ).template;
    expect(template.metadata.annotations[TEMPLATE_DIGEST_ANNOTATION]).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a revision that never becomes ready fails with its reason and message; traffic stays', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    const before = JSON.stringify(trafficOf(name));
    emulator.setRevisionOutcome(() => ({
      readyAfterMs: 20,
      failure: {
        reason: 'HealthCheckContainerError',
        message: 'The user-provided container failed the configured startup probe checks.',
      },
    }));
    const error = await deployRevision(
      rendered(name, image(2), 'r2'),
      target,
      { revisionSuffix: 'x' },
      deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as Error).message).toBe(
      `service ${name} is not ready: HealthCheckContainerError: Revision '${name}-r2' is not ready and cannot serve traffic. ` +
        `The user-provided container failed the configured startup probe checks.; revision ${name}-r2 Ready=False (HealthCheckContainerError): ` +
        'The user-provided container failed the configured startup probe checks.',
    );
    expect(JSON.stringify(trafficOf(name))).toBe(before);
  });

  test('the wait deadline is reported with the revision', async () => {
    const { name, deps, target } = setup({ waitTimeoutMs: 600 });
    emulator.setRevisionOutcome(() => ({ readyAfterMs: 60_000 }));
    await expect(
      deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps),
    ).rejects.toThrow(
      `service ${name} did not become ready within 1 s (Ready=Unknown); revision ${name}-r1; raise wait_timeout or check the revision's logs`,
    );
  });

  test('a 409 conflict is read again and retried once', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    let interfered = false;
    const api: CloudRunApi = {
      ...deps.api,
      replaceService: async (service, body, options) => {
        if (!interfered) {
          interfered = true;
          // Someone else's PUT lands between our read and our write.
          const current = await deps.api.getService(service);
          await deps.api.replaceService(service, {
            ...current,
            metadata: { ...(current?.['metadata'] as object), labels: { team: 'other' } },
          });
        }
        return deps.api.replaceService(service, body, options);
      },
    };
    const result = await deployRevision(
      rendered(name, image(2), 'r2'),
      target,
      { revisionSuffix: 'x' },
      { ...deps, api },
    );
    expect(result.changed).toBe(true);
    expect(emulator.requests.filter((r) => r.method === 'PUT' && r.url.includes(name)).length).toBe(3);

    const alwaysConflict: CloudRunApi = { ...deps.api, replaceService: () => Promise.resolve('conflict') };
    await expect(
      deployRevision(
        rendered(name, image(3), 'r3'),
        target,
        { revisionSuffix: 'x' },
        { ...deps, api: alwaysConflict },
      ),
    ).rejects.toThrow(/was changed by someone else twice while this run was replacing it \(HTTP 409/);
  });

  test('a spec whose metadata.name is not the target service is refused before anything is sent', async () => {
    const { name, deps, target } = setup();
    const requests = emulator.requests.length;
    await expect(
      deployRevision(rendered('other', image(1), 'r1'), target, { revisionSuffix: 'x' }, deps),
    ).rejects.toThrow(`the spec's metadata.name is "other", but the service to deploy is "${name}"`);
    expect(emulator.requests).toHaveLength(requests);
  });

  test('?dryRun=all validates on the server and changes nothing', async () => {
    const { name, deps, target } = setup();
    await validateServerSide(rendered(name, image(1), 'r1'), target, deps);
    expect(emulator.service(PROJECT, name)).toBeUndefined();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    const before = JSON.stringify(emulator.service(PROJECT, name)?.['spec']);
    await validateServerSide(rendered(name, image(2), 'r2'), target, deps);
    expect(JSON.stringify(emulator.service(PROJECT, name)?.['spec'])).toBe(before);
    expect(emulator.requests.filter((r) => r.url.includes('dryRun=all')).map((r) => r.method)).toEqual([
      'POST',
      'PUT',
    ]);
    const broken = { ...rendered(name, image(3), 'r3'), spec: { template: { spec: { containers: [] } } } };
    await expect(validateServerSide(broken, target, deps)).rejects.toThrow(
      /Cloud Run refused to replace service .* \(HTTP 400\): spec.template.spec.containers: at least one container is required/,
    );
  });

  test('slow answers: a request that times out is retried, then reported', async () => {
    const request = createApiClient({
      accessToken: () => Promise.resolve('t'),
      requestTimeoutMs: 100,
      attempts: 2,
      sleep: () => Promise.resolve(),
    });
    const slowApi = cloudRunApi(request, runBaseUrl(GCLOUD_REGION, emulator.url), PROJECT);
    emulator.setLatency(300);
    try {
      await expect(slowApi.getService('anything')).rejects.toThrow(
        /GET .*\/services\/anything failed after retries: ETIMEDOUT/,
      );
    } finally {
      emulator.setLatency(0);
    }
  });

  test('bursts of 429 and 503 are survived', async () => {
    const { name, deps, target } = setup();
    emulator.injectFaults(503, 2);
    emulator.injectFaults(429, 2);
    const result = await deployRevision(
      rendered(name, image(1), 'r1'),
      target,
      { revisionSuffix: 'x' },
      deps,
    );
    expect(result.created).toBe(true);
  });
});

describe('against gcloud', () => {
  beforeAll(() => {
    ensureRegionalLocalhost();
  });

  test('gcloud run services replace, describe and update-traffic work against the emulator', async () => {
    const { env, tokenFile } = gcloudSandbox();
    const environment = { ...env, CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: emulator.url };
    const common = gcloudRunFlags(PROJECT, tokenFile);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-gcloud-')), 'service.yaml');
    const { stringify } = await import('yaml');
    writeFileSync(file, stringify(rendered('by-gcloud', image(1), 'g1')));
    const replaced = await gcloud(['run', 'services', 'replace', file, ...common], environment);
    expect(replaced.output).toContain('New configuration has been applied to service');
    expect(replaced.code).toBe(0);
    const described = await gcloud(
      [
        'run',
        'services',
        'describe',
        'by-gcloud',
        '--format',
        'value(status.latestReadyRevisionName)',
        ...common,
      ],
      environment,
    );
    expect(described.output.trim()).toBe('by-gcloud-g1');
    const tagged = await gcloud(
      ['run', 'services', 'update-traffic', 'by-gcloud', '--set-tags', 'pr-3=by-gcloud-g1', ...common],
      environment,
    );
    expect(tagged.code).toBe(0);
    const moved = await gcloud(
      ['run', 'services', 'update-traffic', 'by-gcloud', '--to-tags', 'pr-3=100', ...common],
      environment,
    );
    expect(moved.code).toBe(0);
    expect(trafficOf('by-gcloud')).toEqual([
      { revisionName: 'by-gcloud-g1', percent: 100 },
      { revisionName: 'by-gcloud-g1', tag: 'pr-3' },
    ]);
  });

  test('our create request carries what gcloud sends for the same YAML, plus only what we add on purpose', async () => {
    const { env, tokenFile } = gcloudSandbox();
    const environment = { ...env, CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: emulator.url };
    const common = [...gcloudRunFlags(PROJECT, tokenFile), '--async'];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-gcloud-')), 'service.yaml');
    const { stringify } = await import('yaml');
    writeFileSync(file, stringify(rendered('compare-gcloud', image(1), 'c1')));
    expect((await gcloud(['run', 'services', 'replace', file, ...common], environment)).code).toBe(0);
    const fromGcloud = emulator.requests
      .filter(
        (r) =>
          r.method === 'POST' &&
          (r.body as Resource | undefined)?.['metadata'] &&
          JSON.stringify(r.body).includes('compare-gcloud'),
      )
      .at(-1)?.body as Resource;

    const { deps, target } = setup({ service: 'compare-ours' });
    await deployRevision(rendered('compare-ours', image(1), 'c1'), target, { revisionSuffix: 'x' }, deps);
    const ours = emulator.requests
      .filter((r) => r.method === 'POST' && JSON.stringify(r.body).includes('compare-ours'))
      .at(-1)?.body as Resource;

    // What we add on purpose: the template digest annotation and explicit traffic; gcloud adds empty labels.
    const normalise = (service: Resource, name: string) => {
      const copy = JSON.parse(JSON.stringify(service).replaceAll(name, 'NAME')) as {
        metadata: { labels?: object };
        spec: { traffic?: unknown; template: { metadata: { annotations?: Record<string, string> } } };
      };
      if (copy.metadata.labels && Object.keys(copy.metadata.labels).length === 0) delete copy.metadata.labels;
      delete copy.spec.traffic;
      delete copy.spec.template.metadata.annotations?.[TEMPLATE_DIGEST_ANNOTATION];
      return copy;
    };
    expect(normalise(ours, 'compare-ours')).toEqual(normalise(fromGcloud, 'compare-gcloud'));
    expect((ours['spec'] as { traffic: unknown }).traffic).toEqual([
      { revisionName: 'compare-ours-c1', percent: 100 },
    ]);
  });
});
