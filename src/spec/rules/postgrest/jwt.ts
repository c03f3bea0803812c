// JWT settings: the role claim key in the target version's grammar, a plain secret's length.
import type { Rule } from '../rule.js';
import { isDeferred, report } from '../rule.js';
import { envNamed } from '../service-parts.js';
import {
  checkRoleClaimKey,
  isAtLeast,
  MIN_JWT_SECRET_LENGTH,
  readBoolean,
} from '../../../postgrest/index.js';
import { plainValue, postgrestContainers, readableValue } from './container.js';

/** The role claim key parses under the target version's grammar. */
export const roleClaimKey: Rule = (context) => {
  const version = context.postgrestVersion;
  for (const ref of postgrestContainers(context)) {
    const entry = envNamed(ref, 'PGRST_JWT_ROLE_CLAIM_KEY');
    const key = plainValue(entry);
    if (!entry || key === undefined || isDeferred(context, [...entry.path, 'value'])) continue;
    const check = checkRoleClaimKey(key, version);
    const path = [...entry.path, 'value'];
    if (!check.ok) {
      const where = check.error ? ` at character ${check.error.offset + 1}: ${check.error.message}` : '';
      report(context, {
        path,
        rule: 'pgrst/role-claim-key',
        message: `PostgREST ${version.tag} fails to start: failed to parse role-claim-key value (${key})${where}`,
        fix: check.suggestion
          ? `write ${check.suggestion}`
          : 'see the jwt-role-claim-key grammar of your PostgREST version',
      });
    } else if (check.deprecated) {
      report(context, {
        path,
        severity: 'warning',
        rule: 'pgrst/role-claim-key',
        message: `PostgREST ${version.tag} accepts "${key}" but logs that this claim key syntax is deprecated`,
        fix: check.suggestion
          ? `write the RFC 9535 form ${check.suggestion}`
          : 'write it as RFC 9535 JSONPath starting with $',
      });
    }
  }
};

/** A plain JWT secret (a string, not a JWK or JWKS) shorter than 32 characters, after base64 decoding when set. */
export const jwtSecretLength: Rule = (context) => {
  const version = context.postgrestVersion;
  for (const ref of postgrestContainers(context)) {
    const entry = envNamed(ref, 'PGRST_JWT_SECRET');
    const value = entry ? readableValue(context, entry) : undefined;
    if (!entry || value === undefined || value.startsWith('@') || value.trim().startsWith('{')) continue;
    const base64Entry = envNamed(ref, 'PGRST_JWT_SECRET_IS_BASE64');
    const base64 = readBoolean((base64Entry && readableValue(context, base64Entry)) ?? '') === true;
    const length = base64
      ? Buffer.from(value.trim().replaceAll('-', '+').replaceAll('_', '/'), 'base64').length
      : (value.match(/[\s\S]/gu)?.length ?? 0); // code points, as PostgREST counts
    if (length >= MIN_JWT_SECRET_LENGTH) continue;
    const v13 = isAtLeast(version, 13);
    report(context, {
      path: [...entry.path, 'value'],
      severity: v13 ? 'error' : 'warning',
      rule: 'pgrst/jwt-secret',
      message: `PGRST_JWT_SECRET is ${String(length)} characters${base64 ? ' after base64 decoding' : ''}: ${v13 ? `PostgREST ${version.tag} refuses to start with fewer than 32 ("The JWT secret must be at least 32 characters long.")` : `PostgREST ${version.tag} starts but rejects every token, and v13 and later refuse to start`}`,
      fix: 'use a secret of at least 32 characters, from Secret Manager (valueFrom.secretKeyRef), and re-sign the tokens your backend issues',
    });
  }
};
