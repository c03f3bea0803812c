// The smoke test itself: mint the tokens, run the checks against the revision's URL, explain a failure.
import type { PostgrestVersion } from '../postgrest/index.js';
import { missingRoleAnswer } from '../postgrest/index.js';
import { placeRole } from './claims.js';
import type { CheckResult, RunChecksOptions, SmokeCheck } from './checks.js';
import { explainFailure, runSmokeChecks, smokeChecks } from './checks.js';
import type { JwtSettings } from './settings.js';
import type { SigningKey } from './token.js';
import { expiredToken, forgeToken, keyLabel, mintToken, parseJwtSecret, parseSigningKeys } from './token.js';
import type { Transport } from '../gcp/index.js';

/** Everything one smoke test needs, prepared before anything is deployed but the URL. */
export interface SmokePlan {
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
  /** The signing keys of the secret that signed a token (`kid "2025-01"`), when it holds several. */
  readonly keys?: readonly string[];
}

/** A role no database has, placed at the claim key; undefined when the claim key's filter cannot hold one. */
function absentRoleClaims(config: SmokePlan): string | undefined {
  for (const role of [`${config.role}_pgrst_cloudrun_absent`, `pgrst_cloudrun_absent_${config.role}`]) {
    try {
      placeRole(config.settings.claimKey, role, config.version);
      return role;
    } catch {
      // The claim key's filter does not accept this name: try the next.
    }
  }
  return undefined;
}

/** The checks of this plan: the user's, each further signing key, the role claim read, the negatives. */
function planChecks(
  config: SmokePlan,
  keys: readonly SigningKey[],
  log: (line: string) => void,
): SmokeCheck[] {
  const absent = absentRoleClaims(config);
  if (!absent)
    log(
      `the role claim key ${config.settings.claimKey} holds only the roles its filter names: whether the revision reads it is not checked`,
    );
  const checks = smokeChecks(config.checks, {
    ...(config.anonymousStatus === undefined ? {} : { anonymous: config.anonymousStatus }),
    ...(keys.length > 1 ? { keys: keys.map(keyLabel) } : {}),
    ...(absent ? { absentRole: { role: absent, ...missingRoleAnswer(config.version) } } : {}),
  });
  return checks.map((c) => (c.token === 'valid' && !c.role ? { ...c, role: config.role } : c));
}

/** A valid token for any role, minted once per role and handed to `mask` at once. */
export interface RoleTokens {
  /** The smoke role, then every other role the checks name. */
  readonly roles: readonly string[];
  readonly token: (role?: string) => Promise<string>;
}

/** What minting needs of a smoke test: its secret, JWT settings, version, roles and token lifetime. */
type MintingPlan = Pick<SmokePlan, 'secret' | 'settings' | 'version' | 'role' | 'checks' | 'ttlSeconds'>;

/** The key, the claims for a role and the token options of a smoke test. */
function signingOf(config: MintingPlan, now: number) {
  const key: SigningKey = parseJwtSecret(config.secret, {
    base64: config.settings.secretIsBase64,
    version: config.version,
  });
  const options = {
    now,
    ...(config.ttlSeconds ? { ttlSeconds: config.ttlSeconds } : {}),
    ...(config.settings.aud ? { aud: config.settings.aud } : {}),
  };
  const claimsFor = (role: string) => placeRole(config.settings.claimKey, role, config.version);
  return { key, options, claimsFor };
}

/**
 * Valid tokens for the smoke test's roles, as the smoke test signs them: the exposure check reads the OpenAPI root
 * as each of these roles.
 */
export function roleTokens(
  config: MintingPlan,
  deps: { mask: (secret: string) => void; now?: () => number },
): RoleTokens {
  const { key, options, claimsFor } = signingOf(config, Math.floor((deps.now ?? Date.now)() / 1000));
  const minted = new Map<string, Promise<string>>();
  return {
    roles: [...new Set([config.role, ...config.checks.flatMap((c) => (c.role ? [c.role] : []))])],
    token: (role = config.role) => {
      let token = minted.get(role);
      if (!token) {
        token = mintToken(claimsFor(role), key, options).then((minted) => {
          deps.mask(minted);
          return minted;
        });
        minted.set(role, token);
      }
      return token;
    },
  };
}

/** Mint the tokens (each handed to `mask` at once), run the checks, explain a failure. */
export async function smokeTest(
  config: SmokePlan,
  deps: {
    log: (line: string) => void;
    mask: (secret: string) => void;
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
    /** How requests reach the revision (node:http(s) outside tests). */
    transport?: Transport;
  },
): Promise<SmokeResult> {
  const keys = parseSigningKeys(config.secret, {
    base64: config.settings.secretIsBase64,
    version: config.version,
  });
  const labels = keys.length > 1 ? keys.map(keyLabel) : undefined;
  if (labels)
    deps.log(
      `the JWT secret holds ${String(keys.length)} signing keys: a token is signed with each (${labels.join(', ')})`,
    );
  const checks = planChecks(config, keys, deps.log);
  const tokens = await mintTokens(config, keys, checks, deps);
  const results = await runSmokeChecks(config.url, checks, {
    tokens,
    timeoutMs: config.timeoutMs,
    log: deps.log,
    ...(labels ? { keyLabels: labels } : {}),
    ...(config.invokerToken ? { invokerToken: config.invokerToken } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.transport ? { transport: deps.transport } : {}),
  });
  const failure = explainFailure(results, {
    claimKey: config.settings.claimKey,
    version: config.version.tag,
    ...(config.settings.aud ? { aud: config.settings.aud } : {}),
  });
  return {
    passed: failure === undefined,
    results,
    ...(failure ? { failure } : {}),
    ...(labels ? { keys: labels } : {}),
  };
}

/** Every token the checks send, each masked as it is made; all valid ones built before the first request. */
async function mintTokens(
  config: SmokePlan,
  keys: readonly SigningKey[],
  checks: readonly SmokeCheck[],
  deps: { mask: (secret: string) => void; now?: () => number },
): Promise<RunChecksOptions['tokens']> {
  const [first] = keys;
  if (!first) throw new Error('internal error: a JWT secret with no signing key');
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
    valid: (role = config.role, key = 0) => {
      let token = valid.get(`${String(key)}:${role}`);
      if (!token) {
        token = mintToken(claimsFor(role), keys[key] ?? first, options).then(masked);
        valid.set(`${String(key)}:${role}`, token);
      }
      return token;
    },
    forged: masked(await forgeToken(claimsFor(config.role), first, options)),
    expired: masked(await expiredToken(claimsFor(config.role), first, options)),
  };
  // Build every token before the first request: a claim key that cannot hold a role fails here, not half-way.
  await Promise.all(checks.filter((c) => c.token === 'valid').map((c) => tokens.valid(c.role, c.key)));
  return tokens;
}
