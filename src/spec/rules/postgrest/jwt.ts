// JWT settings: the role claim key in the target version's grammar.
import type { Rule } from '../rule.js';
import { isDeferred, report } from '../rule.js';
import { envNamed } from '../service-parts.js';
import { checkRoleClaimKey } from '../../../postgrest/index.js';
import { plainValue, postgrestContainers } from './container.js';

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
