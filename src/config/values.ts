// The kinds of value a setting holds, parsed the same way for action inputs and CLI flags, each error naming the
// setting ("input `wait_timeout`" or "--wait-timeout").
import { ConfigError } from '../errors.js';
import type { PostgrestVersion } from '../postgrest/index.js';
import { parsePostgrestVersion, unsupportedVersion } from '../postgrest/index.js';

/** A setting's value by its input name (`repository`, `wait_timeout`, ...), with action.yml's default when unset. */
export type ReadSetting = (input: string) => string;
/** How a setting is named in errors: "input `repository`" or "--repository". */
export type DescribeSetting = (input: string) => string;

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
  if (!version) {
    throw new ConfigError(
      `${source}: "${text}" is not a PostgREST release; pin one such as v14.17 or v12.2.12 (never latest: it moves with every release)`,
    );
  }
  const unsupported = unsupportedVersion(version);
  if (unsupported) throw new ConfigError(`${source}: ${unsupported}`);
  return version;
}

/** `db_max_connections`: a whole number of connections, 1 or more, or empty for none. */
export function parseDbMaxConnections(text: string, source: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) {
    throw new ConfigError(
      `${source} must be a whole number of connections (1 or more), such as the database's max_connections, not "${text}"`,
    );
  }
  return Number(value);
}

/** A number of days: a whole number, 0 or more (`cert_expiry_warning_days`). */
export function parseDays(text: string, source: string): number {
  const value = text.trim();
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ConfigError(`${source} must be a whole number of days (0 or more), such as 30, not "${text}"`);
  }
  return Number(value);
}

/** `true`/`false` (and the YAML 1.1 spellings workflow authors use), naming the setting otherwise. */
export function parseBoolean(text: string, source: string): boolean {
  const value = text.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0', ''].includes(value)) return false;
  throw new ConfigError(`${source} must be true or false, not "${text}"`);
}

export function parseSeconds(text: string, source: string, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > max) {
    throw new ConfigError(`${source} must be a number of seconds from 1 to ${String(max)}, not "${text}"`);
  }
  return Number(text) * 1000;
}
