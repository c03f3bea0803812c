// The build stage: build context → content-hash tag → skip when the registry has it → else assemble the image in
// the registry, Cloud Build, or a local builder → `name@sha256:digest`; or a prebuilt image pinned by digest; or,
// in a dry run, what it would do.
import type { CloudBuildOptions } from './cloud-build.js';
import { cloudBuildRequest } from './cloud-build.js';
import { loadBuildContext } from './context.js';
import { formatReference, imageReference, parseImageReference, pinnedImage } from './image-ref.js';
import type { ImageReference } from './image-ref.js';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import { ACTION_ROOT } from '../defaults.js';
import type { Credentials } from '../gcp/index.js';
import type { CommandRunner, LocalTool } from './local.js';
import { execRunner, runLocalBuild } from './local.js';
import type { Fetch } from './registry.js';
import { findManifest } from './registry.js';
import type { CloudBuildApi } from './submit.js';
import { cloudBuildApi, cloudBuildBaseUrl, runCloudBuild } from './submit.js';
import type { RegistryTransport } from './distribution.js';
import type {
  PostgrestBinary,
  RegistryClients,
  SourceImage,
  SourceLookup,
  SourceManifest,
  TransferCounts,
} from './assemble.js';
import {
  assembleBytes,
  likelyPostgrestLayer,
  placeEarly,
  placeLikelyConfig,
  pushAssembled,
  postgrestLayerOf,
  readBaseBin,
  readPostgrestBinary,
  registryClients,
  readConfig,
  resolveManifest,
  lookUpSource,
} from './assemble.js';
import type { AssemblyPlan, BuiltLayer } from './recipe.js';
import { BlobRelay } from './relay.js';
import type { ReadEntry } from './tar.js';
import { assemblyTag, entrypointLayer } from './recipe.js';

import { assemblySources, describeBuild, planImage } from './plan.js';

export { describeBuild, planImage } from './plan.js';
export { parseSourceReference } from './recipe.js';
export type { BuildDescription } from './plan.js';

/** The builders: `assemble` (default) puts the image together in the registry; the others build the Containerfile. */
export const BUILDERS = ['assemble', 'cloudbuild', 'local'] as const;
export type Builder = (typeof BUILDERS)[number];

/** Settings of the build stage, parsed once from action inputs or CLI flags. */
export interface BuildConfig {
  /** Where images go: `HOST/PATH`, e.g. the Artifact Registry repository `europe-west1-docker.pkg.dev/PROJECT/REPO`. */
  readonly repository: string;
  /** The image's name inside the repository, e.g. `postgrest`. */
  readonly imageName: string;
  /** The postgrest/postgrest tag stage 0 starts from. */
  readonly postgrestVersion: string;
  /**
   * Where PostgREST's image is, without a tag (it is tagged with `postgrestVersion`): `docker.io/postgrest/postgrest`
   * or a mirror of it. Overrides the Containerfile's POSTGREST_IMAGE default, for every builder.
   */
  readonly postgrestImage?: string;
  /** Overrides the Containerfile's pinned base image. */
  readonly baseImage?: string;
  readonly builder: Builder;
  /** The project Cloud Build runs in. */
  readonly projectId: string;
  /** `global` or a region for Cloud Build. */
  readonly buildLocation: string;
  readonly cloudBuild?: CloudBuildOptions;
}

/** What the build stage needs from the outside: each external system behind a small interface. */
export interface BuildDependencies {
  /** The directory holding Containerfile and run.sh (the action's cloudbuild/). */
  readonly contextDirectory: string;
  /** An OAuth access token (masked already): the registry password and the builders' credentials. */
  readonly accessToken: () => Promise<string>;
  /** Created only when a Cloud Build is needed. */
  readonly cloudBuildApi: () => CloudBuildApi;
  readonly runner: CommandRunner;
  readonly env: NodeJS.ProcessEnv;
  readonly log: (line: string) => void;
  readonly fetch?: Fetch;
  /** How builder `assemble` reaches registries (node:http(s) when absent). */
  readonly registryTransport?: RegistryTransport;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * The real dependencies: the action's cloudbuild/ directory, the caller's credentials (loaded once, tokens masked
 * as they appear), `CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD` when set.
 */
export function defaultBuildDependencies(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  credentials: () => Credentials,
): BuildDependencies {
  return {
    contextDirectory: BUILD_CONTEXT_DIRECTORY,
    accessToken: () => credentials().accessToken(),
    cloudBuildApi: () =>
      cloudBuildApi(cloudBuildBaseUrl(env['CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD']), () =>
        credentials().accessToken(),
      ),
    runner: execRunner,
    env,
    log,
  };
}

/** The action's cloudbuild/ directory: Containerfile and run.sh. */
export const BUILD_CONTEXT_DIRECTORY = path.join(ACTION_ROOT, 'cloudbuild');

/** The stage's outcome. */
export interface BuiltImage {
  /** `registry/name@sha256:...`: what the service spec deploys. */
  readonly image: string;
  /** `registry/name:ctx-...`. */
  readonly reference: string;
  readonly digest: string;
  /** False when the registry already had the tag and nothing was built. */
  readonly built: boolean;
  /** `assemble`, `cloudbuild`, or the local tool used; undefined when nothing was built. */
  readonly builder?: 'assemble' | 'cloudbuild' | LocalTool;
}

/**
 * Build the image unless the registry already has its content-hash tag; return it pinned by digest. An
 * unchanged context therefore costs one HEAD request and no build.
 */
export async function buildImage(config: BuildConfig, deps: BuildDependencies): Promise<BuiltImage> {
  if (config.builder === 'assemble') return assembleImage(config, deps);
  const { context, reference } = planImage(config, deps.contextDirectory);
  const tagged = formatReference(reference);
  // Made first, so that an endpoint override that may not receive the token stops the run before anything is sent.
  const cloudBuild = config.builder === 'cloudbuild' ? deps.cloudBuildApi() : undefined;
  const password = await deps.accessToken();
  const registry = {
    password,
    // The user chose this registry to push to: it gets the token (over HTTPS) even when it is not Google's.
    repositoryRegistry: reference.registry,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  };

  const existing = await findManifest(reference, registry);
  if (existing) {
    deps.log(`${tagged} already exists (${existing}): nothing to build`);
    return { image: pinnedImage(reference, existing), reference: tagged, digest: existing, built: false };
  }

  deps.log(`${tagged} is not in the registry: building it`);
  if (cloudBuild) {
    const request = cloudBuildRequest(context, tagged, config.cloudBuild);
    const digest = await runCloudBuild(cloudBuild, request, tagged, {
      projectId: config.projectId,
      location: config.buildLocation,
      log: deps.log,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    });
    return {
      image: pinnedImage(reference, digest),
      reference: tagged,
      digest,
      built: true,
      builder: 'cloudbuild',
    };
  }

  const tool = await runLocalBuild(context, reference, password, {
    runner: deps.runner,
    env: deps.env,
    log: deps.log,
  });
  // The registry's digest of what was pushed is the truth; each tool reports it differently, or not at all.
  const digest = await findManifest(reference, registry);
  if (!digest) throw new Error(`${tool} pushed ${tagged}, but the registry does not have it`);
  return { image: pinnedImage(reference, digest), reference: tagged, digest, built: true, builder: tool };
}

/**
 * The sources' digests now, as a plan, and what was read on the way: HEADs for Docker Hub (no pull counted), GETs
 * elsewhere (the manifests an assembly reads next); an unchanged redeploy reads nothing more, and no blob. Also the
 * entrypoint layer, which depends on run.sh alone: making it is CPU work (a cold deflate, tens of ms), done while
 * the lookups are on the wire (after an event-loop turn in which their sockets connect and their headers go out), a
 * wait in which the process is otherwise idle, rather than while the PostgREST layer streams in.
 */
async function resolveAssemblyPlan(
  config: BuildConfig,
  runSh: string,
  sources: ReturnType<typeof assemblySources>,
  clients: ReturnType<typeof registryClients>,
  log: (line: string) => void,
): Promise<{
  plan: AssemblyPlan;
  lookups: { postgrest: SourceLookup; base: SourceLookup };
  entrypoint: BuiltLayer;
}> {
  const looking = Promise.all([
    lookUpSource(clients, sources.postgrest),
    lookUpSource(clients, sources.base),
  ]);
  looking.catch(() => undefined); // awaited below
  await setImmediate();
  await setImmediate();
  const entrypoint = entrypointLayer(runSh);
  const [postgrest, base] = await looking;
  log(`${sources.postgrest.text} is ${postgrest.digest}`);
  log(`${sources.base.text} is ${base.digest}`);
  const plan = {
    runSh,
    postgrestVersion: config.postgrestVersion,
    postgrest: { reference: sources.postgrest, digest: postgrest.digest },
    base: { reference: sources.base, digest: base.digest },
  };
  return { plan, lookups: { postgrest, base }, entrypoint };
}

/** The digest of the image's tag when the registry has it; no HEAD when the repository's whole tag list lacks it. */
async function existingImage(
  reference: ImageReference,
  listed: readonly string[] | undefined,
  access: { password: string; repositoryRegistry: string },
  deps: BuildDependencies,
): Promise<string | undefined> {
  if (listed?.includes(reference.tag) === false) return undefined;
  return findManifest(reference, {
    ...access,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}

/**
 * Builder `assemble`: look up the digests both sources' tags point to, derive the tag from them and run.sh, and
 * when the registry lacks it, read the sources at those digests and write the image: the base's layers reused,
 * /bin/postgrest and run.sh in a layer each. An unchanged redeploy costs two round trips: one request per source (a
 * HEAD on Docker Hub) and the repository's tag list at once, then the HEAD of the image's tag.
 */
async function assembleImage(config: BuildConfig, deps: BuildDependencies): Promise<BuiltImage> {
  const started = performance.now();
  const context = loadBuildContext(deps.contextDirectory, {
    postgrestVersion: config.postgrestVersion,
    ...(config.baseImage ? { baseImage: config.baseImage } : {}),
    ...(config.postgrestImage ? { postgrestImage: config.postgrestImage } : {}),
  });
  const sources = assemblySources(context);
  const destination = imageReference(config.repository, config.imageName, 'latest', 'input `repository`');
  const repositoryRegistry = destination.registry;
  const password = await deps.accessToken();
  const clients = registryClients({
    password,
    repositoryRegistry,
    ...(deps.registryTransport ? { transport: deps.registryTransport } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  // The repository's tags are listed beside the sources' lookups: a tag the whole list lacks needs no HEAD of its own.
  const listing = clients(repositoryRegistry)
    .listTags(destination.name)
    .catch(() => undefined);
  const { plan, lookups, entrypoint } = await resolveAssemblyPlan(
    config,
    context.entrypoint,
    sources,
    clients,
    deps.log,
  );
  const reference = imageReference(
    config.repository,
    config.imageName,
    assemblyTag(plan),
    'input `repository`',
  );
  const tagged = formatReference(reference);
  const existing = await existingImage(reference, await listing, { password, repositoryRegistry }, deps);
  if (existing) {
    deps.log(`${tagged} already exists (${existing}): nothing to build`);
    return { image: pinnedImage(reference, existing), reference: tagged, digest: existing, built: false };
  }
  deps.log(`${tagged} is not in the registry: assembling it`);
  const { digest, counts } = await writeAssembled(
    clients,
    reference,
    { plan, sources, lookups, entrypoint },
    deps.log,
  );
  deps.log(
    `assembled ${tagged} (${digest}) in ${((performance.now() - started) / 1000).toFixed(2)} s: blobs ${String(counts.present)} already there, ${String(counts.mounted)} mounted, ${String(counts.uploaded)} uploaded (${(counts.uploadedBytes / 1e6).toFixed(2)} MB)`,
  );
  return {
    image: pinnedImage(reference, digest),
    reference: tagged,
    digest,
    built: true,
    builder: 'assemble',
  };
}

/**
 * Write the image, reading both sources at the digests looked up. The PostgREST layer's download starts first, with
 * both configurations read meanwhile; while it runs, the base's layers and the entrypoint layer are placed, the
 * PostgREST layer mounted (within one registry) and the config it most likely gives uploaded: what is left once the
 * layer is read is the manifest's PUT.
 */
async function writeAssembled(
  clients: RegistryClients,
  reference: ImageReference,
  assembly: {
    plan: AssemblyPlan;
    sources: ReturnType<typeof assemblySources>;
    lookups: { postgrest: SourceLookup; base: SourceLookup };
    entrypoint: BuiltLayer;
  },
  log: (line: string) => void,
): Promise<{ digest: string; counts: TransferCounts }> {
  const { plan, sources, lookups, entrypoint } = assembly;
  const [postgrest, base] = await Promise.all([
    resolveManifest(clients, sources.postgrest, lookups.postgrest),
    resolveManifest(clients, sources.base, lookups.base),
  ]);
  const postgrestConfig = readConfig(clients, postgrest);
  const baseImage = readConfig(clients, base).then((config): SourceImage => ({ ...base, config }));
  // From another registry, the PostgREST layer is uploaded as it downloads, its end held until the read agrees.
  const relay = postgrest.reference.registry === reference.registry ? undefined : new BlobRelay();
  const reading = postgrestLayerFor(clients, { ...postgrest, config: postgrestConfig }, base, log, relay);
  // Each is awaited below; a failure must not be reported as unhandled meanwhile.
  for (const pending of [postgrestConfig, baseImage, reading]) pending.catch(() => undefined);
  const early = placeEarly(clients, reference, { base, postgrest }, entrypoint, relay);
  const [baseSource, likely] = await Promise.all([
    baseImage,
    postgrestConfig.then((config) => likelyPostgrestLayer({ ...postgrest, config })),
  ]);
  if (likely) {
    placeLikelyConfig(clients, reference, early, assembleBytes(plan, baseSource, likely, entrypoint).config);
  }
  const layer = await reading;
  const image = assembleBytes(plan, baseSource, layer, entrypoint);
  return pushAssembled(clients, reference, baseSource, image, early);
}

/** The layer holding /bin/postgrest: the PostgREST image's own when it can be taken as it is, else a new one. */
async function postgrestLayerFor(
  clients: RegistryClients,
  postgrest: Parameters<typeof readPostgrestBinary>[1],
  base: SourceManifest,
  log: (line: string) => void,
  relay?: BlobRelay,
): Promise<BuiltLayer> {
  let binary: PostgrestBinary;
  let baseBin: ReadEntry | undefined;
  try {
    [binary, baseBin] = await Promise.all([
      readPostgrestBinary(clients, postgrest, relay),
      // Only to tell whether the PostgREST layer can be taken as it is: a base that cannot be read here says no.
      readBaseBin(clients, base).catch(() => undefined),
    ]);
  } catch (error) {
    relay?.withhold('the PostgREST layer could not be read');
    throw error;
  }
  const layer = postgrestLayerOf(binary, baseBin);
  // The relayed layer's last byte goes only when it is the one taken.
  const top = postgrest.manifest.layers.at(-1)?.digest;
  if (layer.from && layer.descriptor.digest === top) relay?.release();
  else relay?.withhold('a new layer is made instead of taking it as it is');
  log(
    layer.from
      ? `/bin/postgrest: the layer of ${postgrest.reference.text} as it is (it holds that file alone)`
      : `/bin/postgrest: a new layer (the layer of ${postgrest.reference.text} holding it has more, or bin/ differs from the base's)`,
  );
  return layer;
}

/**
 * A prebuilt image, pinned by digest: as given when it already is, else the digest its tag points to now (one
 * HEAD request), so that what is deployed cannot change under the same name. The access token goes with that
 * request only when the image is on a Google registry (or this machine); any other is asked anonymously.
 */
export async function pinPrebuiltImage(
  image: string,
  deps: Pick<BuildDependencies, 'accessToken' | 'log' | 'fetch' | 'sleep'>,
): Promise<string> {
  const { reference, digest } = parseImageReference(image, 'input `image`');
  if (digest) return image;
  const found = await findManifest(reference, {
    password: await deps.accessToken(),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  if (!found) {
    throw new Error(
      `input \`image\`: ${formatReference(reference)} is not in the registry; push it first, or give a repository to build into`,
    );
  }
  deps.log(`${formatReference(reference)} is ${found}`);
  return pinnedImage(reference, found);
}

/** Where the image to deploy comes from. */
export type ImageSource =
  /** No image: only the spec is checked (IMAGE stays a deferred built-in). */
  | { readonly kind: 'none' }
  /** A prebuilt image (`image` input): nothing is built. */
  | { readonly kind: 'prebuilt'; readonly image: string }
  /** Build the image (or reuse its content-hash tag) into `repository`. */
  | { readonly kind: 'build'; readonly build: BuildConfig };

/** The image a run deploys. */
export interface ProvidedImage {
  /**
   * Pinned by digest; in a dry run, the tag a build would make (or the image as given), or nothing when the tag
   * depends on digests only the registry knows (builder `assemble`).
   */
  readonly image?: string;
  readonly built: boolean;
  /** True in a dry run: `image` is what the run would deploy, not what it did. */
  readonly planned?: boolean;
}

/** Provide the run's image: pin a prebuilt one, or build (or reuse) one; in a dry run, only say what would happen. */
export async function provideImage(
  source: ImageSource,
  options: { readonly dryRun: boolean },
  deps: BuildDependencies,
): Promise<ProvidedImage | undefined> {
  if (source.kind === 'none') return undefined;
  if (source.kind === 'prebuilt') {
    if (options.dryRun) return { image: source.image, built: false, planned: true };
    return { image: await pinPrebuiltImage(source.image, deps), built: false };
  }
  if (options.dryRun) {
    const plan = await describeBuild(source.build, deps.contextDirectory);
    deps.log(`dry run, nothing is sent. ${plan.text.trimEnd()}`);
    return { ...(plan.image ? { image: plan.image } : {}), built: false, planned: true };
  }
  const built = await buildImage(source.build, deps);
  deps.log(
    `image: ${built.image} (${built.built ? `built with ${built.builder ?? 'unknown'}` : 'reused, no build'})`,
  );
  return { image: built.image, built: built.built };
}

export type { ImageReference } from './image-ref.js';
export { formatReference, imageReference, parseImageReference } from './image-ref.js';
export type { LocalTool } from './local.js';
export { localBuildCommands } from './local.js';
export { cloudBuildRequest } from './cloud-build.js';
