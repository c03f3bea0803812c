import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Cloud Run runs linux/amd64 images only. */
export const PLATFORM = 'linux/amd64';

/** Everything an image is made of; the same context always gives the same tag. */
export interface BuildContext {
  /** cloudbuild/Containerfile, verbatim. */
  readonly containerfile: string;
  /** cloudbuild/run.sh, verbatim (installed as /usr/local/bin/run.sh). */
  readonly entrypoint: string;
  /** Build arguments other than REVISION, which is derived from this context. */
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly platform: string;
}

/** What the caller chooses; everything else comes from the files. */
export interface ContextOptions {
  readonly postgrestVersion: string;
  /** Overrides the Containerfile's BASE_IMAGE default (a pinned base with a POSIX shell). */
  readonly baseImage?: string;
  /** Overrides the Containerfile's POSTGREST_IMAGE default (PostgREST's image, without its tag: a mirror). */
  readonly postgrestImage?: string;
}

/**
 * Read Containerfile and run.sh from `directory` (the action's cloudbuild/). The base and PostgREST images default
 * to the Containerfile's own `ARG BASE_IMAGE=...` and `ARG POSTGREST_IMAGE=...`, so each is named in one place and
 * still part of the hash.
 */
export function loadBuildContext(directory: string, options: ContextOptions): BuildContext {
  const containerfile = readFileSync(path.join(directory, 'Containerfile'), 'utf8');
  const baseImage = options.baseImage ?? containerfileDefault(containerfile, 'BASE_IMAGE');
  const postgrestImage = options.postgrestImage ?? containerfileDefault(containerfile, 'POSTGREST_IMAGE');
  return {
    containerfile,
    entrypoint: readFileSync(path.join(directory, 'run.sh'), 'utf8'),
    buildArgs: {
      POSTGREST_VERSION: options.postgrestVersion,
      POSTGREST_IMAGE: postgrestImage,
      BASE_IMAGE: baseImage,
    },
    platform: PLATFORM,
  };
}

/** The default value of `ARG NAME=VALUE` in a Containerfile. */
export function containerfileDefault(containerfile: string, name: string): string {
  const match = new RegExp(`^ARG\\s+${name}=(\\S+)\\s*$`, 'm').exec(containerfile);
  if (!match?.[1]) throw new Error(`the Containerfile has no default for ARG ${name}`);
  return match[1];
}

/**
 * The sha256 of a context, over a canonical JSON form (sorted build arguments) so that it depends on the
 * content only, never on the order options were given in.
 */
export function contextDigest(context: BuildContext): string {
  const canonical = JSON.stringify([
    ['containerfile', context.containerfile],
    ['entrypoint', context.entrypoint],
    ['buildArgs', Object.entries(context.buildArgs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))],
    ['platform', context.platform],
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The image tag of a context: `ctx-` and 12 hex digits of its digest (48 bits: no collisions in practice). */
export function contextTag(context: BuildContext): string {
  return `ctx-${contextDigest(context).slice(0, 12)}`;
}

/** The build arguments passed to the builder: the context's own, plus REVISION (recorded as an OCI label). */
export function buildArguments(context: BuildContext): Record<string, string> {
  return { ...context.buildArgs, REVISION: contextDigest(context) };
}
