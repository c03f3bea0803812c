// action.yml and every workflow — the ready-to-copy ones in workflows/ and this repository's own in
// .github/workflows/ — checked by GitHub's language service for Actions (scripts/check-workflows.ts), which resolves
// `uses: org/pgrst-cloudrun-action@v1` to this action.yml; then what each workflow promises, read from its YAML.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkWorkflowFile, workflowFiles } from '../../scripts/check-workflows.js';

const WORKFLOWS = readdirYaml('workflows');
const OWN_WORKFLOWS = readdirYaml('.github/workflows');

function readdirYaml(directory: string): string[] {
  return workflowFiles()
    .filter((file) => path.dirname(file) === directory)
    .map((file) => path.basename(file));
}

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  environment?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on?: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean; queue?: string };
  jobs: Record<string, Job>;
}

describe("GitHub's language service", () => {
  test.each(workflowFiles())('%s: no errors, no warnings', async (file) => {
    expect(await checkWorkflowFile(file)).toEqual([]);
  });

  test('the files checked: action.yml, every workflow in workflows/ and in .github/workflows/', () => {
    expect(workflowFiles()).toEqual([
      'action.yml',
      ...WORKFLOWS.map((name) => `workflows/${name}`),
      ...OWN_WORKFLOWS.map((name) => `.github/workflows/${name}`),
    ]);
    expect(WORKFLOWS.length).toBeGreaterThanOrEqual(4);
    expect(OWN_WORKFLOWS).toEqual(['ci.yml', 'release.yml']);
  });

  /**
   * The problems found in `file` once `from` is replaced by `to` in it (which must change it), and the line the
   * change starts on: where the problem must be reported.
   */
  async function mutated(file: string, from: string, to: string) {
    const content = readFileSync(file, 'utf8');
    const changed = content.replace(from, to);
    if (changed === content) throw new Error(`${file} no longer holds ${JSON.stringify(from)}`);
    const before = content.split('\n');
    const line = changed.split('\n').findIndex((text, index) => text !== before[index]) + 1;
    return { problems: await checkWorkflowFile(file, changed), line };
  }
  const PREVIEW_IF =
    "if: github.event.action != 'closed' && github.event.pull_request.head.repo.full_name == github.repository";

  test.each([
    [
      'a broken expression in a job-level if (the literal `a && && b`)',
      'workflows/preview.yml',
      PREVIEW_IF,
      'if: a && && b',
      "Unrecognized named-value: 'a'",
    ],
    [
      'a doubled && between valid operands',
      'workflows/preview.yml',
      PREVIEW_IF,
      PREVIEW_IF.replace('&&', '&& &&'),
      "Unexpected symbol: '&&'",
    ],
    [
      'needs naming no job',
      'workflows/preview.yml',
      'needs: preview',
      'needs: nope',
      "Job 'comment' depends on unknown job 'nope'.",
    ],
    [
      'secrets in a job-level if (GitHub offers no secrets context there)',
      'workflows/deploy.yml',
      '    environment: production\n',
      "    environment: production\n    if: secrets.X != ''\n",
      "Unrecognized named-value: 'secrets'",
    ],
    [
      'an input the action does not have',
      'workflows/validate.yml',
      'postgrest_version: v14.17',
      'postgrest_versoin: v14.17',
      "Invalid action input 'postgrest_versoin'",
    ],
    [
      'a major tag other than the one action.yml is released under',
      'workflows/validate.yml',
      'org/pgrst-cloudrun-action@v1',
      'org/pgrst-cloudrun-action@v2',
      'Unable to resolve action `org/pgrst-cloudrun-action@v2`, repository or version not found',
    ],
    [
      'an input the action does not have, in the self-test (`uses: ./`)',
      '.github/workflows/ci.yml',
      'smoke_role: web_user',
      'smoke_rol: web_user',
      "Invalid action input 'smoke_rol'",
    ],
    [
      'an action nobody chose (only the listed actions, at their majors, resolve)',
      '.github/workflows/release.yml',
      'actions/attest@v4',
      'actions/attest-build-provenance@v2',
      'Unable to resolve action `actions/attest-build-provenance@v2`, repository or version not found',
    ],
    [
      'a permission level that does not exist',
      '.github/workflows/release.yml',
      'attestations: write',
      'attestations: admin',
      "Unexpected value 'admin'",
    ],
  ])('reported: %s', async (_, file, from, to, message) => {
    const { problems, line } = await mutated(file, from, to);
    expect(
      problems.filter(
        (problem) => problem.startsWith(`${file}:${String(line)}:`) && problem.endsWith(message),
      ),
      problems.join('\n'),
    ).toHaveLength(1);
  });

  test('reported: a required input missing, once action.yml has one (the inputs are those of this action.yml)', async () => {
    const actionYml = readFileSync('action.yml', 'utf8').replace(
      '\ninputs:\n',
      '\ninputs:\n  audience:\n    description: An input every workflow would have to set.\n    required: true\n',
    );
    const file = 'workflows/validate.yml';
    const content = readFileSync(file, 'utf8');
    const withLine =
      content.split('\n').findIndex((text) => text.includes('uses: org/pgrst-cloudrun-action@v1')) + 2;
    expect(await checkWorkflowFile(file, content, actionYml)).toEqual([
      `${file}:${String(withLine)}:9: Missing required input \`audience\``,
    ]);
  });
});

describe.each(WORKFLOWS)('workflows/%s', (name) => {
  const content = readFileSync(path.join('workflows', name), 'utf8');
  const workflow = parse(content) as Workflow;

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

  test('queue: max comes with the ignore line actionlint needs (it reports `queue` as an unknown key)', () => {
    if (workflow.concurrency?.queue === undefined) return;
    // actionlint's words for it (parse.go, unexpectedKey): unexpected key "queue" for "concurrency" section. ...
    expect(content).toContain(`-ignore 'unexpected key "queue" for "concurrency" section'`);
  });

  test('uses the action as users pin it (the language service checks its inputs against action.yml)', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) =>
      (job.steps ?? []).flatMap((step) => (step.uses?.includes('pgrst-cloudrun-action') ? [step.uses] : [])),
    );
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses)).toEqual(new Set(['org/pgrst-cloudrun-action@v1']));
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
      EXPOSURE_TABLE: '${{ needs.preview.outputs.exposure_table }}',
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

  test("the comment shows the action's exposure table when a role sees something new, and nothing when not", async () => {
    expect(workflow.jobs['preview']?.outputs?.['exposure_table']).toBe(
      '${{ steps.postgrest.outputs.exposure_table }}',
    );
    const table =
      '<table><tr><th>Role</th><th>New revision against production</th></tr><tr><td>anonymous</td><td><code>+GET /users (id, email)</code></td></tr></table>\n';
    const comments: { id: number; body: string }[] = [];
    const env = { PREVIEW_URL: 'https://pr-7---postgrest-abc.a.run.app', REVISION: 'postgrest-a1' };
    await run(comments, { ...env, EXPOSURE_TABLE: table });
    expect(comments[0]?.body).toContain(
      `**Exposure against production** (OpenAPI root, per role):\n\n${table}`,
    );
    await run(comments, { ...env, EXPOSURE_TABLE: '' });
    expect(comments[0]?.body).not.toContain('Exposure');
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

describe("the repository's own workflows (.github/workflows/)", () => {
  const read = (name: string) =>
    parse(readFileSync(path.join('.github/workflows', name), 'utf8')) as Workflow;
  const ci = read('ci.yml');
  const release = read('release.yml');
  const steps = (workflow: Workflow, job: string) => workflow.jobs[job]?.steps ?? [];
  const runs = (workflow: Workflow, job: string) => steps(workflow, job).map((step) => step.run ?? '');
  /** The permissions a job gets: its own replace the workflow's. */
  const permissions = (workflow: Workflow, job: string) =>
    workflow.jobs[job]?.permissions ?? workflow.permissions ?? {};

  test('every checkout leaves no credentials behind; every job has a timeout', () => {
    for (const workflow of [ci, release]) {
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect((job as { 'timeout-minutes'?: number })['timeout-minutes'], name).toBeGreaterThan(0);
        for (const step of job.steps ?? []) {
          if (step.uses?.startsWith('actions/checkout'))
            expect(step.with?.['persist-credentials'], name).toBe(false);
        }
      }
    }
  });

  test('CI: on pull requests and pushes to main, read-only; types, lint, a current dist/ and the unit tests', () => {
    expect(Object.keys(ci.on ?? {}).sort()).toEqual(['pull_request', 'push']);
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(Object.values(ci.jobs).every((job) => job.permissions === undefined)).toBe(true);
    expect(runs(ci, 'test')).toEqual(
      expect.arrayContaining([
        'npm ci --no-audit --no-fund',
        'npm ci --prefix test/node24 --no-audit --no-fund',
        'npm run typecheck',
        'npm run lint',
        'npm run check-dist',
        'node_modules/.bin/vitest run test/unit',
      ]),
    );
  });

  test('CI self-test: the action from the work tree (`uses: ./`), a validation and a dry-run deploy plan, no credentials', () => {
    const own = steps(ci, 'self-test').filter((step) => step.uses === './');
    expect(own.map((step) => step.with)).toEqual([
      { spec: 'cloudbuild/service.yaml', postgrest_version: 'v14.17' },
      expect.objectContaining({ dry_run: 'true', service: 'postgrest' }),
      expect.objectContaining({ dry_run: 'true', builder: 'cloudbuild' }),
    ]);
    expect(JSON.stringify(ci)).not.toMatch(/google-github-actions\/auth|secrets\.|id-token/);
    // The plan's outputs are checked, not only the step's success.
    expect(runs(ci, 'self-test').join('\n')).toContain('$IMAGE');
  });

  test('release: on release tags; checked and tested, then attested, then released, in that order', () => {
    expect(release.on).toEqual({
      push: { tags: ['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'] },
    });
    expect(release.concurrency).toEqual({ group: 'release', 'cancel-in-progress': false });
    expect(release.jobs['attest']?.needs).toBe('check');
    expect(release.jobs['release']?.needs).toBe('attest');
    const check = runs(release, 'check').join('\n');
    for (const command of [
      'git merge-base --is-ancestor HEAD origin/main',
      'node scripts/release.ts notes "$GITHUB_REF_NAME"',
      'npm ci --prefix test/node24 --no-audit --no-fund',
      'npm run check-dist',
      'node_modules/.bin/vitest run test/unit',
    ]) {
      expect(check).toContain(command);
    }
    const attest = steps(release, 'attest').find((step) => step.uses?.startsWith('actions/attest@'));
    expect(attest?.with).toEqual({ 'subject-path': 'dist/*.js' });
    const publish = runs(release, 'release').join('\n');
    expect(publish).toContain('gh release create "$TAG" --verify-tag');
    expect(publish).toContain('major=$(node scripts/release.ts major "$TAG")');
    expect(publish).toContain('git/refs/tags/$major');
  });

  test('release: least privilege per job — only attest signs, only release writes, and neither runs npm', () => {
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(permissions(release, 'check')).toEqual({ contents: 'read' });
    expect(permissions(release, 'attest')).toEqual({
      contents: 'read',
      'id-token': 'write',
      attestations: 'write',
    });
    expect(permissions(release, 'release')).toEqual({ contents: 'write' });
    // The jobs holding write permissions run no installed dependency: npm ci runs only where nothing can be written.
    for (const job of ['attest', 'release'])
      expect(runs(release, job).join('\n'), job).not.toMatch(/\bnpm\b|\bnpx\b/);
  });
});
