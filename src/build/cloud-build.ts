import type { BuildContext } from './context.js';
import { buildArguments, contextDigest } from './context.js';

/** The step image that writes the context and runs the build: Google's own, so no Docker Hub pull is needed. */
export const DOCKER_STEP = 'gcr.io/cloud-builders/docker';

/** Tag on every build this action submits, to find them in the console (`tags:pgrst-cloudrun`). */
export const BUILD_TAG = 'pgrst-cloudrun';

/** Substitutions of the build; `_IMAGE` has no default (a by-hand build must name the image). */
export const SUBSTITUTION = {
  image: '_IMAGE',
  postgrestVersion: '_POSTGREST_VERSION',
  postgrestImage: '_POSTGREST_IMAGE',
  baseImage: '_BASE_IMAGE',
  revision: '_REVISION',
} as const;

/** One step of a Cloud Build v1 `Build`. */
export interface BuildStep {
  id: string;
  name: string;
  entrypoint?: string;
  args: string[];
}

/** The subset of Cloud Build v1's `Build` this action sends (field names as in the REST API). */
export interface BuildRequest {
  steps: BuildStep[];
  images: string[];
  substitutions: Record<string, string>;
  options: { logging?: 'CLOUD_LOGGING_ONLY'; substitutionOption: 'MUST_MATCH' };
  logsBucket?: string;
  serviceAccount?: string;
  tags: string[];
  timeout: string;
}

/** How a build is run, beyond what the context fixes. */
export interface CloudBuildOptions {
  /** `gs://...`: keep logs there instead of Cloud Logging only. */
  readonly logsBucket?: string;
  /** `projects/P/serviceAccounts/EMAIL`: run the build as this account instead of the default one. */
  readonly serviceAccount?: string;
  readonly timeoutSeconds?: number;
}

/** `$` starts a substitution in Cloud Build; `$$` is a literal dollar. */
const escapeDollars = (text: string): string => text.replaceAll('$', '$$$$');

/** A here-document of `content` into `file`, with a delimiter the content does not contain as a line. */
function hereDocument(file: string, delimiter: string, content: string): string {
  if (content.split('\n').includes(delimiter)) {
    throw new Error(
      `${file} contains the line "${delimiter}", which ends its here-document in the build step`,
    );
  }
  const body = content.endsWith('\n') ? content : `${content}\n`;
  return `cat >${file} <<'${delimiter}'\n${escapeDollars(body)}${delimiter}\n`;
}

/**
 * The build as a template: the context written by a first step (no source upload, no bucket), `docker build`
 * for linux/amd64 with the build arguments as substitutions, the image pushed by Cloud Build (`images`), which
 * then reports its digest in `results.images`. cloudbuild/cloudbuild.yaml is this object; the action sends the
 * same object with the substitutions filled in ({@link cloudBuildRequest}).
 */
export function cloudBuildTemplate(context: BuildContext, options: CloudBuildOptions = {}): BuildRequest {
  const args = buildArguments(context);
  const image = `$${SUBSTITUTION.image}`;
  const request: BuildRequest = {
    steps: [
      {
        id: 'write-context',
        name: DOCKER_STEP,
        entrypoint: 'sh',
        args: [
          '-c',
          'set -eu\n' +
            hereDocument('Containerfile', 'END_OF_CONTAINERFILE', context.containerfile) +
            hereDocument('run.sh', 'END_OF_RUN_SH', context.entrypoint) +
            'chmod 0755 run.sh\n',
        ],
      },
      {
        id: 'build',
        name: DOCKER_STEP,
        args: [
          'build',
          '--platform',
          context.platform,
          '--file',
          'Containerfile',
          '--build-arg',
          `POSTGREST_VERSION=$${SUBSTITUTION.postgrestVersion}`,
          '--build-arg',
          `POSTGREST_IMAGE=$${SUBSTITUTION.postgrestImage}`,
          '--build-arg',
          `BASE_IMAGE=$${SUBSTITUTION.baseImage}`,
          '--build-arg',
          `REVISION=$${SUBSTITUTION.revision}`,
          '--tag',
          image,
          '.',
        ],
      },
    ],
    images: [image],
    substitutions: {
      [SUBSTITUTION.postgrestVersion]: args['POSTGREST_VERSION'] ?? '',
      [SUBSTITUTION.postgrestImage]: args['POSTGREST_IMAGE'] ?? '',
      [SUBSTITUTION.baseImage]: args['BASE_IMAGE'] ?? '',
      [SUBSTITUTION.revision]: args['REVISION'] ?? contextDigest(context),
    },
    // MUST_MATCH: a typo in a substitution fails the build instead of building with an empty value.
    options: { substitutionOption: 'MUST_MATCH' },
    tags: [BUILD_TAG],
    timeout: `${String(options.timeoutSeconds ?? 1200)}s`,
  };
  // Without a logs bucket, logs go to Cloud Logging only: the default bucket needs extra permissions, and a
  // custom service account requires one of the two.
  if (options.logsBucket) request.logsBucket = options.logsBucket;
  else request.options.logging = 'CLOUD_LOGGING_ONLY';
  if (options.serviceAccount) request.serviceAccount = options.serviceAccount;
  return request;
}

/** The build the action submits: the template with `_IMAGE` set to `image` (`registry/name:tag`). */
export function cloudBuildRequest(
  context: BuildContext,
  image: string,
  options: CloudBuildOptions = {},
): BuildRequest {
  const template = cloudBuildTemplate(context, options);
  return { ...template, substitutions: { [SUBSTITUTION.image]: image, ...template.substitutions } };
}
