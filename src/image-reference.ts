/**
 * What a valid image reference is: the grammar of the distribution spec (the `reference` package that Docker,
 * registries and Cloud Run read), defined once here for the build stage (image names it makes or is given) and
 * the spec checks (every container's `image`).
 *
 * `[HOST[:PORT]/]PATH[:TAG][@DIGEST]`, where PATH is `/`-separated lower-case components.
 */

/** A path component: lower-case letters and digits, separated by one `.`, one or two `_`, or any number of `-`. */
export const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** A tag: up to 128 letters, digits, `_`, `.` and `-`, not starting with `.` or `-`. */
export const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** The only digest Cloud Run and the registries we speak to pin by. */
export const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Host and optional port: DNS labels (either case) separated by dots, or a bracketed IPv6 address. */
const DOMAIN =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::[0-9]+)?$/;
/** The distribution spec's limit on HOST/PATH. */
const MAX_NAME_LENGTH = 255;

/** An image reference in its parts. */
export interface ImageName {
  /** Registry host and optional port; absent for Docker Hub short names (`postgrest/postgrest`). */
  readonly domain?: string;
  /** The repository path inside the registry, e.g. `my-project/repo/postgrest`. */
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** Why a text is not an image reference, naming the offending part as written. */
export type ImageProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long' }
  | { readonly kind: 'placeholder'; readonly part: string }
  | { readonly kind: 'uppercase'; readonly part: string }
  | { readonly kind: 'component'; readonly part: string }
  | { readonly kind: 'domain'; readonly part: string }
  | { readonly kind: 'tag'; readonly part: string }
  | { readonly kind: 'digest'; readonly part: string };

/**
 * Split and check an image reference. A part that is valid only in another case, or not valid at all, and reads
 * like a stand-in (`PROJECT_ID`, `<project>`, `your-project`) is reported as a placeholder: that is what it
 * nearly always is in a spec copied from documentation.
 */
export function parseImageName(text: string): { name: ImageName } | { problem: ImageProblem } {
  if (text.trim() === '') return { problem: { kind: 'empty' } };
  const at = text.indexOf('@');
  const digest = at < 0 ? undefined : text.slice(at + 1);
  const named = at < 0 ? text : text.slice(0, at);
  const lastSlash = named.lastIndexOf('/');
  const colon = named.lastIndexOf(':');
  const tag = colon > lastSlash ? named.slice(colon + 1) : undefined;
  const repository = tag === undefined ? named : named.slice(0, colon);
  const firstSlash = repository.indexOf('/');
  const first = firstSlash < 0 ? '' : repository.slice(0, firstSlash);
  // As Docker decides: the first component is a host when it has a dot or a port, or is localhost.
  const hasDomain = firstSlash >= 0 && (/[.:]/.test(first) || first === 'localhost');
  const domain = hasDomain ? first : undefined;
  const path = hasDomain ? repository.slice(firstSlash + 1) : repository;

  const stand = [
    ...(domain !== undefined && isPlaceholder(domain, 'domain') ? [domain] : []),
    ...path.split('/').filter((component) => isPlaceholder(component, 'path')),
    ...(tag !== undefined && isPlaceholder(tag, 'tag') ? [tag] : []),
  ][0];
  if (stand !== undefined) return { problem: { kind: 'placeholder', part: stand } };
  if (domain !== undefined && !DOMAIN.test(domain)) return { problem: { kind: 'domain', part: domain } };
  for (const component of path.split('/')) {
    if (PATH_COMPONENT.test(component)) continue;
    if (PATH_COMPONENT.test(component.toLowerCase()))
      return { problem: { kind: 'uppercase', part: component } };
    return { problem: { kind: 'component', part: component } };
  }
  if (repository.length > MAX_NAME_LENGTH) return { problem: { kind: 'too-long' } };
  if (tag !== undefined && !TAG.test(tag)) return { problem: { kind: 'tag', part: tag } };
  if (digest !== undefined && !SHA256_DIGEST.test(digest))
    return { problem: { kind: 'digest', part: digest } };
  return {
    name: {
      ...(domain === undefined ? {} : { domain }),
      path,
      ...(tag === undefined ? {} : { tag }),
      ...(digest === undefined ? {} : { digest }),
    },
  };
}

/** Words documentation puts where a value goes, written in capitals as samples write them. */
const PLACEHOLDER_WORD =
  /^(?:PROJECT|PROJECT[_-]?(?:ID|NAME|NUMBER)|REGION|LOCATION|REPO|REPOSITORY|REPO[_-]NAME|IMAGE|IMAGE[_-](?:NAME|URL)|SERVICE|SERVICE[_-]NAME|TAG|VERSION)$/;

/**
 * True for a part of an image reference that reads like a stand-in rather than a value:
 * - anywhere: something in angle or curly brackets (`<project>`, `{project}`);
 * - a host with a word in capitals (`REGION-docker.pkg.dev`: real hosts are never written so);
 * - a path component that is a placeholder word or capitals joined by `_`/`-` (`PROJECT_ID`, `YOUR-REPO`), or a
 *   lower-case `your-...`, `project-id`, `project_number`;
 * - a tag that is a placeholder word (`:TAG`, `:VERSION`); other capitals are valid in tags.
 */
export function isPlaceholder(part: string, where: 'domain' | 'path' | 'tag'): boolean {
  if (/[<>{}]/.test(part)) return true;
  switch (where) {
    case 'domain':
      return part.split(/[.:-]/).some((word) => /[A-Z]{2,}/.test(word));
    case 'path':
      return (
        PLACEHOLDER_WORD.test(part) ||
        /^(?=[A-Z0-9_-]*[A-Z])[A-Z0-9]+(?:[_-][A-Z0-9]+)+$/.test(part) ||
        /^(?:your[-_][a-z0-9_-]+|project[-_](?:id|number))$/.test(part)
      );
    case 'tag':
      return PLACEHOLDER_WORD.test(part);
  }
}
