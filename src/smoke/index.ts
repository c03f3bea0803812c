// The smoke stage: read how the spec configures PostgREST's JWT checks, get the secret (input or Secret Manager),
// mint the tokens, run the checks against the new revision's tag URL, explain a failure.
import type { ApiRequest } from '../gcp/http.js';
import { apiBaseUrl, apiErrorMessage } from '../gcp/http.js';
import type { PostgrestVersion } from '../postgrest/version.js';
import { postgrestContainerIndex } from '../postgrest/container.js';
import { isAtLeast } from '../postgrest/version.js';
import { placeRole } from './claims.js';
import type { CheckResult, SmokeCheck } from './checks.js';
import { explainFailure, runSmokeChecks, smokeChecks } from './checks.js';
import type { SigningKey } from './token.js';
import { expiredToken, forgeToken, mintToken, parseJwtSecret } from './token.js';

/** How the spec configures PostgREST's JWT handling (from the container's PGRST_* environment). */
export interface JwtSettings {
  readonly claimKey: string;
  readonly aud?: string;
  readonly secretIsBase64: boolean;
  readonly anonRole?: string;
  /** Where PGRST_JWT_SECRET comes from, when it is a secretKeyRef: `projects/P/secrets/S/versions/V`. */
  readonly secretName?: string;
}

type Json = Record<string, unknown>;
const record = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};

/**
 * Read the JWT settings of the (rendered) service from its PostgREST container (see
 * {@link postgrestContainerIndex}); `image` is the image this run deploys, when known.
 */
export function jwtSettings(
  service: Json,
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
  const value = (name: string): string | undefined => {
    const entry = env.find((e) => e['name'] === name);
    return typeof entry?.['value'] === 'string' ? entry['value'] : undefined;
  };
  const secretRef = record(
    record(env.find((e) => e['name'] === 'PGRST_JWT_SECRET')?.['valueFrom'])['secretKeyRef'],
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
    claimKey: value('PGRST_JWT_ROLE_CLAIM_KEY') ?? (isAtLeast(version, 16) ? '$.role' : '.role'),
    secretIsBase64: /^(true|on|yes|1)$/i.test(value('PGRST_JWT_SECRET_IS_BASE64') ?? ''),
    ...(aud ? { aud } : {}),
    ...(anonRole ? { anonRole } : {}),
    ...(secretName ? { secretName } : {}),
  };
}

/**
 * A secret version's full name from `projects/P/secrets/S/versions/V`, `projects/P/secrets/S:V`, `S:V` or `S`
 * (latest), as the `jwt_secret_ref` input and Cloud Run's secretKeyRef write it.
 */
export function secretVersionName(reference: string, projectId: string): string {
  const full = /^projects\/([^/]+)\/secrets\/([^/:]+)\/versions\/([^/]+)$/.exec(reference);
  if (full) return reference;
  const match = /^(?:projects\/([^/]+)\/secrets\/)?([A-Za-z0-9_-]{1,255})(?::([A-Za-z0-9_-]+))?$/.exec(
    reference,
  );
  if (!match) {
    throw new Error(
      `"${reference}" is not a secret reference: use projects/PROJECT/secrets/NAME/versions/VERSION, NAME:VERSION or NAME`,
    );
  }
  const [, project = projectId, name = '', version = 'latest'] = match;
  return `projects/${project}/secrets/${name}/versions/${version}`;
}

/**
 * Read a secret version's payload through the Secret Manager REST API (`versions/V:access`); `baseUrl` is
 * `CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER` when set. The value is handed to `mask` before it is returned.
 */
export async function accessSecret(
  request: ApiRequest,
  baseUrl: string,
  name: string,
  mask: (secret: string) => void,
): Promise<string> {
  const { status, body } = await request('GET', `${baseUrl.replace(/\/+$/, '')}/v1/${name}:access`);
  if (status !== 200) {
    const hint =
      status === 403 || status === 404
        ? ": grant roles/secretmanager.secretAccessor on it to the workflow's account, or give the secret as input `jwt_secret`"
        : '';
    throw new Error(
      `Secret Manager refused to read ${name} (HTTP ${String(status)}: ${apiErrorMessage(body) ?? 'no message'})${hint}`,
    );
  }
  const data = record(record(body)['payload'])['data'];
  if (typeof data !== 'string') throw new Error(`Secret Manager returned no payload for ${name}`);
  const secret = Buffer.from(data, 'base64').toString('utf8');
  mask(secret);
  return secret;
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
  deps: { readonly request: ApiRequest; readonly baseUrl: string; readonly mask: (secret: string) => void },
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
  return accessSecret(deps.request, deps.baseUrl, name, deps.mask);
}

/** Secret Manager's base URL: `CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER` as given, else Google's. */
export function secretManagerBaseUrl(override?: string): string {
  return apiBaseUrl(override, 'https://secretmanager.googleapis.com');
}

/** Everything one smoke test needs. */
export interface SmokeConfig {
  /** The tag URL of the new revision (never the service URL when a tag exists). */
  readonly url: string;
  readonly version: PostgrestVersion;
  readonly settings: JwtSettings;
  /** The JWT secret as PostgREST is configured with it (masked already). */
  readonly secret: string;
  /** The role the valid token carries. */
  readonly role: string;
  readonly checks: readonly SmokeCheck[];
  /** The status a request without a token must get, when it should be checked. */
  readonly anonymousStatus?: number;
  readonly timeoutMs: number;
  readonly ttlSeconds?: number;
  readonly invokerToken?: string;
}

/** The outcome: every check's result, and why it failed. */
export interface SmokeResult {
  readonly passed: boolean;
  readonly results: readonly CheckResult[];
  readonly failure?: string;
}

/** Mint the tokens (each handed to `mask` at once), run the checks, explain a failure. */
export async function smokeTest(
  config: SmokeConfig,
  deps: {
    log: (line: string) => void;
    mask: (secret: string) => void;
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
  },
): Promise<SmokeResult> {
  const key: SigningKey = parseJwtSecret(config.secret, {
    base64: config.settings.secretIsBase64,
    version: config.version,
  });
  const now = Math.floor((deps.now ?? Date.now)() / 1000);
  const options = {
    now,
    ...(config.ttlSeconds ? { ttlSeconds: config.ttlSeconds } : {}),
    ...(config.settings.aud ? { aud: config.settings.aud } : {}),
  };
  const claimsFor = (role: string) => placeRole(config.settings.claimKey, role, config.version);
  const masked = (token: string): string => {
    deps.mask(token);
    return token;
  };
  const valid = new Map<string, Promise<string>>();
  const tokens = {
    valid: (role = config.role) => {
      let token = valid.get(role);
      if (!token) {
        token = mintToken(claimsFor(role), key, options).then(masked);
        valid.set(role, token);
      }
      return token;
    },
    forged: masked(await forgeToken(claimsFor(config.role), key, options)),
    expired: masked(await expiredToken(claimsFor(config.role), key, options)),
  };
  // Build every token before the first request: a claim key that cannot hold a role fails here, not half-way.
  await Promise.all(
    [...new Set(config.checks.filter((c) => c.token === 'valid').map((c) => c.role ?? config.role))].map(
      (r) => tokens.valid(r),
    ),
  );
  const results = await runSmokeChecks(config.url, smokeChecks(config.checks, config.anonymousStatus), {
    tokens,
    timeoutMs: config.timeoutMs,
    log: deps.log,
    ...(config.invokerToken ? { invokerToken: config.invokerToken } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });
  const failure = explainFailure(results, {
    claimKey: config.settings.claimKey,
    ...(config.settings.aud ? { aud: config.settings.aud } : {}),
  });
  return { passed: failure === undefined, results, ...(failure ? { failure } : {}) };
}
