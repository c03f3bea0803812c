// The traffic block: targets, percents and tags.
import { asInteger, asList, asString, field } from '../../../json.js';
import { isDnsLabel } from '../../../cloudrun/index.js';
import type { Rule } from '../rule.js';
import { isDeferred, report } from '../rule.js';

/** Traffic targets: one target each, percents summing to 100, tags valid and unique. */
export const traffic: Rule = (context) => {
  const targets = asList(field(context.service, 'spec', 'traffic'));
  if (targets.length === 0) return;
  let sum = 0;
  let anyPercent = false;
  const tags = new Set<string>();
  for (const [i, target] of targets.entries()) {
    const path = ['spec', 'traffic', i];
    const revision = asString(field(target, 'revisionName'));
    const latest = field(target, 'latestRevision') === true;
    if ((revision === undefined) === !latest) {
      report(context, {
        path,
        rule: 'cloudrun/traffic',
        message: `traffic target ${i} must name exactly one of revisionName or latestRevision: true`,
        fix:
          revision === undefined
            ? 'add revisionName, or latestRevision: true'
            : 'remove latestRevision, or revisionName',
      });
    }
    const percent = asInteger(field(target, 'percent'));
    if (percent !== undefined) {
      anyPercent = true;
      sum += percent;
      if (percent < 0 || percent > 100)
        report(context, {
          path: [...path, 'percent'],
          rule: 'cloudrun/traffic',
          message: `percent ${percent} is outside 0–100`,
          fix: 'use 0 to 100',
        });
    }
    const tagPath = [...path, 'tag'];
    const tag = asString(field(target, 'tag'));
    if (tag !== undefined && !isDeferred(context, tagPath)) {
      if (!isDnsLabel(tag)) {
        report(context, {
          path: tagPath,
          rule: 'cloudrun/tag',
          message: `tag "${tag}" is not a DNS label`,
          fix: 'use lowercase letters, digits and hyphens, starting with a letter (e.g. pr-123)',
        });
      }
      if (tags.has(tag))
        report(context, {
          path: tagPath,
          rule: 'cloudrun/tag',
          message: `tag "${tag}" is used twice`,
          fix: 'give each target its own tag',
        });
      tags.add(tag);
    }
  }
  if (anyPercent && sum !== 100) {
    report(context, {
      path: ['spec', 'traffic'],
      at: 'key',
      rule: 'cloudrun/traffic-percent',
      message: `traffic percents sum to ${sum}, not 100`,
      fix: 'make the percents add up to 100',
    });
  }
};
