import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import type { PostgrestVersion } from '../../src/postgrest/version.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/specs/', import.meta.url));

/** A spec fixture and what its header comment says about it. */
export interface SpecFixture {
  readonly name: string;
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
}

/** Every fixture under test/fixtures/specs/{valid,invalid}. */
export function loadFixtures(kind: 'valid' | 'invalid'): SpecFixture[] {
  const directory = path.join(FIXTURES, kind);
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
      return {
        name: name.replace(/\.yaml$/, ''),
        kind,
        file,
        text,
        errors: header('expect').sort(),
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
      };
    });
}
