// Cloud Run names: the service, and the revision pinned by the template (`{service}-SUFFIX`).
import { asString, field } from '../../../json.js';
import type { Rule } from '../rule.js';
import { isDeferred, report } from '../rule.js';
import { isDnsLabel, MAX_SERVICE_NAME } from '../../../cloudrun/index.js';

/** Service and revision names, and the revision name's `{service}-` prefix. */
export const names: Rule = (context) => {
  const service = context.service;
  const name = asString(field(service, 'metadata', 'name'));
  const namePath = ['metadata', 'name'];
  if (name !== undefined && !isDeferred(context, namePath) && !isDnsLabel(name, MAX_SERVICE_NAME)) {
    report(context, {
      path: namePath,
      rule: 'cloudrun/service-name',
      message: `service name "${name}" is not valid for Cloud Run`,
      fix: `use lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen, at most ${MAX_SERVICE_NAME} characters`,
    });
  }
  const revisionPath = ['spec', 'template', 'metadata', 'name'];
  const revision = asString(field(service, ...revisionPath));
  if (revision === undefined || isDeferred(context, revisionPath)) return;
  if (!isDnsLabel(revision)) {
    report(context, {
      path: revisionPath,
      rule: 'cloudrun/revision-name',
      message: `revision name "${revision}" is not a DNS label`,
      fix: 'use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters',
    });
  } else if (name !== undefined && !isDeferred(context, namePath) && !revision.startsWith(`${name}-`)) {
    report(context, {
      path: revisionPath,
      rule: 'cloudrun/revision-name',
      message: `revision name "${revision}" does not start with the service name "${name}-"`,
      fix: `name it ${name}-SUFFIX, e.g. ${name}-\${REVISION}`,
    });
  }
};
