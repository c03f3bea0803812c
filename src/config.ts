import type { PostgrestVersion } from './postgrest/version.js';
import { parsePostgrestVersion } from './postgrest/version.js';
import { BUILTIN_VARIABLES } from './spec/substitute.js';

/** A bad input or flag: reported before anything else runs, naming the input and how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Settings of the spec stage, parsed once from action inputs or CLI flags. */
export interface SpecConfig {
  /** The spec file as the user named it (for diagnostics). */
  readonly spec: string;
  /** `${NAME}` values from `vars` / `--var`. */
  readonly variables: ReadonlyMap<string, string>;
  /** The PostgREST release the image is built from; selects the claim-key grammar and version rules. */
  readonly postgrestVersion: PostgrestVersion;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parse `NAME=VALUE` entries: the lines of the `vars` input (blank lines and `#` comments skipped) or the
 * `--var` flags. Everything after the first `=` is the value, kept verbatim.
 *
 * @param source how the entries are named in errors, e.g. "input `vars`" or "--var"
 */
export function parseVariables(entries: readonly string[], source: string): Map<string, string> {
  const variables = new Map<string, string>();
  entries.forEach((entry, index) => {
    const eq = entry.indexOf('=');
    const name = eq < 0 ? entry : entry.slice(0, eq);
    const where = source === '--var' ? `--var ${JSON.stringify(entry)}` : `${source} line ${index + 1}`;
    if (eq < 0) throw new ConfigError(`${where}: expected NAME=VALUE`);
    if (!NAME.test(name)) {
      throw new ConfigError(
        `${where}: "${name}" is not a variable name (letters, digits and _, not starting with a digit)`,
      );
    }
    if (name === 'POSTGREST_VERSION') {
      throw new ConfigError(
        `${where}: POSTGREST_VERSION is set from the postgrest version (input \`postgrest_version\`, flag --postgrest-version)`,
      );
    }
    if (variables.has(name)) throw new ConfigError(`${where}: ${name} is set twice`);
    variables.set(name, entry.slice(eq + 1));
  });
  return variables;
}

/** The lines of a multi-line input, without blank lines and `#` comments. */
export function variableLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Parse a PostgREST version, refusing anything that is not a pinned release. */
export function parseVersionSetting(text: string, source: string): PostgrestVersion {
  const version = parsePostgrestVersion(text);
  if (!version || version.major < 10) {
    throw new ConfigError(
      `${source}: "${text}" is not a PostgREST release; pin one such as v14.17 or v12.2.12 (never latest: it moves with every release)`,
    );
  }
  return version;
}

/** The built-in values the spec stage knows before the build and deploy stages run. */
export function builtinVariables(config: SpecConfig): Map<string, string> {
  return new Map([...config.variables, ['POSTGREST_VERSION', config.postgrestVersion.tag]]);
}

export { BUILTIN_VARIABLES };
