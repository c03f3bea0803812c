import type { BuildConfig } from './build/index.js';
import { imageReference, parseImageReference } from './build/image-ref.js';
import type { PostgrestVersion } from './postgrest/version.js';
import { parsePostgrestVersion } from './postgrest/version.js';
import { BUILTIN_VARIABLES } from './spec/substitute.js';
import { ConfigError } from './errors.js';

export { ConfigError };

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

/** Where the image to deploy comes from. */
export type ImageSource =
  /** No image: only the spec is checked (IMAGE stays a deferred built-in). */
  | { readonly kind: 'none' }
  /** A prebuilt image (`image` input): nothing is built. */
  | { readonly kind: 'prebuilt'; readonly image: string }
  /** Build the image (or reuse its content-hash tag) into `repository`. */
  | { readonly kind: 'build'; readonly build: BuildConfig };

/**
 * Parse the image settings, shared by the action (inputs) and the CLI (flags).
 *
 * @param read the value of a setting by its input name (`repository`, `image_name`, ...), '' when unset
 * @param describe how a setting is named in errors: "input `repository`" or "--repository"
 */
export function parseImageSource(
  read: (input: string) => string,
  describe: (input: string) => string,
  postgrestVersion: PostgrestVersion,
): ImageSource {
  const image = read('image').trim();
  const repository = read('repository').trim();
  if (image && repository) {
    throw new ConfigError(
      `${describe('image')} and ${describe('repository')} are mutually exclusive: give a prebuilt image, or a repository to build into`,
    );
  }
  if (image) {
    parseImageReference(image, describe('image'));
    return { kind: 'prebuilt', image };
  }
  if (!repository) return { kind: 'none' };

  const builder = read('builder').trim();
  if (builder !== 'cloudbuild' && builder !== 'local') {
    throw new ConfigError(`${describe('builder')} must be cloudbuild or local, not "${builder}"`);
  }
  const imageName = read('image_name').trim();
  imageReference(repository, imageName, 'latest', describe('repository'));
  const projectId = read('project_id').trim();
  if (builder === 'cloudbuild' && !projectId) {
    throw new ConfigError(
      `${describe('project_id')} is required with builder cloudbuild: the project Cloud Build runs in`,
    );
  }
  if (projectId && !/^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(projectId)) {
    throw new ConfigError(`${describe('project_id')}: "${projectId}" is not a Google Cloud project id`);
  }
  const buildRegion = read('build_region').trim();
  if (buildRegion !== 'global' && !/^[a-z]+-[a-z]+\d+$/.test(buildRegion)) {
    throw new ConfigError(
      `${describe('build_region')}: "${buildRegion}" is neither global nor a region such as europe-west1`,
    );
  }
  const logsBucket = read('logs_bucket').trim();
  if (logsBucket && !/^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](?:\/.*)?$/.test(logsBucket)) {
    throw new ConfigError(
      `${describe('logs_bucket')}: "${logsBucket}" is not a bucket URL such as gs://my-build-logs`,
    );
  }
  return {
    kind: 'build',
    build: {
      repository,
      imageName,
      postgrestVersion: postgrestVersion.tag,
      builder,
      projectId,
      buildLocation: buildRegion,
      ...(logsBucket ? { cloudBuild: { logsBucket } } : {}),
    },
  };
}
