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

interface Workflow {
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
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

  test('least privilege: contents read, an OIDC token only where it authenticates, nothing else unneeded', () => {
    const permissions = workflow.permissions ?? {};
    expect(permissions['contents']).toBe('read');
    const authenticates = content.includes('google-github-actions/auth');
    expect(permissions['id-token'] === 'write').toBe(authenticates);
    const allowed = new Set([
      'contents',
      'id-token',
      ...(content.includes('createComment') ? ['pull-requests'] : []),
    ]);
    expect(Object.keys(permissions).filter((p) => !allowed.has(p))).toEqual([]);
  });

  test('a concurrency group; deploys are never cancelled half-way', () => {
    expect(workflow.concurrency?.group).toBeTruthy();
    if (content.includes('service: postgrest')) {
      expect(workflow.concurrency).toEqual({ group: 'cloud-run-postgrest', 'cancel-in-progress': false });
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
});
