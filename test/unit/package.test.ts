// What npm ships: action.yml, the image files, the schema and dist/, a bundle that needs nothing else. The runtime
// libraries are bundled into dist/ by esbuild, so they are devDependencies: installing the package adds no others.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runAction, workspaceWith } from '../support/action.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  license: string;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
};

test('LICENSE holds the license package.json names', () => {
  expect(pkg.license).toBe('MIT');
  expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 /);
});

test('no runtime dependencies: dist/ bundles every library it uses', () => {
  expect(pkg.dependencies ?? {}).toEqual({});
});

describe('the package, packed and installed from its tarball', { timeout: 60_000 }, () => {
  let files: string[] = [];
  let root = '';
  let prefix = '';

  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-pack-'));
    const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    const [result] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    files = (result?.files ?? []).map((file) => file.path);
    prefix = path.join(dir, 'prefix');
    // --offline: whatever the package needed from the registry would fail to install here.
    const tarball = path.join(dir, result?.filename ?? '');
    const install = spawnSync(
      'npm',
      ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`npm install of the tarball failed: ${install.stderr}`);
    root = path.join(prefix, 'lib/node_modules/pgrst-cloudrun-action');
  });

  test('ships the action, its bundle, the image files, the schema and the license; no sources, no tests', () => {
    for (const file of [
      'LICENSE',
      'action.yml',
      'dist/index.js',
      'dist/cli.js',
      'cloudbuild/service.yaml',
      'cloudbuild/Containerfile',
      'cloudbuild/run.sh',
      'schema/cloudrun-service.schema.json',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => /^(src|test|scripts|bench)\//.test(file))).toEqual([]);
  });

  test('installs alone: no node_modules of its own; its bin validates a spec', () => {
    expect(existsSync(path.join(root, 'node_modules'))).toBe(false);
    expect(Object.keys(pkg.bin)).toEqual(['pgrst-cloudrun']);
    const valid = spawnSync(
      path.join(prefix, 'bin/pgrst-cloudrun'),
      ['validate', 'cloudbuild/service.yaml'],
      {
        encoding: 'utf8',
      },
    );
    expect(valid.stdout + valid.stderr).toContain('cloudbuild/service.yaml: valid for PostgREST v14.17');
    expect(valid.status).toBe(0);
    const invalid = spawnSync(
      path.join(prefix, 'bin/pgrst-cloudrun'),
      ['validate', 'test/fixtures/specs/invalid/seed-secret-path.yaml'],
      { encoding: 'utf8' },
    );
    expect(invalid.stdout + invalid.stderr).toContain('[pgrst/secret-path]');
    expect(invalid.status).toBe(1);
  });

  test('the installed action checks a spec as the runner runs it', async () => {
    const workspace = workspaceWith({
      'deploy/service.yaml': 'test/fixtures/specs/invalid/seed-secret-path.yaml',
    });
    const run = await runAction({ spec: 'deploy/service.yaml' }, workspace, {}, [
      path.join(root, 'dist/index.js'),
    ]);
    expect(run.stdout).toContain('::error title=pgrst/secret-path,file=deploy/service.yaml,line=28');
    expect(run.status).toBe(1);
  });
});
