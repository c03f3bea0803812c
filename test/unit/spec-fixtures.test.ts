import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFixture as check, foundDiagnostics, loadFixtures } from '../support/fixtures.js';
import type { SpecFixture } from '../support/fixtures.js';

const found = (fixture: SpecFixture, severity: 'error' | 'warning') =>
  foundDiagnostics(check(fixture), severity);

describe('valid specs', () => {
  const fixtures = loadFixtures('valid');
  test('there are at least 15', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });
  test.each(fixtures.map((f) => [f.name, f] as const))(
    '%s has no error and exactly its expected warnings',
    (_, fixture) => {
      const result = check(fixture);
      expect(found(fixture, 'error')).toEqual([]);
      expect(found(fixture, 'warning')).toEqual(fixture.warnings);
      expect(result.valid).toBe(true);
      expect(result.service).toMatchObject({ apiVersion: 'serving.knative.dev/v1', kind: 'Service' });
    },
  );
});

describe('invalid specs', () => {
  const fixtures = loadFixtures('invalid');
  test('there are at least 40, each declaring its rule and line', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    for (const fixture of fixtures) expect(fixture.errors, fixture.name).not.toEqual([]);
  });
  test.each(fixtures.map((f) => [f.name, f] as const))(
    '%s reports exactly its expected errors',
    (_, fixture) => {
      const result = check(fixture);
      expect(found(fixture, 'error')).toEqual(fixture.errors);
      expect(result.valid).toBe(false);
      expect(result.service).toBeUndefined();
    },
  );
  test('every diagnostic carries file, position, JSON path, rule and a fix', () => {
    for (const fixture of fixtures) {
      for (const d of check(fixture).diagnostics) {
        expect(d.file).toBe(fixture.name);
        expect(d.line).toBeGreaterThan(0);
        expect(d.column).toBeGreaterThan(0);
        expect(d.rule).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
        expect(d.fix.length, `${fixture.name} ${d.rule}`).toBeGreaterThan(5);
      }
    }
  });
});

describe('every error at once', () => {
  test('a spec with several independent problems reports all of them', () => {
    const fixture = loadFixtures('valid').find((f) => f.name === 'client-cert-keyword-value');
    if (!fixture) throw new Error('fixture missing');
    const text = fixture.text
      .replace('containerConcurrency: 80', 'containerConcurrency: 5000')
      .replace('memory: 256Mi', 'memory: lots')
      .replace('postgrest/postgrest:v14.17', 'postgrest/postgrest:latest')
      .replace('sslmode=verify-ca', 'sslmode=disable');
    const rules = check({ ...fixture, text })
      .diagnostics.map((d) => d.rule)
      .sort();
    expect(rules).toEqual(['cloudrun/concurrency', 'cloudrun/memory', 'pgrst/image-pin', 'pgrst/sslmode']);
  });
});

describe('every rule is pinned by a fixture', () => {
  /** The rule ids the source reports (`rule: 'cloudrun/...'`, `RULE = '...'`). */
  const ruleIds = new Set(
    readdirSync('src/spec', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [
        ...readFileSync(path.join('src/spec', file), 'utf8').matchAll(
          /(?:rule:|RULE =) '([a-z]+\/[a-z0-9-]+)'/g,
        ),
      ])
      .map((match) => match[1] ?? ''),
  );
  const pinned = new Set(
    [...loadFixtures('valid'), ...loadFixtures('invalid'), ...loadFixtures('real-world')].flatMap((fixture) =>
      [...fixture.errors, ...fixture.warnings].map((finding) => finding.replace(/@\d+$/, '')),
    ),
  );

  test('the source reports rules (the scan works)', () => {
    expect(ruleIds.size).toBeGreaterThan(30);
  });
  test.each([...ruleIds].sort())('%s', (rule) => {
    expect(pinned.has(rule), `no fixture expects ${rule}`).toBe(true);
  });
});
