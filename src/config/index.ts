// Every setting of a run, parsed once from action inputs or CLI flags into one readonly typed config: the spec,
// the image, and what happens on Cloud Run. Defaults live in action.yml only.
import type { ImageSource } from '../build/index.js';
import { ConfigError } from '../errors.js';
import type { PostgrestVersion } from '../postgrest/index.js';
import type { PreflightConfig } from '../preflight/index.js';
import type { DeployConfig } from './deploy.js';
import { parseDeployConfig } from './deploy.js';
import { parseImageSource } from './image.js';
import type { DescribeSetting, ReadSetting } from './values.js';
import {
  parseBoolean,
  parseDbMaxConnections,
  parseDays,
  parseVariables,
  parseVersionSetting,
  variableLines,
} from './values.js';

export { ConfigError };
export type { DeployConfig, DeployMode } from './deploy.js';
export { parseDeployConfig, parseExposurePolicy, parsePreviewAllow } from './deploy.js';
export { parseImageSource } from './image.js';
export type { LocatedSpec } from './spec-path.js';
export { bundledSpecNotice, resolveSpecPath } from './spec-path.js';
export type { DescribeSetting, ReadSetting } from './values.js';
export {
  parseBoolean,
  parseDays,
  parseDbMaxConnections,
  parseSeconds,
  parseVariables,
  parseVersionSetting,
  variableLines,
} from './values.js';

/** Settings of the spec stage, parsed once from action inputs or CLI flags. */
export interface SpecConfig {
  /** The spec file as the user named it (for diagnostics). */
  readonly spec: string;
  /** `${NAME}` values from `vars` / `--var`. */
  readonly variables: ReadonlyMap<string, string>;
  /** The PostgREST release the image is built from; selects the claim-key grammar and version rules. */
  readonly postgrestVersion: PostgrestVersion;
  /** The database's connection limit for PostgREST (`db_max_connections`); the connection budget is checked against it. */
  readonly dbMaxConnections?: number | undefined;
}

/** Everything a run needs, parsed once from action inputs or CLI flags (named by `describe`). */
export interface PipelineConfig {
  readonly spec: SpecConfig;
  readonly image: ImageSource;
  readonly deploy: DeployConfig;
  /** The checks against the world before anything is deployed (the client certificates in Secret Manager). */
  readonly preflight: PreflightConfig;
}

/**
 * Parse every setting of a run, shared by the action and the CLI.
 *
 * @param read a setting's value by its input name, with action.yml's default when unset
 * @param describe how a setting is named in errors: "input `repository`" or "--repository"
 */
export function parsePipelineConfig(read: ReadSetting, describe: DescribeSetting): PipelineConfig {
  const postgrestVersion = parseVersionSetting(read('postgrest_version'), describe('postgrest_version'));
  const spec = read('spec');
  if (!spec) throw new ConfigError(`${describe('spec')} is required: the Cloud Run service YAML`);
  return {
    spec: {
      spec,
      variables: parseVariables(variableLines(read('vars')), describe('vars')),
      postgrestVersion,
      dbMaxConnections: parseDbMaxConnections(read('db_max_connections'), describe('db_max_connections')),
    },
    image: parseImageSource(read, describe, postgrestVersion),
    deploy: parseDeployConfig(read, describe),
    preflight: {
      enabled: parseBoolean(read('preflight'), describe('preflight')),
      certExpiryWarningDays: parseDays(
        read('cert_expiry_warning_days'),
        describe('cert_expiry_warning_days'),
      ),
    },
  };
}
