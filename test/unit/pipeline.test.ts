// The pipeline in-process, every mode, with every outside system faked (test/support/fakes.ts): what it sends,
// what it reports, what it leaves behind.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { parsePipelineConfig } from '../../src/config/index.js';
import { actionDefaults } from '../../src/defaults.js';
import type { PipelineIo, PipelineReport } from '../../src/pipeline.js';
import { PipelineError, runPipeline } from '../../src/pipeline.js';
import { renderSummary } from '../../src/report/index.js';
import { fakeCloudRun, fakePipelineDependencies, fakePostgrest } from '../support/fakes.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const SPEC = readFileSync('cloudbuild/service.yaml', 'utf8');
const BASE = {
  project_id: 'demo-project',
  region: 'europe-west1',
  service: 'postgrest',
  repository: 'europe-west1-docker.pkg.dev/demo-project/postgrest',
  smoke_role: 'web_user',
};

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
async function pipeline(inputs: Record<string, string>, options: { secret?: string } = {}) {
  run += 1;
  const defaults = actionDefaults();
  const config = parsePipelineConfig(
    (name) => ({ ...BASE, ...inputs })[name] ?? defaults[name] ?? '',
    (name) => `input \`${name}\``,
  );
  const outputs: Record<string, string> = {};
  const lines: string[] = [];
  const warnings: string[] = [];
  const postgrest = fakePostgrest(SECRET);
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
  };
  const deps = fakePipelineDependencies({
    cloudRun,
    secret: options.secret ?? SECRET,
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
  return { outputs, lines, warnings, report, error, smokeUrls: postgrest.urls };
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
