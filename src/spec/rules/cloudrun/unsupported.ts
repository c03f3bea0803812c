// Fields gcloud sends that Cloud Run does not support for services.
import { asList, asRecord, field } from '../../../json.js';
import type { SpecPath } from '../../diagnostics.js';
import type { Rule } from '../rule.js';
import { report } from '../rule.js';
import { containersOf, TEMPLATE_SPEC } from '../service-parts.js';

/**
 * Fields gcloud parses but Cloud Run marks "Not supported by Cloud Run" in its Admin API v1 reference
 * (https://cloud.google.com/run/docs/reference/rest/v1/Container, .../v1/Volume): reported so nothing surprises at
 * deploy. (readinessProbe is documented for services now, in preview.)
 */
export const unsupported: Rule = (context) => {
  const warn = (path: SpecPath, what: string): void => {
    report(context, {
      path,
      at: 'key',
      severity: 'warning',
      rule: 'cloudrun/unsupported',
      message: `${what} is not documented for Cloud Run services and may be rejected at deploy`,
      fix: 'remove it',
    });
  };
  const spec = asRecord(field(context.service, ...TEMPLATE_SPEC));
  for (const key of ['imagePullSecrets', 'enableServiceLinks', 'runtimeClassName']) {
    if (spec && key in spec) warn([...TEMPLATE_SPEC, key], key);
  }
  for (const ref of containersOf(context.service)) {
    // readinessProbe is documented for services (preview): https://cloud.google.com/run/docs/configuring/healthchecks
    for (const key of [
      'envFrom',
      'imagePullPolicy',
      'terminationMessagePath',
      'terminationMessagePolicy',
      'securityContext',
    ]) {
      if (key in ref.container) warn([...ref.path, key], key);
    }
  }
  asList(field(context.service, ...TEMPLATE_SPEC, 'volumes')).forEach((volume, i) => {
    if ('configMap' in (asRecord(volume) ?? {}))
      warn([...TEMPLATE_SPEC, 'volumes', i, 'configMap'], 'a configMap volume');
  });
  if ('status' in (asRecord(context.service) ?? {})) {
    report(context, {
      path: ['status'],
      at: 'key',
      severity: 'warning',
      rule: 'spec/status-ignored',
      message: 'status is output only: it is ignored and not sent',
      fix: 'remove it from the spec',
    });
  }
};
