// The smoke stage: read how the spec configures PostgREST's JWT checks, get the secret (input or Secret Manager),
// mint the tokens, run the checks against the new revision's tag URL, explain a failure.
export { ClaimKeyError, placeRole } from './claims.js';
export type { CheckResult, SmokeCheck } from './checks.js';
export { parseSmokeChecks, SmokeConfigError } from './checks.js';
export type { PreparedSmokeTest, SmokeConfig, SmokeTarget } from './prepare.js';
export { checkSmokeOffline, prepareSmokeTest, smokeSettingsOf } from './prepare.js';
export type { RoleTokens, SmokePlan, SmokeResult } from './run.js';
export { roleTokens, smokeTest } from './run.js';
export type { JwtSettings } from './settings.js';
export { jwtSettings, loadJwtSecret } from './settings.js';
export type { SigningKey } from './token.js';
export { JwtSecretError, MAX_TTL_SECONDS, mintToken, parseJwtSecret } from './token.js';
