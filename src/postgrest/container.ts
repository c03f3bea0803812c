// Which container of a Cloud Run service is PostgREST: the one the PostgREST checks (spec rules, smoke test, API
// diff) look at. One definition, used everywhere, so a sidecar (an nginx front, a metrics collector) is never held
// to PostgREST's rules and the smoke test never reads a sidecar's settings.

/** What the detection needs to know of one container. */
export interface ContainerFacts {
  readonly image?: string;
  /** The names of its environment variables. */
  readonly env: readonly string[];
  /** Its image is the one the action builds or pins (`${IMAGE}` in a spec, the deployed image once rendered). */
  readonly runsActionImage: boolean;
}

/** An image whose repository's last path component is `postgrest`: `postgrest/postgrest:v14.17`, `.../postgrest@sha256:...`. */
export function isPostgrestImage(image: string | undefined): boolean {
  if (!image) return false;
  const withoutDigest = image.replace(/@.*$/, '');
  const lastSlash = withoutDigest.lastIndexOf('/');
  const repository = withoutDigest.slice(lastSlash + 1).replace(/:.*$/, '');
  return repository.toLowerCase() === 'postgrest';
}

const configuresPostgrest = (facts: ContainerFacts): boolean =>
  facts.env.some((name) => name.startsWith('PGRST_')) || isPostgrestImage(facts.image);

/**
 * The index of the PostgREST container, or undefined for a service that runs no PostgREST.
 *
 * A service runs PostgREST when one of its containers carries `PGRST_` settings or runs a PostgREST image. Its
 * PostgREST container is then the one that does, or that runs the action's image (`${IMAGE}`); when several could
 * be, the one with `PGRST_DB_URI`, then the first. So `image: ${IMAGE}` alone — a common envsubst convention in
 * services that are not PostgREST at all — makes no container PostgREST.
 */
export function postgrestContainerIndex(containers: readonly ContainerFacts[]): number | undefined {
  if (!containers.some(configuresPostgrest)) return undefined;
  const candidates = containers.flatMap((facts, index) =>
    configuresPostgrest(facts) || facts.runsActionImage ? [index] : [],
  );
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((index) => containers[index]?.env.includes('PGRST_DB_URI')) ?? candidates[0];
}
