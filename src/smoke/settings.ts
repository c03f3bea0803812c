// How the spec configures PostgREST's JWT handling, and the secret the smoke test signs with.
import type { SecretManagerApi } from '../gcp/index.js';
import { secretVersionName } from '../gcp/index.js';
import { recordOf as record } from '../json.js';
import type { PostgrestVersion } from '../postgrest/index.js';
import { defaultClaimKey, postgrestContainerIndex, readBoolean } from '../postgrest/index.js';

/** How the spec configures PostgREST's JWT handling (from the container's PGRST_* environment). */
export interface JwtSettings {
  readonly claimKey: string;
  readonly aud?: string;
  readonly secretIsBase64: boolean;
  readonly anonRole?: string;
  /** Where PGRST_JWT_SECRET comes from, when it is a secretKeyRef: `projects/P/secrets/S/versions/V`. */
  readonly secretName?: string;
}

/**
 * Read the JWT settings of the (rendered) service from its PostgREST container (see
 * {@link postgrestContainerIndex}); `image` is the image this run deploys, when known.
 */
export function jwtSettings(
  service: Record<string, unknown>,
  version: PostgrestVersion,
  projectId: string,
  image?: string,
): JwtSettings {
  const listed = record(record(record(service['spec'])['template'])['spec'])['containers'];
  const containers = (Array.isArray(listed) ? listed : []).map(record);
  const envs = containers.map((c) => {
    const env = c['env'];
    return (Array.isArray(env) ? env : []).map(record);
  });
  const index = postgrestContainerIndex(
    containers.map((c, i) => ({
      ...(typeof c['image'] === 'string' ? { image: c['image'] } : {}),
      env: (envs[i] ?? []).map((e) => String(e['name'])),
      runsActionImage: image !== undefined && c['image'] === image,
    })),
  );
  const env = index === undefined ? [] : (envs[index] ?? []);
  // The container gets the last entry of a name.
  const value = (name: string): string | undefined => {
    const entry = env.findLast((e) => e['name'] === name);
    return typeof entry?.['value'] === 'string' ? entry['value'] : undefined;
  };
  const secretRef = record(
    record(env.findLast((e) => e['name'] === 'PGRST_JWT_SECRET')?.['valueFrom'])['secretKeyRef'],
  );
  const secretName =
    typeof secretRef['name'] === 'string'
      ? secretVersionName(
          `${secretRef['name']}:${typeof secretRef['key'] === 'string' ? secretRef['key'] : 'latest'}`,
          projectId,
        )
      : undefined;
  const aud = value('PGRST_JWT_AUD');
  const anonRole = value('PGRST_DB_ANON_ROLE');
  return {
    claimKey: value('PGRST_JWT_ROLE_CLAIM_KEY') ?? defaultClaimKey(version),
    // As PostgREST reads it: what it cannot read (`yes`, `on`) leaves the default, false.
    secretIsBase64: readBoolean(value('PGRST_JWT_SECRET_IS_BASE64') ?? '') ?? false,
    ...(aud ? { aud } : {}),
    ...(anonRole ? { anonRole } : {}),
    ...(secretName ? { secretName } : {}),
  };
}

/**
 * The JWT secret for the smoke test, in order: the `jwt_secret` input; the `jwt_secret_ref` input; the secret the
 * spec gives PGRST_JWT_SECRET through a secretKeyRef (the same version the revision mounts). Masked at once.
 */
export async function loadJwtSecret(
  sources: {
    readonly input?: string;
    readonly reference?: string;
    readonly settings: JwtSettings;
    readonly projectId: string;
  },
  deps: { readonly secrets: SecretManagerApi; readonly mask: (secret: string) => void },
): Promise<string> {
  if (sources.input) {
    deps.mask(sources.input);
    return sources.input;
  }
  const name = sources.reference
    ? secretVersionName(sources.reference, sources.projectId)
    : sources.settings.secretName;
  if (!name) {
    throw new Error(
      'no JWT secret for the smoke test: give input `jwt_secret` or `jwt_secret_ref`, or let the spec take PGRST_JWT_SECRET from a secretKeyRef',
    );
  }
  return deps.secrets.access(name);
}
