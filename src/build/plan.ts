// The build stage's dry-run plan, as text: what a run would send, in order, with nothing sent. The CLI's
// `build --dry-run` and the pipeline's dry run both print this.
import type { BuildConfig } from './index.js';
import { cloudBuildRequest } from './cloud-build.js';
import type { BuildContext } from './context.js';
import { contextTag, loadBuildContext } from './context.js';
import type { ImageReference } from './image-ref.js';
import { formatReference, imageReference } from './image-ref.js';
import { localBuildCommands } from './local.js';
import type { SourceReference } from './recipe.js';
import { parseSourceReference } from './recipe.js';

/** The context and the tagged reference of a build, without touching the network (also the dry-run plan). */
export function planImage(
  config: BuildConfig,
  contextDirectory: string,
): { context: BuildContext; reference: ImageReference } {
  const context = loadBuildContext(contextDirectory, {
    postgrestVersion: config.postgrestVersion,
    ...(config.baseImage ? { baseImage: config.baseImage } : {}),
    ...(config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}),
  });
  const reference = imageReference(
    config.repository,
    config.imageName,
    contextTag(context),
    'input `repository`',
  );
  return { context, reference };
}

/** The two source images of builder `assemble`, as references (nothing is resolved yet). */
export function assemblySources(context: BuildContext): {
  postgrest: SourceReference;
  base: SourceReference;
} {
  return {
    postgrest: parseSourceReference(
      `${context.buildArgs['POSTGREST_IMAGE'] ?? ''}:${context.buildArgs['POSTGREST_VERSION'] ?? ''}`,
      'input `postgrest_image`',
    ),
    base: parseSourceReference(context.buildArgs['BASE_IMAGE'] ?? '', 'input `base_image`'),
  };
}

/** The plan of a build: the tagged image when it is known without the network, and what would be done. */
export interface BuildDescription {
  /** `registry/name:ctx-...`; undefined for builder `assemble`, whose tag covers digests resolved at run time. */
  readonly image?: string;
  /** Lines of prose (and, for Cloud Build, the request as YAML), ending with a newline. */
  readonly text: string;
}

/**
 * Describe what building `config` would do, without sending anything. The YAML library is loaded only for a Cloud
 * Build plan: `pgrst-cloudrun build` needs nothing else of it, and its 290 KB were most of what that command loaded.
 */
export async function describeBuild(
  config: BuildConfig,
  contextDirectory: string,
): Promise<BuildDescription> {
  if (config.builder === 'assemble') {
    const context = loadBuildContext(contextDirectory, {
      postgrestVersion: config.postgrestVersion,
      ...(config.baseImage ? { baseImage: config.baseImage } : {}),
      ...(config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}),
    });
    const { postgrest, base } = assemblySources(context);
    const repository = imageReference(config.repository, config.imageName, 'latest', 'input `repository`');
    const target = `${repository.registry}/${repository.name}`;
    return {
      text: [
        `Would look up the digests ${postgrest.text} and ${base.text} point to (HEAD of each manifest),`,
        `tag the image ${target}:ctx-<hash of run.sh, ${config.postgrestVersion} and both digests>, and look that tag up (HEAD).`,
        'When it is missing, read both at those digests (linux/amd64 from an index) and assemble it in the registry:',
        `  - /bin/postgrest read from the layer of ${postgrest.text} that holds it, in a layer of its own`,
        '  - /usr/local/bin/run.sh (0755) and /opt/secrets (uid 1000, 0700) in a second layer',
        `  - the layers of ${base.text} as they are: skipped when ${repository.registry} has them (HEAD),` +
          ` ${base.registry === repository.registry ? 'mounted from its repository' : `else streamed from ${base.registry}`}`,
        "  - the configuration (the base's, with user 1000, port 3000, the entrypoint and the labels), then the manifest (PUT)",
        '',
      ].join('\n'),
    };
  }
  const { context, reference } = planImage(config, contextDirectory);
  const image = formatReference(reference);
  const lookup = `Would look up ${image} in the registry and, when it is missing, `;
  if (config.builder === 'cloudbuild') {
    const { cloudBuildRequestYaml } = await import('./plan-yaml.js');
    return {
      image,
      text:
        `${lookup}submit this build to projects/${config.projectId}/locations/${config.buildLocation}:\n` +
        cloudBuildRequestYaml(cloudBuildRequest(context, image, config.cloudBuild)),
    };
  }
  const commands = localBuildCommands('podman', context, reference, 'CONTEXT', 'AUTHFILE');
  return {
    image,
    text:
      `${lookup}build and push it locally (shown for podman; docker and buildah take the same arguments):\n` +
      `  podman ${commands.build.join(' ')}\n  podman ${commands.push.join(' ')}\n`,
  };
}
