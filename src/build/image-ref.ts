import { ConfigError } from '../errors.js';
import { isLoopbackHost } from '../gcp/index.js';
import { PATH_COMPONENT, SHA256_DIGEST, TAG } from '../image-reference.js';

/** An image name split as registries address it. */
export interface ImageReference {
  /** Host and optional port, e.g. `europe-west1-docker.pkg.dev` or `127.0.0.1:5000`. */
  readonly registry: string;
  /** The repository path inside the registry, e.g. `my-project/postgrest/postgrest`. */
  readonly name: string;
  readonly tag: string;
}

/**
 * Join a repository (`HOST/PATH`, e.g. an Artifact Registry repository `europe-west1-docker.pkg.dev/PROJECT/REPO`),
 * an image name and a tag, checking each part against the distribution spec's grammar.
 *
 * @param source how the repository is named in errors, e.g. "input `repository`"
 */
export function imageReference(
  repository: string,
  imageName: string,
  tag: string,
  source: string,
): ImageReference {
  const trimmed = repository.replace(/\/+$/, '');
  const slash = trimmed.indexOf('/');
  const registry = slash < 0 ? trimmed : trimmed.slice(0, slash);
  if (slash < 0 || (!/[.:]/.test(registry) && registry !== 'localhost')) {
    throw new ConfigError(
      `${source}: "${repository}" does not start with a registry host; use HOST/PATH, e.g. europe-west1-docker.pkg.dev/my-project/my-repo`,
    );
  }
  const name = `${trimmed.slice(slash + 1)}/${imageName}`;
  for (const component of name.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      throw new ConfigError(
        `${source}: "${component}" in "${name}" is not a valid image path component (lower-case letters, digits, and . _ - between them)`,
      );
    }
  }
  if (!TAG.test(tag)) throw new ConfigError(`image tag "${tag}" is not valid`);
  return { registry, name, tag };
}

/**
 * Split `HOST/PATH[:TAG][@sha256:DIGEST]` (a prebuilt image as given in the `image` input).
 *
 * @returns the reference (tag `latest` when none is given, as registries assume) and the digest when pinned
 */
export function parseImageReference(
  image: string,
  source: string,
): { reference: ImageReference; digest?: string } {
  const at = image.indexOf('@');
  const digest = at < 0 ? undefined : image.slice(at + 1);
  if (digest !== undefined && !SHA256_DIGEST.test(digest)) {
    throw new ConfigError(`${source}: "${image}" has a malformed digest; use @sha256: and 64 hex digits`);
  }
  const named = at < 0 ? image : image.slice(0, at);
  const slash = named.lastIndexOf('/');
  const colon = named.lastIndexOf(':');
  const hasTag = colon > slash;
  const repositoryAndName = hasTag ? named.slice(0, colon) : named;
  const split = repositoryAndName.lastIndexOf('/');
  if (split < 0) {
    throw new ConfigError(
      `${source}: "${image}" does not start with a registry host; use HOST/PATH@sha256:DIGEST`,
    );
  }
  const reference = imageReference(
    repositoryAndName.slice(0, split),
    repositoryAndName.slice(split + 1),
    hasTag ? named.slice(colon + 1) : 'latest',
    source,
  );
  return digest === undefined ? { reference } : { reference, digest };
}

/** `registry/name:tag`. */
export function formatReference(reference: ImageReference): string {
  return `${reference.registry}/${reference.name}:${reference.tag}`;
}

/** `registry/name@digest`: the immutable form the deploy stage uses. */
export function pinnedImage(reference: ImageReference, digest: string): string {
  return `${reference.registry}/${reference.name}@${digest}`;
}

/**
 * Where a registry's API is: loopback registries over plain HTTP, all others over HTTPS only. Docker Hub's name
 * (`docker.io`, `index.docker.io`) is not where its API answers: that is `registry-1.docker.io`.
 */
export function registryBaseUrl(registry: string): string {
  if (registry === 'docker.io' || registry === 'index.docker.io') return 'https://registry-1.docker.io';
  const host = registry.replace(/:\d+$/, '');
  return `${isLoopbackHost(host) ? 'http' : 'https'}://${registry}`;
}

/** Whether a registry is reached over plain HTTP (tools need `--tls-verify=false` for it). */
export function isPlainHttpRegistry(registry: string): boolean {
  return registryBaseUrl(registry).startsWith('http:');
}
