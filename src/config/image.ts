// The image settings: a prebuilt image, or a repository to build into (and how).
import type { ImageSource } from '../build/index.js';
import { BUILDERS, imageReference, parseImageReference, parseSourceReference } from '../build/index.js';
import { ConfigError } from '../errors.js';
import type { PostgrestVersion } from '../postgrest/index.js';
import type { DescribeSetting, ReadSetting } from './values.js';

/**
 * Parse the image settings, shared by the action (inputs) and the CLI (flags).
 *
 * @param read the value of a setting by its input name (`repository`, `image_name`, ...), '' when unset
 * @param describe how a setting is named in errors: "input `repository`" or "--repository"
 */
export function parseImageSource(
  read: ReadSetting,
  describe: DescribeSetting,
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
      `${describe('builder')} must be ${BUILDERS.slice(0, -1).join(', ')} or ${BUILDERS.at(-1) ?? ''}, not "${builderText}"`,
    );
  }
  const sources = parseSourceImages(read, describe);
  const imageName = read('image_name').trim();
  imageReference(repository, imageName, 'latest', describe('repository'));
  const { projectId, buildRegion, logsBucket } = parseCloudBuildSettings(read, describe, builder);
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

/** The project, region and log bucket of a Cloud Build run (the project also names the image's project). */
function parseCloudBuildSettings(
  read: ReadSetting,
  describe: DescribeSetting,
  builder: (typeof BUILDERS)[number],
): { projectId: string; buildRegion: string; logsBucket: string } {
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
  return { projectId, buildRegion, logsBucket };
}

/**
 * `postgrest_image` (a repository: it is tagged with the PostgREST version) and `base_image` (pinned by tag or
 * digest), each a mirror when the user points it at one. Empty leaves the Containerfile's.
 */
function parseSourceImages(
  read: ReadSetting,
  describe: DescribeSetting,
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
