// The image: pinned, a release this action supports and checks for, and started through its entrypoint.
import path from 'node:path/posix';
import { asList, asString } from '../../../json.js';
import type { Rule } from '../rule.js';
import { isDeferred, report } from '../rule.js';
import { isPostgrestImage, parsePostgrestVersion, unsupportedVersion } from '../../../postgrest/index.js';
import { certReferences } from './connection.js';
import { ENTRYPOINT_SCRIPT, postgrestContainers, SECRETS_DIR, VAULT_DIR } from './container.js';

/** PostgREST's image is pinned: a tag other than latest, or a digest (a sidecar's image is its owner's business). */
export const imagePin: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    const imagePath = [...ref.path, 'image'];
    const image = asString(ref.container['image']);
    if (image === undefined || isDeferred(context, imagePath)) continue;
    const pin = imagePinOf(image);
    if (pin === 'digest' || pin === 'tag') continue;
    report(context, {
      path: imagePath,
      rule: 'pgrst/image-pin',
      message:
        pin === 'latest'
          ? `image "${image}" uses :latest, which moves with every release (backports included)`
          : `image "${image}" has no tag or digest, so it means :latest`,
      fix: 'pin a version tag (postgrest/postgrest:v14.17) or a digest (@sha256:...), or use ${IMAGE} for the image the action builds',
    });
  }
};

/** How an image reference is pinned. */
export function imagePinOf(image: string): 'digest' | 'tag' | 'latest' | 'none' {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return 'digest';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'none';
  return image.slice(colon + 1) === 'latest' ? 'latest' : 'tag';
}

/** A shell that a command may run the entrypoint script through (`sh -c "... run.sh"`, `/bin/sh run.sh`). */
const SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:sh|ash|bash|dash)$/;

/** Whether a container's command still runs the image's entrypoint script, itself or through a shell. */
export function runsEntrypoint(command: readonly string[], args: readonly string[]): boolean {
  const [program = '', ...rest] = command;
  const isScript = (word: string) => word === ENTRYPOINT_SCRIPT || word === path.basename(ENTRYPOINT_SCRIPT);
  if (isScript(program)) return true;
  if (!SHELL.test(program)) return false;
  // The script named as an argument, or as a word of a -c command line (`exec /usr/local/bin/run.sh "$@"`).
  return [...rest, ...args].some((arg) => arg.split(/[\s;&|'"]+/).some(isScript));
}

/** A command that skips run.sh: the /opt/secrets copies are never made (one that runs run.sh is fine). */
export const entrypoint: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    if (!('command' in ref.container)) continue;
    const words = (key: string) =>
      asList(ref.container[key]).flatMap((w) => (typeof w === 'string' ? [w] : []));
    if (runsEntrypoint(words('command'), words('args'))) continue;
    if (!certReferences(context, ref).some((c) => c.file.startsWith(`${SECRETS_DIR}/`))) continue;
    report(context, {
      path: [...ref.path, 'command'],
      at: 'key',
      rule: 'pgrst/entrypoint',
      message: `command replaces the image's entrypoint, which copies ${VAULT_DIR} to ${SECRETS_DIR}: the certificate files will not exist`,
      fix: `remove command (pass PostgREST options with args or env), or run ${ENTRYPOINT_SCRIPT} from it`,
    });
  }
};

/**
 * The release an official PostgREST image runs: one this action supports, and the one the checks follow
 * (`postgrest_version`) — else the claim-key grammar and the version rules are another release's.
 */
export const imageVersion: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    const imagePath = [...ref.path, 'image'];
    const image = asString(ref.container['image']);
    if (image === undefined || isDeferred(context, imagePath) || !isPostgrestImage(image)) continue;
    const name = image.replace(/@.*$/, ''); // a digest says nothing of the release
    const tag = /:([^:/]+)$/.exec(name.slice(name.lastIndexOf('/') + 1))?.[1];
    const version = tag === undefined ? undefined : parsePostgrestVersion(tag);
    if (!version) continue;
    const unsupported = unsupportedVersion(version);
    const checked = context.postgrestVersion;
    if (unsupported) {
      report(context, {
        path: imagePath,
        rule: 'pgrst/version',
        message: unsupported,
        fix: 'run a supported release',
      });
    } else if (version.major !== checked.major || version.minor !== checked.minor) {
      report(context, {
        path: imagePath,
        severity: 'warning',
        rule: 'pgrst/version',
        message: `the image runs PostgREST ${version.tag}, but the checks follow ${checked.tag} (postgrest_version)`,
        fix: `set postgrest_version to ${version.tag}, or run ${checked.tag}`,
      });
    }
  }
};
