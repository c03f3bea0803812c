// Everything the smoke test needs but the revision's URL, made before anything is deployed: the secret (read and
// parsed — a short one stops the run here), the role placed at the claim key for every role the checks use, and
// the checks themselves. A dry run checks what it can without the secret.
import type { SecretManagerApi } from '../gcp/index.js';
import type { PostgrestVersion } from '../postgrest/index.js';
import { placeRole } from './claims.js';
import type { SmokeCheck } from './checks.js';
import { parseSmokeChecks } from './checks.js';
import type { SmokePlan } from './run.js';
import type { JwtSettings } from './settings.js';
import { jwtSettings, loadJwtSecret } from './settings.js';
import { parseJwtSecret } from './token.js';

/** Settings of the smoke stage, parsed once from action inputs or CLI flags (absent when `smoke` is false). */
export interface SmokeConfig {
  readonly role: string;
  /** `smoke_checks` lines, parsed by the smoke stage. */
  readonly checks: string;
  /** How `smoke_checks` is named in errors (input or flag). */
  readonly checksSource: string;
  readonly jwtSecret?: string;
  readonly jwtSecretRef?: string;
  readonly aud?: string;
  readonly invokerAuth: boolean;
  readonly timeoutMs: number;
}

/** What the smoke test is prepared for: the checked spec, the PostgREST release and the project. */
export interface SmokeTarget {
  /** The spec as checked (its PostgREST container's JWT settings). */
  readonly service: Record<string, unknown>;
  readonly version: PostgrestVersion;
  readonly projectId: string;
}

/** The smoke test of a run, ready but for the URL of the revision (and an invoker token, when needed). */
export type PreparedSmokeTest = Omit<SmokePlan, 'url' | 'invokerToken'>;

/** The spec's JWT settings, with the `jwt_aud` input over the spec's PGRST_JWT_AUD. */
export function smokeSettingsOf(config: SmokeConfig, target: SmokeTarget): JwtSettings {
  const settings = jwtSettings(target.service, target.version, target.projectId);
  return config.aud ? { ...settings, aud: config.aud } : settings;
}

/**
 * Parse the checks and place every role they use at the claim key, in the version's grammar: the errors a dry run
 * can give without reading any secret.
 */
export function checkSmokeOffline(config: SmokeConfig, target: SmokeTarget): SmokeCheck[] {
  const { claimKey } = smokeSettingsOf(config, target);
  const checks = parseSmokeChecks(config.checks, config.checksSource);
  for (const role of new Set([config.role, ...checks.flatMap((c) => (c.role ? [c.role] : []))])) {
    placeRole(claimKey, role, target.version);
  }
  return checks;
}

/** Load and check the secret, the claims and the checks now: a bad one must stop the run before it deploys. */
export async function prepareSmokeTest(
  config: SmokeConfig,
  target: SmokeTarget,
  deps: {
    readonly secrets: () => SecretManagerApi;
    readonly mask: (secret: string) => void;
    readonly log: (line: string) => void;
  },
): Promise<PreparedSmokeTest> {
  const settings = smokeSettingsOf(config, target);
  const secret = await loadJwtSecret(
    {
      ...(config.jwtSecret ? { input: config.jwtSecret } : {}),
      ...(config.jwtSecretRef ? { reference: config.jwtSecretRef } : {}),
      settings,
      projectId: target.projectId,
    },
    { secrets: { access: (name) => deps.secrets().access(name) }, mask: deps.mask },
  );
  parseJwtSecret(secret, { base64: settings.secretIsBase64, version: target.version });
  const checks = checkSmokeOffline(config, target);
  deps.log(
    `smoke test ready: role ${config.role} at ${settings.claimKey}, ${String(checks.length || 1)} check(s) plus a forged and an expired token`,
  );
  return {
    version: target.version,
    settings,
    secret,
    role: config.role,
    checks,
    timeoutMs: config.timeoutMs,
  };
}
