// The smoke test itself: mint the tokens, run the checks against the revision's URL, explain a failure.
import type { PostgrestVersion } from '../postgrest/index.js';
import { placeRole } from './claims.js';
import type { CheckResult, SmokeCheck } from './checks.js';
import { explainFailure, runSmokeChecks, smokeChecks } from './checks.js';
import type { JwtSettings } from './settings.js';
import type { SigningKey } from './token.js';
import { expiredToken, forgeToken, mintToken, parseJwtSecret } from './token.js';
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
  const { key, options, claimsFor } = signingOf(config, Math.floor((deps.now ?? Date.now)() / 1000));
  const masked = (token: string): string => {
    deps.mask(token);
    return token;
  };
  const valid = roleTokens(config, deps);
  const tokens = {
    valid: valid.token,
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
    ...(deps.transport ? { transport: deps.transport } : {}),
  });
  const failure = explainFailure(results, {
    claimKey: config.settings.claimKey,
    ...(config.settings.aud ? { aud: config.settings.aud } : {}),
  });
  return { passed: failure === undefined, results, ...(failure ? { failure } : {}) };
}
