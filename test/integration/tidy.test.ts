// Tidying revisions against the Cloud Run emulator: the emulator's revision list and delete follow Cloud Run's rules
// (checked with gcloud itself at the end), and the tidy keeps its promises — the newest `keep`, never a revision that
// serves or carries a tag at the moment of its deletion, at most MAX_DELETIONS_PER_RUN a run, warnings not failures.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { CloudRunApi, Resource } from '../../src/deploy/api.js';
import { cloudRunApi, runBaseUrl } from '../../src/deploy/api.js';
import type { DeployDependencies, DeployTarget } from '../../src/deploy/index.js';
import {
  MAX_DELETIONS_PER_RUN,
  deleteUnreferenced,
  deployRevision,
  promoteRevision,
  removeTag,
  tidyRevisions,
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

const image = (n: number) => `europe-docker.pkg.dev/p/r/postgrest@sha256:${n.toString(16).padStart(64, '0')}`;

function setup() {
  counter += 1;
  const name = `tidy-${String(counter)}`;
  const lines: string[] = [];
  const request = createApiClient({ accessToken: () => Promise.resolve('test-token') });
  const api: CloudRunApi = cloudRunApi(request, runBaseUrl(GCLOUD_REGION, emulator.url), PROJECT);
  const deps: DeployDependencies = { api, log: (line) => lines.push(line) };
  const target: DeployTarget = {
    projectId: PROJECT,
    region: GCLOUD_REGION,
    service: name,
    waitTimeoutMs: 10_000,
  };
  return { name, lines, api, deps, target, request };
}

type Setup = ReturnType<typeof setup>;

/** Deploy revisions r{from}..r{to}, each promoted (as a deploy does): the last serves, the others serve nothing. */
async function deployPromoted({ name, deps, target }: Setup, from: number, to: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = from; i <= to; i += 1) {
    const template = renderTemplate({
      IMAGE: image(i),
      SERVICE: name,
      REVISION: `r${String(i)}`,
      PROJECT_ID: PROJECT,
      REGION: GCLOUD_REGION,
    });
    const deployed = await deployRevision(
      template,
      target,
      { revisionSuffix: 'x', tag: `run-r${String(i)}` },
      deps,
    );
    await promoteRevision(target, deployed, deps);
    names.push(deployed.revision);
  }
  return names;
}

/** A preview of revision r{n}: no traffic, under `tag`. */
async function deployPreview({ name, deps, target }: Setup, n: number, tag: string): Promise<string> {
  const template = renderTemplate({
    IMAGE: image(n),
    SERVICE: name,
    REVISION: `r${String(n)}`,
    PROJECT_ID: PROJECT,
    REGION: GCLOUD_REGION,
  });
  const deployed = await deployRevision(
    template,
    target,
    { revisionSuffix: 'x', tag, preview: { allow: new Set(), image: image(n) } },
    deps,
  );
  return deployed.revision;
}

/** Put `tag` on `revision` (0 %), as a person or another run would, straight through the API. */
async function addTag({ api, name }: Setup, revision: string, tag: string): Promise<void> {
  const service = (await api.getService(name)) as Resource & { spec: { traffic: unknown[] } };
  const body = {
    ...service,
    spec: {
      ...service.spec,
      traffic: [...service.spec.traffic, { revisionName: revision, percent: 0, tag }],
    },
  };
  delete (body as Resource)['status'];
  const outcome = await api.replaceService(name, body);
  if (outcome.kind !== 'done') throw new Error(`could not tag ${revision}: ${outcome.kind}`);
}

const remaining = (name: string) => emulator.revisionNames(PROJECT, name);
const deletesOf = (revision: string) =>
  emulator.requests.filter((r) => r.method === 'DELETE' && r.url.endsWith(`/revisions/${revision}`)).length;

beforeAll(async () => {
  emulator = await startCloudRunEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.setRevisionOutcome(() => ({ readyAfterMs: 5 }));
});

describe("the emulator's revisions follow Cloud Run's rules", () => {
  test("the list holds the service's revisions only, newest first, in pages; our client reads every page", async () => {
    const ctx = setup();
    const other = setup();
    const names = await deployPromoted(ctx, 1, 3);
    await deployPromoted(other, 1, 1);
    const base = `${runBaseUrl(GCLOUD_REGION, emulator.url)}/apis/serving.knative.dev/v1/namespaces/${PROJECT}/revisions`;
    const page = await ctx.request(
      'GET',
      `${base}?labelSelector=${encodeURIComponent(`serving.knative.dev/service=${ctx.name}`)}&limit=2`,
    );
    const body = page.body as { items: Resource[]; metadata: { continue?: string } };
    expect(body.items.map((r) => (r['metadata'] as { name: string }).name)).toEqual([names[2], names[1]]);
    expect(body.metadata.continue).toBeTruthy();
    const all = await ctx.api.listRevisions(ctx.name);
    expect(all.map((r) => (r['metadata'] as { name: string }).name)).toEqual([...names].reverse());

    // More than one page of 100: the client follows metadata.continue.
    const many = setup();
    const template = renderTemplate({
      IMAGE: image(1),
      SERVICE: many.name,
      REVISION: 'm0',
      PROJECT_ID: PROJECT,
      REGION: GCLOUD_REGION,
    });
    let current = await deployRevision(template, many.target, { revisionSuffix: 'x' }, many.deps);
    for (let i = 1; i <= 104; i += 1) {
      const service = current.service as Resource & { spec: { template: { metadata: { name: string } } } };
      const body = structuredClone(service);
      body.spec.template.metadata.name = `${many.name}-m${String(i)}`;
      delete (body as Resource)['status'];
      const outcome = await many.api.replaceService(many.name, body);
      if (outcome.kind !== 'done') throw new Error(outcome.kind);
      current = { ...current, service: outcome.service };
    }
    expect(await many.api.listRevisions(many.name)).toHaveLength(105);
  });

  test('a revision that serves, carries a tag or is the latest cannot be deleted (400 FAILED_PRECONDITION); unknown is 404', async () => {
    const ctx = setup();
    const [r1, r2, r3] = await deployPromoted(ctx, 1, 3);
    await addTag(ctx, r1 ?? '', 'pr-1');
    expect(await ctx.api.deleteRevision(r3 ?? '')).toMatchObject({
      kind: 'refused',
      status: 400,
      message: expect.stringMatching(/actively serving/) as unknown,
    });
    expect(await ctx.api.deleteRevision(r1 ?? '')).toMatchObject({
      kind: 'refused',
      status: 400,
      message: expect.stringMatching(/tag "pr-1"/) as unknown,
    });
    expect(await ctx.api.deleteRevision(`${ctx.name}-nope`)).toEqual({ kind: 'gone' });
    expect(await ctx.api.deleteRevision(r2 ?? '')).toEqual({ kind: 'deleted' });
    expect(remaining(ctx.name)).toEqual([r1, r3]);
    // The latest revision, even with no traffic (a preview whose tag was taken off), stays.
    const r4 = await deployPreview(ctx, 4, 'pr-4');
    await removeTag(ctx.target, 'pr-4', ctx.deps);
    expect(await ctx.api.deleteRevision(r4)).toMatchObject({ kind: 'refused', status: 400 });
  });
});

describe('tidying after a deploy', () => {
  test('many deploys: the newest `keep` stay, the oldest go, oldest first', async () => {
    const ctx = setup();
    const names = await deployPromoted(ctx, 1, 8);
    const result = await tidyRevisions(ctx.target, { keep: 3, protect: [names[7] ?? ''] }, ctx.deps);
    expect(result).toEqual({ deleted: names.slice(0, 5), warnings: [] });
    expect(remaining(ctx.name)).toEqual(names.slice(5));
    expect(ctx.lines).toContain(`service ${ctx.name}: deleted ${names.slice(0, 5).join(', ')}`);
    // Nothing more to do: a second tidy deletes nothing.
    expect((await tidyRevisions(ctx.target, { keep: 3 }, ctx.deps)).deleted).toEqual([]);
  });

  test(`at most ${String(MAX_DELETIONS_PER_RUN)} a run; the next run goes on`, async () => {
    const ctx = setup();
    const names = await deployPromoted(ctx, 1, 14);
    const first = await tidyRevisions(ctx.target, { keep: 1 }, ctx.deps);
    expect(first.deleted).toEqual(names.slice(0, MAX_DELETIONS_PER_RUN));
    const second = await tidyRevisions(ctx.target, { keep: 1 }, ctx.deps);
    expect(second.deleted).toEqual(names.slice(MAX_DELETIONS_PER_RUN, 13));
    expect(remaining(ctx.name)).toEqual([names[13]]);
  });

  test('a tagged revision (a preview) and the serving one stay, however old', async () => {
    const ctx = setup();
    const [r1] = await deployPromoted(ctx, 1, 1);
    const preview = await deployPreview(ctx, 2, 'pr-2');
    const later = await deployPromoted(ctx, 3, 6);
    // r1 serves nothing now and carries no tag; the preview keeps its tag.
    const result = await tidyRevisions(ctx.target, { keep: 1 }, ctx.deps);
    expect(result.deleted).toEqual([r1, ...later.slice(0, 3)]);
    expect(remaining(ctx.name)).toEqual([preview, later[3]]);
  });

  test('keep 0 never deletes, and sends nothing', async () => {
    const ctx = setup();
    await deployPromoted(ctx, 1, 3);
    const before = emulator.requests.length;
    expect(await tidyRevisions(ctx.target, { keep: 0 }, ctx.deps)).toEqual({ deleted: [], warnings: [] });
    expect(emulator.requests.length).toBe(before);
    expect(remaining(ctx.name)).toHaveLength(3);
  });

  test('no more revisions than it keeps: one list, and the service is not read', async () => {
    const ctx = setup();
    await deployPromoted(ctx, 1, 3);
    const before = emulator.requests.length;
    expect(await tidyRevisions(ctx.target, { keep: 3 }, ctx.deps)).toEqual({ deleted: [], warnings: [] });
    expect(emulator.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
    expect(emulator.requests.at(-1)?.url).toContain('/revisions');
    expect(ctx.lines).toContain(`service ${ctx.name}: no revision to delete (keeping the newest 3)`);
  });

  test('a revision that gains a tag after the tidy picked it is kept: a fresh read before each DELETE sees it', async () => {
    const ctx = setup();
    const [r1, r2] = await deployPromoted(ctx, 1, 4);
    let reads = 0;
    const api: CloudRunApi = {
      ...ctx.api,
      getService: async (name) => {
        const service = await ctx.api.getService(name);
        reads += 1;
        // Read 1 is the one the tidy picks from: r1 is tagged right after it.
        if (reads === 1) await addTag(ctx, r1 ?? '', 'late');
        return service;
      },
    };
    const result = await tidyRevisions(ctx.target, { keep: 1 }, { ...ctx.deps, api });
    expect(result.deleted).toEqual([r2, expect.any(String)]);
    expect(remaining(ctx.name)).toContain(r1);
    // Not even asked: the tidy saw the tag itself, without relying on Cloud Run's refusal.
    expect(deletesOf(r1 ?? '')).toBe(0);
    expect(ctx.lines).toContain(`service ${ctx.name}: kept ${r1 ?? ''}: it serves or carries a tag now`);
  });

  test('a revision that gains a tag between the fresh read and its DELETE: Cloud Run refuses, a warning, it stays', async () => {
    const ctx = setup();
    const [r1, r2] = await deployPromoted(ctx, 1, 3);
    let reads = 0;
    const api: CloudRunApi = {
      ...ctx.api,
      getService: async (name) => {
        const service = await ctx.api.getService(name);
        reads += 1;
        // Read 1: the tidy's own read; read 2: the fresh read right before r1's DELETE.
        if (reads === 2) await addTag(ctx, r1 ?? '', 'racing');
        return service;
      },
    };
    const result = await tidyRevisions(ctx.target, { keep: 1 }, { ...ctx.deps, api });
    expect(result.deleted).toEqual([r2]);
    expect(result.warnings).toEqual([
      expect.stringMatching(new RegExp(`^revision ${r1 ?? ''} not deleted: Cloud Run keeps it .*HTTP 400`)),
    ]);
    expect(remaining(ctx.name)).toContain(r1);
  });

  test('a revision deleted by someone else meanwhile is fine (404); a refused read is a warning, never a throw', async () => {
    const ctx = setup();
    const [r1, r2] = await deployPromoted(ctx, 1, 3);
    const api: CloudRunApi = {
      ...ctx.api,
      listRevisions: async (service) => {
        const listed = await ctx.api.listRevisions(service);
        await ctx.api.deleteRevision(r1 ?? '');
        return listed;
      },
    };
    const result = await tidyRevisions(ctx.target, { keep: 1 }, { ...ctx.deps, api });
    expect(result).toEqual({ deleted: [r2], warnings: [] });
    expect(ctx.lines).toContain(`service ${ctx.name}: ${r1 ?? ''} was already deleted`);

    await deployPromoted(ctx, 4, 5);
    emulator.injectFaults(403, 1);
    const refused = await tidyRevisions(ctx.target, { keep: 1 }, ctx.deps);
    expect(refused.deleted).toEqual([]);
    expect(refused.warnings).toEqual([expect.stringMatching(/not tidied: Cloud Run refused .*HTTP 403/)]);
  });

  test("removing a preview's tag deletes its revision, unless another tag or traffic still names it", async () => {
    const ctx = setup();
    await deployPromoted(ctx, 1, 1);
    const pr5 = await deployPreview(ctx, 5, 'pr-5');
    const pr6 = await deployPreview(ctx, 6, 'pr-6');
    await addTag(ctx, pr6, 'pinned');
    const five = await removeTag(ctx.target, 'pr-5', ctx.deps);
    expect(five.revisions).toEqual([pr5]);
    expect(await deleteUnreferenced(ctx.target, five.revisions, ctx.deps)).toEqual({
      deleted: [pr5],
      warnings: [],
    });
    const six = await removeTag(ctx.target, 'pr-6', ctx.deps);
    expect(await deleteUnreferenced(ctx.target, six.revisions, ctx.deps)).toEqual({
      deleted: [],
      warnings: [],
    });
    expect(remaining(ctx.name)).not.toContain(pr5);
    expect(remaining(ctx.name)).toContain(pr6);
  });
});

// gcloud starts in seconds; on a busy machine, several of its runs take far more than the default test timeout.
describe('against gcloud', { timeout: 180_000 }, () => {
  beforeAll(() => {
    ensureRegionalLocalhost();
  });

  test('gcloud run revisions list and delete work against the emulator, with the same refusals', async () => {
    const ctx = setup();
    const [r1, r2, r3] = await deployPromoted(ctx, 1, 3);
    const { env, tokenFile } = gcloudSandbox();
    const environment = { ...env, CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: emulator.url };
    const common = gcloudRunFlags(PROJECT, tokenFile);
    const listed = await gcloud(
      ['run', 'revisions', 'list', '--service', ctx.name, '--format', 'value(metadata.name)', ...common],
      environment,
    );
    expect(listed.code, listed.output).toBe(0);
    expect(listed.output.trim().split('\n')).toEqual([r3, r2, r1]);
    // gcloud asks with spaces around '=' and a page size: the emulator reads both.
    expect(
      emulator.requests.some((r) => r.url.includes('labelSelector=serving.knative.dev%2Fservice+%3D+')),
    ).toBe(true);

    const serving = await gcloud(['run', 'revisions', 'delete', r3 ?? '', '--quiet', ...common], environment);
    expect(serving.code).not.toBe(0);
    expect(serving.output).toContain('cannot be directly deleted because it is actively serving');
    const old = await gcloud(['run', 'revisions', 'delete', r1 ?? '', '--quiet', ...common], environment);
    expect(old.code, old.output).toBe(0);
    const missing = await gcloud(['run', 'revisions', 'delete', r1 ?? '', '--quiet', ...common], environment);
    expect(missing.code).not.toBe(0);
    expect(missing.output).toMatch(/could not be found|does not exist/);
    expect(remaining(ctx.name)).toEqual([r2, r3]);
  });
});
