// The PostgREST container of a service (one definition: src/postgrest/container.ts) and the settings the rules read
// from it.
import { asString } from '../../../json.js';
import type { RuleContext } from '../rule.js';
import { isDeferred, references } from '../rule.js';
import type { ContainerRef, EnvRef } from '../service-parts.js';
import { containersOf, envNamed, envOf } from '../service-parts.js';
import type { Conninfo } from '../../../postgrest/index.js';
import { parseConninfo, postgrestContainerIndex } from '../../../postgrest/index.js';

/** Where the entrypoint (cloudbuild/run.sh) finds the secret mounts, and where it copies them with mode 0600. */
export const VAULT_DIR = '/opt/vault';
export const SECRETS_DIR = '/opt/secrets';
/** The image's entrypoint (cloudbuild/Containerfile's ENTRYPOINT), which makes those copies. */
export const ENTRYPOINT_SCRIPT = '/usr/local/bin/run.sh';

/**
 * The PostgREST container, as a list of none or one (see {@link postgrestContainerIndex}: sidecars are never held to
 * PostgREST's rules, and `image: ${IMAGE}` alone does not make a service PostgREST).
 */
export function postgrestContainers(context: RuleContext): ContainerRef[] {
  const refs = containersOf(context.service);
  const index = postgrestContainerIndex(
    refs.map((ref) => {
      const image = asString(ref.container['image']);
      return {
        ...(image === undefined ? {} : { image }),
        env: envOf(ref).map((e) => e.name),
        runsActionImage: references(context, [...ref.path, 'image'], 'IMAGE'),
      };
    }),
  );
  const found = index === undefined ? undefined : refs[index];
  return found ? [found] : [];
}

/** The plain value of an env entry; undefined when it comes from a secret or is not a string. */
export function plainValue(entry: EnvRef | undefined): string | undefined {
  return entry && !('valueFrom' in entry.entry) ? asString(entry.entry['value']) : undefined;
}

/** A plain value the checks can read: not from a secret, a string, and not waiting for a `${NAME}`. */
export function readableValue(context: RuleContext, entry: EnvRef): string | undefined {
  const value = plainValue(entry);
  return value === undefined || isDeferred(context, [...entry.path, 'value']) ? undefined : value;
}

/** The plain PGRST_DB_URI of a container; undefined when it is a secret, a file (`@/path`) or not yet substituted. */
export function plainDbUri(
  context: RuleContext,
  ref: ContainerRef,
): { entry: EnvRef; value: string } | undefined {
  const entry = envNamed(ref, 'PGRST_DB_URI');
  const value = plainValue(entry);
  if (!entry || value === undefined || value.startsWith('@') || isDeferred(context, [...entry.path, 'value']))
    return undefined;
  return { entry, value };
}

/**
 * PGRST_DB_URI parsed, when it is a plain value (a secret-held URI cannot be inspected here). Pure: one rule,
 * `dbUriSyntax`, reports a URI that does not parse; the others just skip it.
 */
export function dbUri(
  context: RuleContext,
  ref: ContainerRef,
): { entry: EnvRef; conninfo: Conninfo } | undefined {
  const uri = plainDbUri(context, ref);
  if (!uri) return undefined;
  try {
    return { entry: uri.entry, conninfo: parseConninfo(uri.value) };
  } catch {
    return undefined;
  }
}
