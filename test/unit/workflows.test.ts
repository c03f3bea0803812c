// action.yml and every ready-to-copy workflow, checked by GitHub's own parser (@actions/workflow-parser, run by
// scripts/check-workflows.ts), and against the action's inputs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const WORKFLOWS = readdirSync('workflows').filter((name) => name.endsWith('.yml'));
const inputs = Object.keys(
  (parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on?: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean; queue?: string };
  jobs: Record<
    string,
    { if?: string; environment?: string; permissions?: Record<string, string>; steps?: Step[] }
  >;
}

/** Errors per file from GitHub's parser. */
function parserErrors(...files: string[]): Record<string, string[]> {
  const result = spawnSync('node', ['--import', 'tsx', 'scripts/check-workflows.ts', ...files], {
    encoding: 'utf8',
  });
  return JSON.parse(result.stdout) as Record<string, string[]>;
}
const checked = parserErrors();

test('action.yml parses as an action', () => {
  expect(checked['action.yml']).toEqual([]);
});

test('a broken workflow is reported (the parser is live)', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-wf-')), 'bad.yml');
  writeFileSync(file, 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n');
  expect(parserErrors(file)[file]).toEqual(["bad.yml (Line: 5, Col: 5): Unexpected value 'stepz'"]);
});

describe.each(WORKFLOWS)('workflows/%s', (name) => {
  const content = readFileSync(path.join('workflows', name), 'utf8');
  const workflow = parse(content) as Workflow;

  test('parses without errors', () => {
    expect(checked[path.join('workflows', name)]).toEqual([]);
  });

  test('least privilege, per job: an OIDC token only where it authenticates, pull requests only where it comments', () => {
    expect(workflow.permissions?.['contents']).toBe('read');
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      // A job's own permissions replace the workflow's.
      const permissions = job.permissions ?? workflow.permissions ?? {};
      const steps = job.steps ?? [];
      const authenticates = steps.some((step) => step.uses?.startsWith('google-github-actions/auth'));
      const comments = JSON.stringify(steps).includes('createComment');
      const checksOut = steps.some((step) => step.uses?.startsWith('actions/checkout'));
      expect(permissions['id-token'] === 'write', jobName).toBe(authenticates);
      expect(permissions['pull-requests'] === 'write', jobName).toBe(comments);
      if (checksOut) expect(permissions['contents'], jobName).toBe('read');
      const allowed = new Set(['contents', 'id-token', 'pull-requests']);
      expect(
        Object.keys(permissions).filter((p) => !allowed.has(p)),
        jobName,
      ).toEqual([]);
      expect(Object.values(permissions).filter((v) => v === 'write').length, jobName).toBe(
        Number(authenticates) + Number(comments),
      );
    }
  });

  test('a job that may write to the pull request holds no Google credentials, and the other way round', () => {
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      const permissions = job.permissions ?? workflow.permissions ?? {};
      expect(permissions['pull-requests'] === 'write' && permissions['id-token'] === 'write', jobName).toBe(
        false,
      );
    }
  });

  test('a concurrency group; deploys are never cancelled half-way', () => {
    expect(workflow.concurrency?.group).toBeTruthy();
    if (content.includes('service: postgrest')) {
      // queue: max, or a run queued behind a running one cancels whichever run was pending (a preview could
      // cancel a pending production deploy).
      expect(workflow.concurrency).toEqual({
        group: 'cloud-run-postgrest',
        'cancel-in-progress': false,
        queue: 'max',
      });
    }
  });

  test('uses only inputs the action has', () => {
    const used = Object.values(workflow.jobs).flatMap((job) =>
      (job.steps ?? [])
        .filter((step) => step.uses?.startsWith('org/pgrst-cloudrun-action'))
        .flatMap((step) => Object.keys(step.with ?? {})),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((input) => !inputs.includes(input))).toEqual([]);
  });

  test('pull requests from forks (no OIDC token there) run no job that authenticates', () => {
    if (!workflow.on || !('pull_request' in workflow.on)) return;
    for (const job of Object.values(workflow.jobs)) {
      if (!(job.steps ?? []).some((step) => step.uses?.startsWith('google-github-actions/auth'))) continue;
      expect(job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    }
  });
});

describe('the preview comment (workflows/preview.yml, run as actions/github-script runs it)', () => {
  const workflow = parse(readFileSync('workflows/preview.yml', 'utf8')) as Workflow;
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .find((candidate) => candidate.uses?.startsWith('actions/github-script'));
  const raw = step?.with?.['script'];
  if (typeof raw !== 'string') throw new Error('workflows/preview.yml: no github-script step with a script');
  const script: string = raw;

  /** Run the script against an in-memory pull request holding `comments` (changed in place). */
  async function run(comments: { id: number; body: string }[], env: Record<string, string>): Promise<void> {
    let next = 100;
    const github = {
      paginate: async (method: (args: object) => Promise<{ data: unknown[] }>, args: object) =>
        (await method(args)).data,
      rest: {
        issues: {
          listComments: async () => Promise.resolve({ data: comments.map((comment) => ({ ...comment })) }),
          createComment: async ({ body }: { body: string }) => {
            comments.push({ id: next++, body });
            return Promise.resolve();
          },
          updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
            const target = comments.find((comment) => comment.id === comment_id);
            if (!target) throw new Error(`no comment ${String(comment_id)}`);
            target.body = body;
            return Promise.resolve();
          },
        },
      },
    };
    const context = { repo: { owner: 'o', repo: 'r' }, issue: { number: 7 } };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      // actions/github-script runs the script as the body of an async function of (github, context, ...).
      const AsyncFunction = async function () {}.constructor as new (
        ...args: string[]
      ) => (...values: unknown[]) => Promise<void>;
      await new AsyncFunction('github', 'context', script)(github, context);
    } finally {
      process.env = saved;
    }
  }

  test('the first push comments; later pushes update that comment instead of adding one', async () => {
    expect(step?.env).toEqual({
      PREVIEW_URL: '${{ needs.preview.outputs.preview_url }}',
      REVISION: '${{ needs.preview.outputs.revision }}',
    });
    const comments = [{ id: 1, body: 'LGTM' }];
    await run(comments, { PREVIEW_URL: 'https://pr-7---postgrest-abc.a.run.app', REVISION: 'postgrest-a1' });
    expect(comments).toHaveLength(2);
    expect(comments[1]?.body).toContain('https://pr-7---postgrest-abc.a.run.app');
    await run(comments, { PREVIEW_URL: 'https://pr-7---postgrest-abc.a.run.app', REVISION: 'postgrest-b2' });
    expect(comments).toHaveLength(2);
    expect(comments[0]?.body).toBe('LGTM');
    expect(comments[1]?.body).toContain('postgrest-b2');
    expect(comments[1]?.body).not.toContain('postgrest-a1');
  });
});

describe('previews run under an identity of their own (workflows/preview.yml)', () => {
  const workflow = parse(readFileSync('workflows/preview.yml', 'utf8')) as Workflow;
  const authenticating = Object.entries(workflow.jobs).filter(([, job]) =>
    (job.steps ?? []).some((step) => step.uses?.startsWith('google-github-actions/auth')),
  );

  test('every job that authenticates runs in the preview environment, as the preview deployer', () => {
    expect(authenticating.map(([name]) => name).sort()).toEqual(['cleanup', 'preview']);
    for (const [name, job] of authenticating) {
      expect(job.environment, name).toBe('preview');
      const auth = (job.steps ?? []).find((step) => step.uses?.startsWith('google-github-actions/auth'));
      expect(auth?.with?.['service_account'], name).toBe('${{ vars.PREVIEW_SERVICE_ACCOUNT }}');
    }
  });

  test('the preview tag is never of the reserved per-run form', () => {
    const tags = Object.values(workflow.jobs).flatMap((job) =>
      (job.steps ?? []).flatMap((step) =>
        [step.with?.['preview_tag'], step.with?.['remove_tag']].filter((t) => typeof t === 'string'),
      ),
    );
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).not.toMatch(/^run-/);
  });
});
