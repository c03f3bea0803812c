import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSpec } from '../../src/spec/index.js';
import type { SpecResult } from '../../src/spec/index.js';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import type { PostgrestVersion } from '../../src/postgrest/version.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/specs/', import.meta.url));

/**
 * The folders of test/fixtures/specs: `valid` and `invalid` hold fixtures written for the rules; `real-world` holds
 * one fixture per pattern of how Cloud Run services are written in practice, each with its documented verdict.
 */
export type FixtureFolder = 'valid' | 'invalid' | 'real-world';

/** A spec fixture and what its header comment says about it. */
export interface SpecFixture {
  readonly name: string;
  /** The folder's verdict; in `real-world`, `invalid` when the header expects an error. */
  readonly kind: 'valid' | 'invalid';
  readonly file: string;
  readonly text: string;
  /** `# expect: RULE@LINE` lines: the exact set of errors. */
  readonly errors: string[];
  /** `# expect-warning: RULE@LINE` lines. */
  readonly warnings: string[];
  /** `# vars: NAME=VALUE ...` */
  readonly variables: Map<string, string>;
  /** `# postgrest-version: vX.Y`, default v14.17. */
  readonly postgrestVersion: PostgrestVersion;
  /** `# db-max-connections: N`, as the input `db_max_connections`. */
  readonly dbMaxConnections?: number;
  /**
   * Every `# key: value` line of the leading comment block, by key, in order (`pattern`, `stands-for`, `doc`,
   * `gcloud`, ... in `real-world`).
   */
  readonly headers: ReadonlyMap<string, readonly string[]>;
}

/** Every fixture under test/fixtures/specs/FOLDER. */
export function loadFixtures(folder: FixtureFolder): SpecFixture[] {
  const directory = path.join(FIXTURES, folder);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = path.join(directory, name);
      const text = readFileSync(file, 'utf8');
      const header = (key: string): string[] =>
        [...text.matchAll(new RegExp(`^# ${key}: (.*)$`, 'gm'))].map((m) => (m[1] ?? '').trim());
      const version = header('postgrest-version')[0] ?? 'v14.17';
      const parsed = parsePostgrestVersion(version);
      if (!parsed) throw new Error(`${name}: bad postgrest-version header`);
      const errors = header('expect').sort();
      const limit = header('db-max-connections')[0];
      return {
        name: name.replace(/\.yaml$/, ''),
        kind: folder === 'real-world' ? (errors.length > 0 ? 'invalid' : 'valid') : folder,
        file,
        text,
        errors,
        warnings: header('expect-warning').sort(),
        variables: new Map(
          header('vars')
            .flatMap((line) => line.split(/\s+/))
            .map(
              (pair) =>
                [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as [string, string],
            ),
        ),
        postgrestVersion: parsed,
        ...(limit === undefined ? {} : { dbMaxConnections: Number(limit) }),
        headers: leadingHeaders(text),
      };
    });
}

/** The `# key: value` lines before the first line that is not a comment. */
function leadingHeaders(text: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    const match = /^# ([a-z][a-z-]*): (.*)$/.exec(line);
    if (!match?.[1]) continue;
    headers.set(match[1], [...(headers.get(match[1]) ?? []), (match[2] ?? '').trim()]);
  }
  return headers;
}

/** Check a fixture as `validate` does before the pipeline knows the built-ins: its vars and PostgREST version. */
export function checkFixture(fixture: SpecFixture): SpecResult {
  return checkSpec({
    file: fixture.name,
    text: fixture.text,
    variables: new Map([...fixture.variables, ['POSTGREST_VERSION', fixture.postgrestVersion.tag]]),
    postgrestVersion: fixture.postgrestVersion,
    ...(fixture.dbMaxConnections === undefined ? {} : { dbMaxConnections: fixture.dbMaxConnections }),
    allowUnsetBuiltins: true,
  });
}

/** The diagnostics of one severity as `RULE@LINE`, sorted: the form of the `# expect` headers. */
export function foundDiagnostics(result: SpecResult, severity: 'error' | 'warning'): string[] {
  return result.diagnostics
    .filter((d) => d.severity === severity)
    .map((d) => `${d.rule}@${d.line}`)
    .sort();
}
