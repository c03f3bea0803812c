import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** Run dist/index.js as the Actions runner does: INPUT_* env, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
function runAction(inputs: Record<string, string>, workspace: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-action-'));
  const summary = path.join(dir, 'summary.md');
  const output = path.join(dir, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    // action.yml's defaults, as the runner passes them
    INPUT_SPEC: 'cloudbuild/service.yaml',
    INPUT_VARS: '',
    INPUT_POSTGREST_VERSION: 'v14.17',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync('node', [path.resolve('dist/index.js')], {
    env,
    encoding: 'utf8',
    cwd: workspace,
  });
  return { ...result, summary: readFileSync(summary, 'utf8') };
}

function workspaceWith(files: Record<string, string>): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'pgrst-ws-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    copyFileSync(source, path.join(workspace, name));
  }
  return workspace;
}

describe('the action (validate-only run)', () => {
  test("the action's own default spec passes when the repository has none", () => {
    const result = runAction({}, workspaceWith({}));
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('::group::Validating spec');
    expect(result.summary).toContain('valid');
  });

  test('errors become annotations on the spec line, and the step fails saying nothing was sent', () => {
    const workspace = workspaceWith({
      'deploy/service.yaml': 'test/fixtures/specs/invalid/seed-secret-path.yaml',
    });
    const result = runAction({ spec: 'deploy/service.yaml' }, workspace);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=pgrst\/secret-path,file=deploy\/service\.yaml,line=28,col=\d+::PGRST_DB_URI sslkey=/,
    );
    expect(result.stdout).toMatch(
      /::error::deploy\/service\.yaml has 1 error: nothing was sent to Google Cloud/,
    );
    expect(result.summary).toContain('pgrst/secret-path');
  });

  test('vars and postgrest_version inputs are used', () => {
    const workspace = workspaceWith({ 'svc.yaml': 'test/fixtures/specs/invalid/unknown-variable.yaml' });
    expect(runAction({ spec: 'svc.yaml', vars: '# database\nDB_HOST=10.0.0.7\n' }, workspace).status).toBe(0);
    const v16 = runAction({ postgrest_version: 'v16.0' }, workspaceWith({}));
    expect(v16.stdout).toMatch(/::error title=pgrst\/role-claim-key/);
  });

  test.each([
    [{ vars: 'not a pair' }, /input `vars` line 1: expected NAME=VALUE/],
    [{ postgrest_version: 'latest' }, /input `postgrest_version`: "latest" is not a PostgREST release/],
    [{ spec: '../../etc/passwd' }, /input `spec`: .* points outside/],
    [{ spec: 'missing.yaml' }, /input `spec`: "missing.yaml" exists neither in the workspace/],
  ])('bad input %j fails before anything runs', (inputs, message) => {
    const result = runAction(inputs, workspaceWith({}));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(message);
  });
});
