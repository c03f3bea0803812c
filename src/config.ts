import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { BuildConfig } from './build/index.js';
import { BUILDERS, parseSourceReference } from './build/index.js';
import { imageReference, parseImageReference } from './build/image-ref.js';
import type { PostgrestVersion } from './postgrest/version.js';
import { parsePostgrestVersion, unsupportedVersion } from './postgrest/version.js';
import { BUILTIN_VARIABLES } from './spec/substitute.js';
import { ConfigError } from './errors.js';
import type { PreviewAllowance } from './deploy/index.js';
import {
  PREVIEW_ALLOWANCES,
  RUN_TAG_PREFIX,
  TAG_AND_SERVICE_MAX,
  TAG_MIN,
  isRunTag,
} from './deploy/index.js';

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
  if (!version) {
    throw new ConfigError(
      `${source}: "${text}" is not a PostgREST release; pin one such as v14.17 or v12.2.12 (never latest: it moves with every release)`,
    );
  }
  const unsupported = unsupportedVersion(version);
  if (unsupported) throw new ConfigError(`${source}: ${unsupported}`);
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

  const builderText = read('builder').trim();
  const builder = BUILDERS.find((name) => name === builderText);
  if (!builder) {
    throw new ConfigError(
      `${describe('builder')} must be assemble, cloudbuild or local, not "${builderText}"`,
    );
  }
  const sources = parseSourceImages(read, describe);
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
      ...sources,
      builder,
      projectId,
      buildLocation: buildRegion,
      ...(logsBucket ? { cloudBuild: { logsBucket } } : {}),
    },
  };
}

/**
 * `postgrest_image` (a repository: it is tagged with the PostgREST version) and `base_image` (pinned by tag or
 * digest), each a mirror when the user points it at one. Empty leaves the Containerfile's.
 */
function parseSourceImages(
  read: (input: string) => string,
  describe: (input: string) => string,
): { postgrestImage?: string; baseImage?: string } {
  const postgrestImage = read('postgrest_image').trim();
  const baseImage = read('base_image').trim();
  if (postgrestImage) {
    parseSourceReference(postgrestImage, describe('postgrest_image'));
    if (/[:@][^/]*$/.test(postgrestImage.replace(/^[^/]*\//, ''))) {
      throw new ConfigError(
        `${describe('postgrest_image')}: give the repository without a tag or digest, such as docker.io/postgrest/postgrest or a mirror of it: it is tagged with ${describe('postgrest_version')}`,
      );
    }
  }
  if (baseImage) parseSourceReference(baseImage, describe('base_image'));
  return { ...(postgrestImage ? { postgrestImage } : {}), ...(baseImage ? { baseImage } : {}) };
}

const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** What a run does with Cloud Run. */
export type DeployMode =
  /** Nothing: build (or not) and check the spec only. */
  | { readonly kind: 'none' }
  /** Deploy a no-traffic revision, smoke-test it, then promote it (unless `promote` is false). */
  | { readonly kind: 'deploy'; readonly promote: boolean }
  /**
   * Deploy with `tag`, smoke-test it, never promote; `allow` lists what the preview may widen beyond production
   * (its identity, its secrets, the images it runs).
   */
  | { readonly kind: 'preview'; readonly tag: string; readonly allow: ReadonlySet<PreviewAllowance> }
  /** Remove `tag` and nothing else. */
  | { readonly kind: 'remove-tag'; readonly tag: string };

/** Settings of the deploy and smoke stages, parsed once. */
export interface DeployConfig {
  readonly mode: DeployMode;
  readonly projectId: string;
  readonly region: string;
  readonly service: string;
  /** Overrides the revision-name suffix derived from the image digest and run. */
  readonly revisionSuffix?: string;
  readonly waitTimeoutMs: number;
  readonly dryRun: boolean;
  readonly smoke?: SmokeSettings;
}

/** Settings of the smoke stage (absent when `smoke` is false). */
export interface SmokeSettings {
  readonly role: string;
  /** `smoke_checks` lines, parsed by the smoke stage. */
  readonly checks: string;
  /** How `smoke_checks` is named in errors (input or flag). */
  readonly checksSource: string;
  readonly jwtSecret?: string;
  readonly jwtSecretRef?: string;
  readonly aud?: string;
  readonly invokerAuth: boolean;
  readonly timeoutMs: number;
}

/** `true`/`false` (and the YAML 1.1 spellings workflow authors use), naming the setting otherwise. */
export function parseBoolean(text: string, source: string): boolean {
  const value = text.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0', ''].includes(value)) return false;
  throw new ConfigError(`${source} must be true or false, not "${text}"`);
}

function parseSeconds(text: string, source: string, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > max) {
    throw new ConfigError(`${source} must be a number of seconds from 1 to ${String(max)}, not "${text}"`);
  }
  return Number(text) * 1000;
}

/** `preview_allow`: what a preview may widen, as a list (commas, spaces or lines) of {@link PREVIEW_ALLOWANCES}. */
export function parsePreviewAllow(text: string, source: string): Set<PreviewAllowance> {
  const allowed = new Set<PreviewAllowance>();
  for (const word of text.split(/[\s,]+/).filter(Boolean)) {
    const allowance = PREVIEW_ALLOWANCES.find((a) => a === word);
    if (!allowance) {
      throw new ConfigError(
        `${source}: "${word}" is not something a preview can be allowed; use ${PREVIEW_ALLOWANCES.join(', ')}`,
      );
    }
    allowed.add(allowance);
  }
  return allowed;
}

/**
 * Parse the deploy and smoke settings, shared by the action (inputs) and the CLI (flags). Mutually exclusive and
 * incomplete combinations are refused here, before anything is sent.
 */
export function parseDeployConfig(
  read: (input: string) => string,
  describe: (input: string) => string,
): DeployConfig {
  const previewTag = read('preview_tag').trim();
  const removeTag = read('remove_tag').trim();
  const service = read('service').trim();
  const projectId = read('project_id').trim();
  const region = read('region').trim();
  const dryRun = parseBoolean(read('dry_run'), describe('dry_run'));
  for (const [input, tag] of [
    ['preview_tag', previewTag],
    ['remove_tag', removeTag],
  ] as const) {
    if (tag && (!DNS_LABEL.test(tag) || tag.length > 46)) {
      throw new ConfigError(
        `${describe(input)}: "${tag}" is not a tag: lower-case letters, digits and -, at most 46, such as pr-123`,
      );
    }
  }
  if (previewTag && isRunTag(previewTag)) {
    throw new ConfigError(
      `${describe('preview_tag')}: "${previewTag}" has the form of a deploy's own tag (${RUN_TAG_PREFIX}...), which is reserved: name previews otherwise, such as pr-123`,
    );
  }
  if (previewTag && removeTag) {
    throw new ConfigError(
      `${describe('preview_tag')} and ${describe('remove_tag')} are mutually exclusive: deploy a preview or remove one`,
    );
  }
  if (removeTag && (read('repository').trim() || read('image').trim())) {
    throw new ConfigError(
      `${describe('remove_tag')} removes a tag and nothing else: leave ${describe('repository')} and ${describe('image')} empty`,
    );
  }
  const deploying = Boolean(service || previewTag || removeTag);
  if (!deploying) {
    return { mode: { kind: 'none' }, projectId, region, service, waitTimeoutMs: 0, dryRun };
  }
  for (const [input, value] of [
    ['service', service],
    ['project_id', projectId],
    ['region', region],
  ] as const) {
    if (!value)
      throw new ConfigError(
        `${describe(input)} is required to deploy${previewTag ? ' a preview' : removeTag ? ' (to remove a tag)' : ''}`,
      );
  }
  if (!DNS_LABEL.test(service) || service.length > 49) {
    throw new ConfigError(
      `${describe('service')}: "${service}" is not a Cloud Run service name (lower-case letters, digits and -, at most 49)`,
    );
  }
  if (!/^[a-z]+-[a-z]+\d+$/.test(region)) {
    throw new ConfigError(
      `${describe('region')}: "${region}" is not a Cloud Run region such as europe-west1`,
    );
  }
  if (
    previewTag &&
    (previewTag.length < TAG_MIN || previewTag.length + service.length > TAG_AND_SERVICE_MAX)
  ) {
    throw new ConfigError(
      `${describe('preview_tag')}: "${previewTag}" and the service name "${service}" are ${String(previewTag.length + service.length)} characters together; Cloud Run allows a tag of at least ${String(TAG_MIN)} and ${String(TAG_AND_SERVICE_MAX)} for both (they form the tag URL's host name): shorten the tag`,
    );
  }
  const previewAllow = parsePreviewAllow(read('preview_allow'), describe('preview_allow'));
  if (previewAllow.size > 0 && !previewTag) {
    throw new ConfigError(
      `${describe('preview_allow')} applies to previews only: set ${describe('preview_tag')}, or leave it empty`,
    );
  }
  const revisionSuffix = read('revision_suffix').trim();
  if (revisionSuffix && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(revisionSuffix)) {
    throw new ConfigError(
      `${describe('revision_suffix')}: "${revisionSuffix}" may hold lower-case letters, digits and - only`,
    );
  }
  const mode: DeployMode = removeTag
    ? { kind: 'remove-tag', tag: removeTag }
    : previewTag
      ? { kind: 'preview', tag: previewTag, allow: previewAllow }
      : { kind: 'deploy', promote: parseBoolean(read('promote'), describe('promote')) };
  const waitTimeoutMs = parseSeconds(read('wait_timeout'), describe('wait_timeout'), 3600);
  const base = {
    mode,
    projectId,
    region,
    service,
    waitTimeoutMs,
    dryRun,
    ...(revisionSuffix ? { revisionSuffix } : {}),
  };
  if (mode.kind === 'remove-tag' || !parseBoolean(read('smoke'), describe('smoke'))) return base;

  const role = read('smoke_role').trim();
  if (!role) {
    throw new ConfigError(
      `${describe('smoke_role')} is required while ${describe('smoke')} is true: the database role the test token carries (or set smoke to false)`,
    );
  }
  const jwtSecret = read('jwt_secret');
  const jwtSecretRef = read('jwt_secret_ref').trim();
  if (jwtSecret && jwtSecretRef) {
    throw new ConfigError(
      `${describe('jwt_secret')} and ${describe('jwt_secret_ref')} are mutually exclusive: give the secret or where it is`,
    );
  }
  const aud = read('jwt_aud').trim();
  return {
    ...base,
    smoke: {
      role,
      checks: read('smoke_checks'),
      checksSource: describe('smoke_checks'),
      ...(jwtSecret ? { jwtSecret } : {}),
      ...(jwtSecretRef ? { jwtSecretRef } : {}),
      ...(aud ? { aud } : {}),
      invokerAuth: parseBoolean(read('invoker_auth'), describe('invoker_auth')),
      timeoutMs: parseSeconds(read('smoke_timeout'), describe('smoke_timeout'), 1800),
    },
  };
}

/**
 * Where the spec is: in the workspace (the caller's repository) when it exists there, else in the action's own
 * directory (the default `cloudbuild/service.yaml`). Paths may not leave either directory, as written or through a
 * symbolic link: the file's real path must stay inside the real path of the directory it was found in.
 *
 * @param source how the setting is named in errors: "input `spec`" or "--spec"
 */
export function resolveSpecPath(spec: string, workspace: string, actionRoot: string, source: string): string {
  for (const root of [workspace, actionRoot]) {
    const candidate = path.resolve(root, spec);
    if (!isInside(root, candidate)) {
      throw new ConfigError(`${source}: "${spec}" points outside ${root}; give a path inside the repository`);
    }
    if (!existsSync(candidate)) continue;
    let real: string;
    try {
      real = realpathSync(candidate);
      if (isInside(realpathSync(root), real)) return candidate;
    } catch (error) {
      throw new ConfigError(
        `${source}: "${spec}" cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    throw new ConfigError(
      `${source}: "${spec}" leads through a symbolic link to ${real}, outside ${root}; give a file inside the repository, not a link out of it`,
    );
  }
  throw new ConfigError(
    `${source}: "${spec}" exists neither in the workspace (${workspace}) nor in the action (${actionRoot})`,
  );
}

/** True when `target` is `root` or lies below it (both absolute). */
function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

/** Everything a run needs, parsed once from action inputs or CLI flags (named by `describe`). */
export interface PipelineConfig {
  readonly spec: SpecConfig;
  readonly image: ImageSource;
  readonly deploy: DeployConfig;
}

/**
 * Parse every setting of a run, shared by the action and the CLI.
 *
 * @param read a setting's value by its input name, with action.yml's default when unset
 * @param describe how a setting is named in errors: "input `repository`" or "--repository"
 */
export function parsePipelineConfig(
  read: (input: string) => string,
  describe: (input: string) => string,
): PipelineConfig {
  const postgrestVersion = parseVersionSetting(read('postgrest_version'), describe('postgrest_version'));
  const spec = read('spec');
  if (!spec) throw new ConfigError(`${describe('spec')} is required: the Cloud Run service YAML`);
  return {
    spec: {
      spec,
      variables: parseVariables(variableLines(read('vars')), describe('vars')),
      postgrestVersion,
    },
    image: parseImageSource(read, describe, postgrestVersion),
    deploy: parseDeployConfig(read, describe),
  };
}
