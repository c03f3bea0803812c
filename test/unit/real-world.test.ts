import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFixture, FIXTURES, foundDiagnostics, loadFixtures } from '../support/fixtures.js';

// The real-world tier (issue 12): one fixture per pattern of how Cloud Run services are written in practice, each
// with its verdict taken from Google's documentation. A valid real spec must raise no error; a defect Cloud Run
// refuses (or that fails at run time) must raise exactly the errors its header names.

const FOLDER = path.join(FIXTURES, 'real-world');
const fixtures = loadFixtures('real-world');
const HEADER_KEYS = [
  'pattern',
  'stands-for',
  'doc',
  'gcloud',
  'expect',
  'expect-warning',
  'vars',
  'postgrest-version',
];
const DIAGNOSTIC = /[a-z]+\/[a-z0-9-]+@\d+/g;

interface IndexRow {
  readonly fixture: string;
  readonly file: string;
  readonly verdict: string;
}

/** The rows of INDEX.md's table: `| [name](name.yaml) | pattern | usage | fact | verdict |`. */
function indexRows(): IndexRow[] {
  const text = readFileSync(path.join(FOLDER, 'INDEX.md'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ['))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim());
      const link = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(cells[1] ?? '');
      return { fixture: link?.[1] ?? '', file: link?.[2] ?? '', verdict: cells[5] ?? '' };
    });
}

describe('real-world corpus', () => {
  test('has at least 40 fixtures, valid specs and defects both', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    const valid = fixtures.filter((f) => f.kind === 'valid').length;
    expect(valid).toBeGreaterThan(fixtures.length / 2);
    expect(fixtures.length - valid).toBeGreaterThanOrEqual(10);
  });

  test('every fixture is a .yaml file with a kebab-case name', () => {
    const files = readdirSync(FOLDER).filter((name) => name !== 'INDEX.md');
    for (const file of files) expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
    expect(files.length).toBe(fixtures.length);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))(
    '%s states its pattern, the usage it stands for and the documented facts',
    (_, fixture) => {
      const { headers } = fixture;
      expect([...headers.keys()].filter((key) => !HEADER_KEYS.includes(key))).toEqual([]);
      expect(headers.get('pattern')).toHaveLength(1);
      expect(headers.get('stands-for')).toHaveLength(1);
      const docs = headers.get('doc') ?? [];
      expect(docs.length).toBeGreaterThan(0);
      for (const doc of docs) expect(doc).toMatch(/^https:\/\/\S+ — \S.*$/);
      // Every defect here is one gcloud sends: the header says why Cloud Run refuses it all the same.
      const gcloud = headers.get('gcloud') ?? [];
      if (fixture.kind === 'invalid') expect(gcloud).toEqual([expect.stringMatching(/^accepts — \S/)]);
      else expect(gcloud).toEqual([]);
    },
  );

  test('INDEX.md lists every fixture once, and only those', () => {
    const rows = indexRows();
    expect(rows.map((row) => row.fixture)).toEqual(fixtures.map((f) => f.name));
    for (const row of rows) expect(row.file).toBe(`${row.fixture}.yaml`);
  });

  test('INDEX.md gives each fixture the verdict of its header', () => {
    const byName = new Map(fixtures.map((f) => [f.name, f]));
    for (const row of indexRows()) {
      const fixture = byName.get(row.fixture);
      if (!fixture) continue;
      expect(row.verdict.startsWith(fixture.kind === 'valid' ? 'valid' : 'defect:'), row.fixture).toBe(true);
      expect((row.verdict.match(DIAGNOSTIC) ?? []).sort(), row.fixture).toEqual(
        [...fixture.errors, ...fixture.warnings].sort(),
      );
    }
  });

  test.each(fixtures.map((f) => [f.name, f] as const))(
    '%s raises exactly its expected errors and warnings',
    (_, fixture) => {
      const result = checkFixture(fixture);
      expect(foundDiagnostics(result, 'error')).toEqual(fixture.errors);
      expect(foundDiagnostics(result, 'warning')).toEqual(fixture.warnings);
      expect(result.valid).toBe(fixture.kind === 'valid');
      if (fixture.kind === 'valid') {
        expect(result.service).toMatchObject({ apiVersion: 'serving.knative.dev/v1', kind: 'Service' });
      } else {
        expect(result.service).toBeUndefined();
      }
    },
  );
});

describe('what the README reports of the corpus', () => {
  test('its counts are those of the folder and of INDEX.md', () => {
    const fixtures = loadFixtures('real-world');
    const valid = fixtures.filter((f) => f.kind === 'valid').length;
    const defects = fixtures.length - valid;
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(
      `${String(fixtures.length)} patterns, ${String(valid)} valid specs with **no false error**, and ${String(defects)} defects`,
    );
    expect(readFileSync('test/fixtures/specs/real-world/INDEX.md', 'utf8')).toContain(
      `${String(valid)} valid specs, ${String(defects)} defects.`,
    );
  });
});
