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
  SERVICE_DIGEST_ANNOTATION,
  TEMPLATE_DIGEST_ANNOTATION,
  deployRevision,
  promoteRevision,
  removeRunTag,
  removeTag,
  validateServerSide,
} from '../../src/deploy/index.js';
import { createApiClient } from '../../src/gcp/http.js';
import type { CloudRunEmulator } from '../support/cloud-run-emulator.js';
import { startCloudRunEmulator } from '../support/cloud-run-emulator.js';
import type { FaultProxy } from '../support/fault-proxy.js';
import { startFaultProxy } from '../support/fault-proxy.js';
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

/** The parts of the rendered template the tests edit. */
interface EditableService {
  metadata: { annotations: Record<string, string>; labels: Record<string, string> };
  spec: {
    template: {
      spec: {
        serviceAccountName?: string;
        containers: { name?: string; image: string; env?: { name: string; valueFrom?: unknown }[] }[];
      };
    };
  };
}

/** `service` with `edit` applied to a copy (the rendered template is plain JSON). */
function edited(service: Resource, edit: (copy: EditableService) => void): Resource {
  const copy = structuredClone(service) as unknown as EditableService;
  edit(copy);
  return copy as unknown as Resource;
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

  test('a new revision gets no traffic; previews join while another PR keeps its tag; promote drops only the run tag; remove a tag', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    const pr7 = await deployRevision(
      rendered(name, image(2), 'r2'),
      target,
      { revisionSuffix: 'x', tag: 'pr-7', preview: { allow: new Set(), image: image(2) } },
      deps,
    );
    expect(pr7).toMatchObject({ revision: `${name}-r2`, changed: true, created: false, tag: 'pr-7' });
    const pr8 = await deployRevision(
      rendered(name, image(3), 'r3'),
      target,
      { revisionSuffix: 'x', tag: 'pr-8', preview: { allow: new Set(), image: image(3) } },
      deps,
    );
    expect(pr8.tagUrl).toMatch(/^https:\/\/pr-8---/);
    expect(pr8.tagUrl).not.toBe(pr7.tagUrl);
    expect(trafficOf(name)).toEqual([
      { revisionName: `${name}-r1`, percent: 100 },
      { revisionName: `${name}-r2`, percent: 0, tag: 'pr-7' },
      { revisionName: `${name}-r3`, percent: 0, tag: 'pr-8' },
    ]);

    const r4 = await deployRevision(
      rendered(name, image(4), 'r4'),
      target,
      { revisionSuffix: 'x', tag: 'run-r4' },
      deps,
    );
    expect(r4.smokeUrl).toMatch(/^https:\/\/run-r4---/);
    await promoteRevision(target, r4, deps);
    expect(trafficOf(name)).toEqual([
      { revisionName: `${name}-r4`, percent: 100 },
      { revisionName: `${name}-r2`, percent: 0, tag: 'pr-7' },
      { revisionName: `${name}-r3`, percent: 0, tag: 'pr-8' },
    ]);

    await removeTag(target, 'pr-7', deps);
    expect(trafficOf(name)).toEqual([
      { revisionName: `${name}-r4`, percent: 100 },
      { revisionName: `${name}-r3`, percent: 0, tag: 'pr-8' },
    ]);
    expect((await removeTag(target, 'pr-7', deps)).changed).toBe(false);
  });

  test("a roll back takes back only this run's tag: a preview added meanwhile stays", async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x', tag: 'pr-1' }, deps);
    const before = trafficOf(name) as unknown[];
    const result = await deployRevision(
      rendered(name, image(2), 'r2'),
      target,
      { revisionSuffix: 'x', tag: 'run-r2' },
      deps,
    );
    expect(trafficOf(name)).not.toEqual(before);
    // While this run smoke-tests, a pull request's preview joins.
    await deployRevision(
      rendered(name, image(3), 'r3'),
      target,
      { revisionSuffix: 'x', tag: 'pr-9', preview: { allow: new Set(), image: image(3) } },
      deps,
    );
    expect(await removeRunTag(target, 'run-r2', result.revision, deps)).toEqual({ changed: true });
    expect(trafficOf(name)).toEqual([...before, { revisionName: `${name}-r3`, percent: 0, tag: 'pr-9' }]);
  });

  test('an unchanged redeploy sends no PUT and creates no revision: changed=false; it is tested through the service URL', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x', tag: 'run-1' }, deps);
    const revisions = emulator.revisionCount();
    const putsBefore = puts(name);
    // Another run: a new revision name and tag (the run changed), same spec and image.
    const again = await deployRevision(
      rendered(name, image(1), 'r2'),
      target,
      { revisionSuffix: 'x', tag: 'run-2' },
      deps,
    );
    expect(again).toMatchObject({ revision: `${name}-r1`, changed: false });
    expect(again.tag).toBeUndefined();
    // It serves all the traffic: the service URL reaches it and no other revision.
    expect(again.smokeUrl).toBe(again.serviceUrl);
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

  test('a 409 conflict is read again and retried; endless conflicts are reported', async () => {
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

    const alwaysConflict: CloudRunApi = {
      ...deps.api,
      replaceService: () => Promise.resolve({ kind: 'stale', message: 'version mismatch' }),
    };
    await expect(
      deployRevision(
        rendered(name, image(3), 'r3'),
        target,
        { revisionSuffix: 'x' },
        { ...deps, api: alwaysConflict },
      ),
    ).rejects.toThrow(/kept changing under this run \(4 attempts, each answered HTTP 409 or lost\)/);
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

describe('a deploy keeps its promises', () => {
  test('a failed revision loses its run tag again and the error says so; traffic is as it was', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    const before = trafficOf(name);
    emulator.setRevisionOutcome((revision) =>
      revision.endsWith('-r2')
        ? { readyAfterMs: 20, failure: { reason: 'ContainerMissing', message: 'Image not found.' } }
        : { readyAfterMs: 30 },
    );
    const error = await deployRevision(
      rendered(name, image(2), 'r2'),
      target,
      { revisionSuffix: 'x', tag: 'run-r2' },
      deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `is not ready: ContainerMissing: .*; tag run-r2 removed from the failed revision ${name}-r2; traffic is as it was$`,
      ),
    );
    expect(trafficOf(name)).toEqual(before);
  });

  test('a revision that misses the deadline loses its run tag too', async () => {
    const { name, deps, target } = setup({ waitTimeoutMs: 600 });
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    const before = trafficOf(name);
    emulator.setRevisionOutcome(() => ({ readyAfterMs: 60_000 }));
    await expect(
      deployRevision(rendered(name, image(2), 'r2'), target, { revisionSuffix: 'x', tag: 'run-r2' }, deps),
    ).rejects.toThrow(/did not become ready within 1 s .*; tag run-r2 removed from the failed revision/);
    expect(trafficOf(name)).toEqual(before);
  });

  test('the same spec after a failed revision is deployed afresh, never reused: only Ready revisions get traffic', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    emulator.setRevisionOutcome((revision) =>
      revision.endsWith('-r2')
        ? { readyAfterMs: 20, failure: { reason: 'HealthCheckContainerError', message: 'probe failed' } }
        : { readyAfterMs: 30 },
    );
    await expect(
      deployRevision(rendered(name, image(2), 'r2'), target, { revisionSuffix: 'x', tag: 'run-r2' }, deps),
    ).rejects.toThrow(DeployError);
    // The next run, same template (a transient failure): a new revision, tested and promoted.
    const again = await deployRevision(
      rendered(name, image(2), 'r3'),
      target,
      { revisionSuffix: 'x', tag: 'run-r3' },
      deps,
    );
    expect(again).toMatchObject({ revision: `${name}-r3`, changed: true, tag: 'run-r3' });
    await promoteRevision(target, again, deps);
    expect(trafficOf(name)).toEqual([{ revisionName: `${name}-r3`, percent: 100 }]);
  });

  test('a change of service settings only (an annotation) is deployed: changed=true, no new revision', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    const revisions = emulator.revisionCount();
    const internal = edited(rendered(name, image(1), 'r2'), (copy) => {
      copy.metadata.annotations['run.googleapis.com/ingress'] = 'internal';
    });
    const result = await deployRevision(internal, target, { revisionSuffix: 'x', tag: 'run-2' }, deps);
    expect(result).toMatchObject({ revision: `${name}-r1`, changed: true, tag: 'run-2' });
    expect(emulator.revisionCount()).toBe(revisions);
    const metadata = emulator.service(PROJECT, name)?.['metadata'] as { annotations: Record<string, string> };
    expect(metadata.annotations['run.googleapis.com/ingress']).toBe('internal');
    // And the same again is unchanged.
    await promoteRevision(target, result, deps);
    const third = await deployRevision(internal, target, { revisionSuffix: 'x', tag: 'run-3' }, deps);
    expect(third.changed).toBe(false);
  });

  test('a pinned revision name that is taken says so (ALREADY_EXISTS), not "changed by someone else"', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    await deployRevision(rendered(name, image(2), 'r2'), target, { revisionSuffix: 'x' }, deps);
    // Another template under a name already used (a re-run that reused the suffix).
    await expect(
      deployRevision(rendered(name, image(3), 'r1'), target, { revisionSuffix: 'x', tag: 'run-r1b' }, deps),
    ).rejects.toThrow(/name collision \(ALREADY_EXISTS: Revision named '.*-r1' with different configuration/);
  });

  test('promote is a compare-and-set: when another run moved the traffic meanwhile, it fails and leaves it', async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    const a = await deployRevision(
      rendered(name, image(2), 'ra'),
      target,
      { revisionSuffix: 'x', tag: 'run-a' },
      deps,
    );
    const b = await deployRevision(
      rendered(name, image(3), 'rb'),
      target,
      { revisionSuffix: 'x', tag: 'run-b' },
      deps,
    );
    await promoteRevision(target, a, deps);
    // b starts from its last read (stale now): its write is refused on resourceVersion, the fresh read shows why.
    await expect(promoteRevision(target, b, deps)).rejects.toThrow(
      `not promoting ${name}-rb: the traffic of service ${name} changed while this run tested it (it was 100 % ${name}-r1, now 100 % ${name}-ra)`,
    );
    expect(trafficOf(name)).toEqual([
      { revisionName: `${name}-ra`, percent: 100 },
      { revisionName: `${name}-rb`, percent: 0, tag: 'run-b' },
    ]);
  });

  test("two deploys at once: each waits for its own revision; another run's failing one does not fail it", async () => {
    const { name, deps, target } = setup();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    emulator.setRevisionOutcome((revision) =>
      revision.endsWith('-bad')
        ? { readyAfterMs: 50, failure: { reason: 'HealthCheckContainerError', message: 'probe failed' } }
        : { readyAfterMs: 400 },
    );
    const good = deployRevision(
      rendered(name, image(2), 'good'),
      target,
      { revisionSuffix: 'x', tag: 'run-good' },
      deps,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const bad = deployRevision(
      rendered(name, image(3), 'bad'),
      target,
      { revisionSuffix: 'x', tag: 'run-bad' },
      deps,
    );
    const [goodResult, badResult] = await Promise.allSettled([good, bad]);
    expect(goodResult.status).toBe('fulfilled');
    expect(badResult.status).toBe('rejected');
    if (goodResult.status !== 'fulfilled') throw new Error('unreachable');
    expect(goodResult.value.smokeUrl).toMatch(/^https:\/\/run-good---/);
    await promoteRevision(target, goodResult.value, deps);
    expect(trafficOf(name)).toEqual([{ revisionName: `${name}-good`, percent: 100 }]);
  });
});

describe('answers lost on the wire', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy(emulator.url);
  });
  afterAll(async () => {
    await proxy.close();
  });

  /** The stage's dependencies through the proxy. */
  function throughProxy() {
    const base = setup();
    const request = createApiClient({
      accessToken: () => Promise.resolve('test-token'),
      sleep: () => Promise.resolve(),
    });
    const api = cloudRunApi(request, runBaseUrl(GCLOUD_REGION, proxy.url), PROJECT);
    return { ...base, api, deps: { ...base.deps, api } };
  }

  test.each([
    ['a reset connection', { kind: 'reset' } as const],
    ['a 503 from the gateway', { kind: 'status', status: 503 } as const],
  ])(
    'a new revision whose PUT answer was lost (%s) is settled by a read: changed=true, Ready, tagged',
    async (_, fault) => {
      const { name, deps, target } = throughProxy();
      await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
      const revisions = emulator.revisionCount();
      proxy.loseAnswer('PUT', new RegExp(`/services/${name}$`), fault);
      const result = await deployRevision(
        rendered(name, image(2), 'r2'),
        target,
        { revisionSuffix: 'x', tag: 'run-r2' },
        deps,
      );
      expect(proxy.lost.at(-1)).toMatch(/^PUT /);
      expect(result).toMatchObject({ revision: `${name}-r2`, changed: true, tag: 'run-r2' });
      expect(result.smokeUrl).toMatch(/^https:\/\/run-r2---/);
      expect(emulator.revisionCount()).toBe(revisions + 1);
      expect(trafficOf(name)).toEqual([
        { revisionName: `${name}-r1`, percent: 100 },
        { revisionName: `${name}-r2`, percent: 0, tag: 'run-r2' },
      ]);
    },
  );

  test('a create whose answer was lost is settled by a read: created, not refused as existing', async () => {
    const { name, deps, target } = throughProxy();
    proxy.loseAnswer('POST', /\/services$/);
    const result = await deployRevision(
      rendered(name, image(1), 'r1'),
      target,
      { revisionSuffix: 'x', tag: 'run-r1' },
      deps,
    );
    expect(result).toMatchObject({ revision: `${name}-r1`, changed: true, created: true });
    expect(
      emulator.requests.filter((r) => r.method === 'POST' && JSON.stringify(r.body).includes(name)),
    ).toHaveLength(1);
  });

  test('a retried create answered 409 ALREADY_EXISTS for its own service is the same case', async () => {
    const { name, deps, target } = setup();
    const api: CloudRunApi = {
      ...deps.api,
      createService: async (body) => {
        await deps.api.createService(body);
        return { kind: 'exists', message: `Resource '${name}' already exists.` };
      },
    };
    const result = await deployRevision(
      rendered(name, image(1), 'r1'),
      target,
      { revisionSuffix: 'x', tag: 'run-r1' },
      { ...deps, api },
    );
    expect(result).toMatchObject({ revision: `${name}-r1`, changed: true, created: true });
  });

  test('a promote whose answer was lost is settled by a read', async () => {
    const { name, deps, target } = throughProxy();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x' }, deps);
    const result = await deployRevision(
      rendered(name, image(2), 'r2'),
      target,
      { revisionSuffix: 'x', tag: 'run-r2' },
      deps,
    );
    proxy.loseAnswer('PUT', new RegExp(`/services/${name}$`));
    expect(await promoteRevision(target, result, deps)).toMatchObject({ changed: true });
    expect(trafficOf(name)).toEqual([{ revisionName: `${name}-r2`, percent: 100 }]);
  });

  test('a tag removal whose answer was lost is settled by a read', async () => {
    const { name, deps, target } = throughProxy();
    await deployRevision(rendered(name, image(1), 'r1'), target, { revisionSuffix: 'x', tag: 'pr-1' }, deps);
    proxy.loseAnswer('PUT', new RegExp(`/services/${name}$`));
    // The revisions the tag was on, as planned from the read before the write.
    expect(await removeTag(target, 'pr-1', deps)).toEqual({ changed: true, revisions: [`${name}-r1`] });
    expect(trafficOf(name)).toEqual([{ revisionName: `${name}-r1`, percent: 100 }]);
  });
});

describe('previews', () => {
  const production = (name: string) =>
    edited(rendered(name, image(1), 'r1'), (copy) => {
      copy.metadata.annotations['run.googleapis.com/ingress'] = 'internal';
      copy.metadata.labels['team'] = 'api';
    });
  const policy = (allow: string[] = []) =>
    ({ allow: new Set(allow), image: image(2) }) as Parameters<typeof deployRevision>[2]['preview'];

  test('a preview of a service that does not exist is refused; nothing is created', async () => {
    const { name, deps, target } = setup();
    await expect(
      deployRevision(
        rendered(name, image(2), 'p1'),
        target,
        { revisionSuffix: 'x', tag: 'pr-1', preview: policy() },
        deps,
      ),
    ).rejects.toThrow(`service ${name} does not exist: a preview is deployed beside production`);
    expect(emulator.service(PROJECT, name)).toBeUndefined();
  });

  test("a preview keeps production's own settings: only the template and its tag change", async () => {
    const { name, deps, target } = setup();
    await deployRevision(production(name), target, { revisionSuffix: 'x' }, deps);
    const before = emulator.service(PROJECT, name)?.['metadata'] as { annotations: object; labels: object };
    // The pull request's spec says ingress all and drops the label.
    await deployRevision(
      rendered(name, image(2), 'p1'),
      target,
      { revisionSuffix: 'x', tag: 'pr-1', preview: policy() },
      deps,
    );
    const after = emulator.service(PROJECT, name)?.['metadata'] as { annotations: object; labels: object };
    expect(after.annotations).toEqual(before.annotations);
    expect(after.labels).toEqual(before.labels);
    expect(trafficOf(name)).toEqual([
      { revisionName: `${name}-r1`, percent: 100 },
      { revisionName: `${name}-p1`, percent: 0, tag: 'pr-1' },
    ]);
  });

  test.each([
    [
      'another service account',
      (copy: EditableService) => {
        copy.spec.template.spec.serviceAccountName = 'owner@demo-project.iam.gserviceaccount.com';
      },
      'service-account',
      /spec\.template\.spec\.serviceAccountName is "owner@demo-project\.iam\.gserviceaccount\.com", but production runs as "postgrest@demo-project\.iam\.gserviceaccount\.com".*preview_allow: service-account/,
    ],
    [
      'a secret production does not give that place',
      (copy: EditableService) => {
        copy.spec.template.spec.containers[0]?.env?.push({
          name: 'STRIPE_KEY',
          valueFrom: { secretKeyRef: { name: 'stripe-live', key: 'latest' } },
        });
      },
      'secrets',
      /containers\[postgrest\]\.env\[STRIPE_KEY\]\.valueFrom\.secretKeyRef adds the secret stripe-live:latest.*preview_allow: secrets/,
    ],
    [
      'a sidecar image nobody built',
      (copy: EditableService) => {
        copy.spec.template.spec.containers.push({
          name: 'tap',
          image: 'docker.io/attacker/tap:1',
        });
      },
      'images',
      /containers\[tap\]\.image is "docker\.io\/attacker\/tap:1", which is neither the image this run built or pinned .* nor one production runs.*preview_allow: images/,
    ],
  ])(
    'a preview with %s is refused before anything is written, unless allowed',
    async (_, edit, allowance, message) => {
      const { name, deps, target } = setup();
      await deployRevision(production(name), target, { revisionSuffix: 'x' }, deps);
      const putsBefore = puts(name);
      const widened = edited(rendered(name, image(2), 'p1'), edit);
      await expect(
        deployRevision(widened, target, { revisionSuffix: 'x', tag: 'pr-1', preview: policy() }, deps),
      ).rejects.toThrow(message);
      expect(puts(name)).toBe(putsBefore);
      const allowed = await deployRevision(
        widened,
        target,
        { revisionSuffix: 'x', tag: 'pr-1', preview: policy([allowance]) },
        deps,
      );
      expect(allowed.tag).toBe('pr-1');
    },
  );

  test("production is read from the revisions serving traffic, not from the last preview's template", async () => {
    const { name, deps, target } = setup();
    await deployRevision(production(name), target, { revisionSuffix: 'x' }, deps);
    const sidecar = (copy: EditableService) => {
      copy.spec.template.spec.containers.push({ name: 'tap', image: 'docker.io/attacker/tap:1' });
    };
    // One allowed preview with a sidecar; the next pull request may not inherit it.
    await deployRevision(
      edited(rendered(name, image(2), 'p1'), sidecar),
      target,
      { revisionSuffix: 'x', tag: 'pr-1', preview: policy(['images']) },
      deps,
    );
    await expect(
      deployRevision(
        edited(rendered(name, image(2), 'p2'), sidecar),
        target,
        { revisionSuffix: 'x', tag: 'pr-2', preview: policy() },
        deps,
      ),
    ).rejects.toThrow(/containers\[tap\]\.image/);
  });
});

// gcloud starts in seconds; on a busy machine, several of its runs take far more than the default test timeout.
describe('against gcloud', { timeout: 180_000 }, () => {
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

    // What we add on purpose: the two digest annotations and explicit traffic; gcloud adds empty labels.
    const normalise = (service: Resource, name: string) => {
      const copy = JSON.parse(JSON.stringify(service).replaceAll(name, 'NAME')) as {
        metadata: { labels?: object; annotations?: Record<string, string> };
        spec: { traffic?: unknown; template: { metadata: { annotations?: Record<string, string> } } };
      };
      if (copy.metadata.labels && Object.keys(copy.metadata.labels).length === 0) delete copy.metadata.labels;
      delete copy.spec.traffic;
      delete copy.metadata.annotations?.[SERVICE_DIGEST_ANNOTATION];
      delete copy.spec.template.metadata.annotations?.[TEMPLATE_DIGEST_ANNOTATION];
      return copy;
    };
    expect(normalise(ours, 'compare-ours')).toEqual(normalise(fromGcloud, 'compare-gcloud'));
    expect((ours['spec'] as { traffic: unknown }).traffic).toEqual([
      { revisionName: 'compare-ours-c1', percent: 100 },
    ]);
  });
});
