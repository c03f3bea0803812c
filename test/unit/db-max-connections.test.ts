import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/commands.js';
import { ConfigError, parsePipelineConfig } from '../../src/config/index.js';
import { actionDefaults } from '../../src/defaults.js';
import { checkFixture, foundDiagnostics, loadFixtures } from '../support/fixtures.js';

// `db_max_connections` (action) and `--db-max-connections` (CLI): the database's limit the connection budget of
// pgrst/connections is checked against.

const asAction = (inputs: Record<string, string>) => {
  const defaults = actionDefaults();
  return parsePipelineConfig(
    (name) => inputs[name] ?? defaults[name] ?? '',
    (name) => `input \`${name}\``,
  );
};

describe('input `db_max_connections`', () => {
  test('is declared in action.yml with an empty default', () => {
    expect(actionDefaults()['db_max_connections']).toBe('');
  });
  test.each([
    ['', undefined],
    ['250', 250],
    [' 90 ', 90],
    ['1', 1],
  ] as const)('%j → %s', (text, expected) => {
    expect(asAction({ db_max_connections: text }).spec.dbMaxConnections).toBe(expected);
  });
  test.each(['0', '-5', '1.5', 'many', '100 connections', '1e3'])(
    '%j is refused, naming the input',
    (text) => {
      expect(() => asAction({ db_max_connections: text })).toThrow(ConfigError);
      expect(() => asAction({ db_max_connections: text })).toThrow(
        /^input `db_max_connections` must be a whole number of connections \(1 or more\)/,
      );
    },
  );
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => readFileSync(p, 'utf8'),
  });
  return { code, out, err };
}

describe('pgrst-cloudrun validate --db-max-connections', () => {
  // The default template: maxScale 10, PGRST_DB_POOL 10 and the listener: up to 110 connections.
  test('over the limit: exit 1 with the maxScale and the pool that fit', async () => {
    const result = await cli('validate', 'cloudbuild/service.yaml', '--db-max-connections', '100');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^cloudbuild\/service\.yaml:\d+:\d+: error: up to 10 instances \(autoscaling\.knative\.dev\/maxScale\) × 11 connections .* = 110, more than db_max_connections 100; set autoscaling\.knative\.dev\/maxScale: "9", or set PGRST_DB_POOL: "9" .*\[pgrst\/connections\]$/m,
    );
  });
  test('within the limit: exit 0', async () => {
    const result = await cli('validate', 'cloudbuild/service.yaml', '--db-max-connections', '110');
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
  });
  test.each([['0'], ['ten']])('--db-max-connections %s: a usage error naming the flag', async (value) => {
    const result = await cli('validate', 'cloudbuild/service.yaml', '--db-max-connections', value);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^pgrst-cloudrun: --db-max-connections must be a whole number of connections/);
  });
});

describe('the connection budget of the valid fixtures, at its edge', () => {
  // Each fixture's budget: maxScale (the lower of the revision's and the Service's) × (pool + the listener, if on).
  test.each([
    ['connections-within-limit', 160], // 10 × (15 + 1)
    ['connections-channel-disabled', 100], // 10 × 10: no listener
    ['connections-service-maxscale', 88], // the Service's 8 × (10 + 1)
  ] as const)('%s opens up to %i connections: allowed at that limit, refused one below', (name, budget) => {
    const fixture = loadFixtures('valid').find((f) => f.name === name);
    if (!fixture) throw new Error(`${name} missing`);
    const at = (limit: number) =>
      foundDiagnostics(checkFixture({ ...fixture, dbMaxConnections: limit }), 'error');
    expect(at(budget)).toEqual([]);
    expect(at(budget - 1)).toEqual([expect.stringMatching(/^pgrst\/connections@\d+$/)]);
  });
});
