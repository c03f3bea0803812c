// The traffic block: targets, percents and tags.
import { asInteger, asList, asString, field } from '../../../json.js';
import { isDnsLabel } from '../../../cloudrun/index.js';
import type { Rule, RuleContext } from '../rule.js';
import { isDeferred, report } from '../rule.js';

/** One target: exactly one of a revision or the latest; a percent within 0–100 (returned, to add up). */
function checkTarget(context: RuleContext, target: unknown, i: number): number | undefined {
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
  if (percent !== undefined && (percent < 0 || percent > 100)) {
    report(context, {
      path: [...path, 'percent'],
      rule: 'cloudrun/traffic',
      message: `percent ${percent} is outside 0–100`,
      fix: 'use 0 to 100',
    });
  }
  return percent;
}

/** A target's tag: a DNS label, and no other target's. */
function checkTag(context: RuleContext, target: unknown, i: number, tags: Set<string>): void {
  const tagPath = ['spec', 'traffic', i, 'tag'];
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

/** Traffic targets: one target each, percents summing to 100, tags valid and unique. */
export const traffic: Rule = (context) => {
  const targets = asList(field(context.service, 'spec', 'traffic'));
  if (targets.length === 0) return;
  const percents: number[] = [];
  const tags = new Set<string>();
  for (const [i, target] of targets.entries()) {
    const percent = checkTarget(context, target, i);
    if (percent !== undefined) percents.push(percent);
    checkTag(context, target, i, tags);
  }
  const sum = percents.reduce((total, percent) => total + percent, 0);
  if (percents.length > 0 && sum !== 100) {
    report(context, {
      path: ['spec', 'traffic'],
      at: 'key',
      rule: 'cloudrun/traffic-percent',
      message: `traffic percents sum to ${sum}, not 100`,
      fix: 'make the percents add up to 100',
    });
  }
};
